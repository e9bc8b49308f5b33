package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.StorageBucket;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Supabase storage buckets exist with the expected visibility, size limit and mime types. */
public final class StorageBucketCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private StorageBucketCheck() {
    }

    /** {@code buckets} is empty when the database has no storage.buckets table: the item fails and says so. */
    public static Verdict exist(List<StorageBucketExpectation> expected, Optional<List<StorageBucket>> buckets, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "storage buckets in " + database,
                List.of("bucket", "public", "file size limit", "allowed mime types"));
        if (buckets.isEmpty()) {
            return verdict.problem(Mismatch.missing("storage.buckets", "does not exist in " + database
                    + ": this database has no Supabase storage schema, so no bucket could be checked")).build();
        }
        for (StorageBucketExpectation row : expected) {
            Optional<StorageBucket> found = buckets.get().stream().filter(b -> b.name().equals(row.bucket())).findFirst()
                    .or(() -> buckets.get().stream().filter(b -> b.id().equals(row.bucket())).findFirst());
            if (found.isEmpty()) {
                List<String> names = buckets.get().stream().map(StorageBucket::name).toList();
                String nearest = NearestNames.didYouMean(row.bucket(), names);
                verdict.mismatch(Mismatch.missing("bucket " + row.bucket(), "does not exist" + (names.isEmpty() ? " (storage.buckets is empty)"
                                : nearest.isEmpty() ? " (buckets: " + String.join(", ", names) + ")" : nearest)),
                        List.of(row.bucket(), "", "", ""));
                continue;
            }
            StorageBucket b = found.get();
            List<String> problems = new ArrayList<>();
            row.isPublic().filter(p -> p != b.isPublic()).ifPresent(p -> problems.add("public is " + yesNo(b.isPublic()) + ", expected " + yesNo(p)));
            row.fileSizeLimit().filter(l -> !l.equals(b.fileSizeLimit())).ifPresent(l -> problems.add("file size limit is "
                    + limit(b.fileSizeLimit()) + ", expected " + limit(l)));
            row.allowedMimeTypes().filter(m -> !sameTypes(m, b.allowedMimeTypes())).ifPresent(m -> problems.add("allowed mime types are "
                    + types(b.allowedMimeTypes()) + ", expected " + types(m)));
            List<String> cells = List.of(b.name(), yesNo(b.isPublic()), limit(b.fileSizeLimit()), types(b.allowedMimeTypes()));
            if (problems.isEmpty()) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs("bucket " + b.name(), String.join("; ", problems)), cells);
            }
        }
        return verdict.build();
    }

    private static boolean sameTypes(Optional<List<String>> expected, Optional<List<String>> actual) {
        return expected.isPresent() == actual.isPresent()
                && (expected.isEmpty() || Set.copyOf(expected.get()).equals(Set.copyOf(actual.get())));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String limit(Optional<Long> value) {
        return value.map(String::valueOf).orElse("null");
    }

    private static String types(Optional<List<String>> value) {
        return value.map(v -> String.join(", ", v)).orElse("null");
    }
}
