package dev.releasegate.verifier.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run was asked to check: the checklist paths (with line numbers when given) and the tag and name filters, so
 * that a filtered run never looks like a full one in its manifest.
 */
public record RunFilters(List<String> features, Optional<String> tags, Optional<String> name, boolean featuresGiven) {

    public RunFilters {
        features = List.copyOf(features);
    }

    /** A run of the default folder with no filter. */
    public static RunFilters everything(String folder) {
        return new RunFilters(List.of(folder), Optional.empty(), Optional.empty(), false);
    }

    /** True when the run checked less than every checklist of the default folder. */
    public boolean filtered() {
        return featuresGiven || tags.isPresent() || name.isPresent();
    }

    /** "-Dcucumber.filter.tags=@nomatch in features", as a person would say what was asked for. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        tags.ifPresent(t -> out.append("-Dcucumber.filter.tags=\"").append(t).append("\" "));
        name.ifPresent(n -> out.append("-Dcucumber.filter.name=\"").append(n).append("\" "));
        if (out.length() > 0) {
            out.append("in ");
        }
        return out.append(String.join(", ", features)).toString();
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("features", features);
        map.put("featuresGiven", featuresGiven);
        map.put("tags", tags.orElse(null));
        map.put("name", name.orElse(null));
        map.put("filtered", filtered());
        return map;
    }
}
