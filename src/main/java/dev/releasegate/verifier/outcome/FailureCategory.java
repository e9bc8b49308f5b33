package dev.releasegate.verifier.outcome;

import java.util.Locale;

/** The release risk a checklist item guards against: how the report groups what went wrong. */
public enum FailureCategory {
    SCHEMA_DRIFT("Schema drift", "the schema differs from the checklist: tables, columns, keys, indexes, functions"),
    SECURITY("Security", "row level security, policies and privileges differ from the checklist"),
    PERFORMANCE("Performance", "the database will be slow at scale: unindexed keys, per-row policy calls, duplicate or invalid indexes, bloat"),
    DATA_LOSS("Data loss", "rows are gone or could go: counts lower, keys missing, rows changed, CASCADE where RESTRICT was required"),
    DATA_INTEGRITY("Data integrity", "rows break a rule: orphans, rows without their match, duplicates, values out of shape, unexpected results"),
    CONFIGURATION("Configuration", "the run could not check items: a database not configured or unreachable, a ${...} not set"),
    BROKEN_CHECKLIST("Broken checklist", "the checklist could not be checked as written: an undefined step, a bad argument, an SQL error");

    private final String title;
    private final String description;

    FailureCategory(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** "schema drift" */
    public String label() {
        return title.toLowerCase(Locale.ROOT);
    }

    /** "(category: schema drift)": written into a failure's first trace line, matched by categories.json. */
    public String marker() {
        return "(category: " + label() + ")";
    }

    /** True for items that could not be checked (Allure's "broken"), false for items found false ("failed"). */
    public boolean broken() {
        return this == CONFIGURATION || this == BROKEN_CHECKLIST;
    }
}
