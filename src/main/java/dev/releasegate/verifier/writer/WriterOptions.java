package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.db.DatabaseSettings;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What to write a checklist of, read from the run's settings (system properties, environment, verifier.properties):
 * the database, the folder, whether an existing checklist may be replaced, the schemas and exclusions, the roles
 * whose privileges are written, and the record row counts go to when they are asked for.
 */
public record WriterOptions(String database, Path folder, boolean overwrite, List<String> schemas, List<String> exclusions,
                            List<String> roles, Optional<String> rowCountRecord, String defaultSchema) {

    public static final String DATABASE = "verify.write-checklist";
    public static final String FOLDER = DATABASE + ".dir";
    public static final String OVERWRITE = DATABASE + ".overwrite";
    public static final String SCHEMAS = DATABASE + ".schemas";
    public static final String EXCLUDE = DATABASE + ".exclude";
    public static final String ROLES = DATABASE + ".roles";
    public static final String ROW_COUNTS = DATABASE + ".row-counts";
    public static final List<String> DEFAULT_ROLES = List.of("anon", "authenticated", "service_role");

    public WriterOptions {
        schemas = List.copyOf(schemas);
        exclusions = List.copyOf(exclusions);
        roles = List.copyOf(roles);
    }

    /** The options of this run; a missing database name, or one a checklist cannot name, is a configuration error. */
    public static WriterOptions fromSettings(DatabaseSettings settings) {
        String database = settings.setting(DATABASE).orElseThrow(() -> ChecklistBroken.configuration(
                "name the database to write a checklist of: -D" + DATABASE + "=staging"));
        if (GherkinText.argument(database).isEmpty() || GherkinText.stringArgument(database).isEmpty()) {
            throw ChecklistBroken.configuration("the database name '" + database + "' cannot be written in a checklist"
                    + " (it holds a quote, a backslash or ${...}): configure it under a plain name");
        }
        String defaultSchema = settings.setting("verify.default-schema").orElse("public");
        Path folder = Path.of(settings.setting(FOLDER).orElse("features/" + database + "-snapshot"));
        boolean overwrite = settings.setting(OVERWRITE).map(v -> yes(v, OVERWRITE)).orElse(false);
        List<String> schemas = settings.setting(SCHEMAS).map(WriterOptions::list).orElse(List.of(defaultSchema));
        if (schemas.isEmpty()) {
            throw ChecklistBroken.configuration(SCHEMAS + " names no schema: write e.g. -D" + SCHEMAS + "=public,audit");
        }
        List<String> exclusions = settings.setting(EXCLUDE).map(WriterOptions::list).orElse(List.of());
        List<String> roles = settings.setting(ROLES).map(WriterOptions::list).orElse(DEFAULT_ROLES);
        Optional<String> record = settings.setting(ROW_COUNTS).flatMap(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Optional.of(database + "-snapshot");
            case "false", "no" -> Optional.<String>empty();
            default -> Optional.of(v);
        });
        return new WriterOptions(database, folder, overwrite, schemas, exclusions, roles, record, defaultSchema);
    }

    private static boolean yes(String value, String setting) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw ChecklistBroken.configuration(setting + "=" + value + ": write true or false");
        };
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The command that writes this checklist again, with the options that differ from the defaults. */
    public String rewriteCommand() {
        List<String> parts = new ArrayList<>(List.of("mvn -q verify -D" + DATABASE + "=" + database));
        if (!folder.equals(Path.of("features/" + database + "-snapshot"))) {
            parts.add("-D" + FOLDER + "=" + folder);
        }
        if (!schemas.equals(List.of(defaultSchema))) {
            parts.add("-D" + SCHEMAS + "=" + String.join(",", schemas));
        }
        if (!exclusions.isEmpty()) {
            parts.add("'-D" + EXCLUDE + "=" + String.join(",", exclusions) + "'");
        }
        if (!roles.equals(DEFAULT_ROLES)) {
            parts.add("-D" + ROLES + "=" + String.join(",", roles));
        }
        rowCountRecord.ifPresent(r -> parts.add("-D" + ROW_COUNTS + "=" + r));
        parts.add("-D" + OVERWRITE + "=true");
        return String.join(" ", parts);
    }
}
