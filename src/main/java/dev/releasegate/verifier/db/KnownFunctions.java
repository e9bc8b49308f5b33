package dev.releasegate.verifier.db;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL's own and extensions' functions do outside a transaction. Their volatility is declared by their
 * authors, in code nobody here can read, and is trusted: IMMUTABLE and STABLE functions only compute or read
 * (except the two below that assign a transaction id). A VOLATILE one may do anything, so it is allowed only when it
 * is known to stay inside the transaction; the rest are refused, with the reason when it is known.
 */
final class KnownFunctions {

    private static final String GENERIC = "it is VOLATILE and not among the functions known to stay inside the transaction";

    /** VOLATILE built-ins that only read, compute or wait: nothing they do outlives the rollback or reaches another session. */
    private static final Set<String> VOLATILE_BUILT_INS_THAT_STAY_INSIDE = Set.of(
            "random", "random_normal", "clock_timestamp", "timeofday", "gen_random_uuid", "uuidv4", "uuidv7",
            "pg_sleep", "pg_sleep_for", "pg_sleep_until",
            "currval", "lastval", "pg_sequence_last_value",
            "pg_relation_size", "pg_table_size", "pg_indexes_size", "pg_total_relation_size", "pg_database_size", "pg_tablespace_size",
            "pg_is_in_recovery", "pg_is_wal_replay_paused", "pg_get_wal_replay_pause_state", "pg_last_wal_receive_lsn",
            "pg_last_wal_replay_lsn", "pg_last_xact_replay_timestamp", "pg_current_wal_lsn", "pg_current_wal_insert_lsn",
            "pg_current_wal_flush_lsn", "pg_lock_status", "pg_blocking_pids", "pg_safe_snapshot_blocking_pids",
            "pg_notification_queue_usage", "pg_partition_tree", "pg_partition_ancestors", "pg_jit_available",
            "pg_collation_actual_version", "pg_database_collation_actual_version", "pg_xact_commit_timestamp",
            "pg_xact_commit_timestamp_origin", "pg_last_committed_xact", "pg_xact_status", "txid_status",
            "pg_stat_have_stats", "pg_stat_clear_snapshot", "current_query", "pg_control_checkpoint", "pg_control_init",
            "pg_control_recovery", "pg_control_system", "pg_get_backend_memory_contexts", "pg_get_shmem_allocations",
            "pg_get_wal_resource_managers", "pg_get_multixact_members", "pg_show_all_file_settings", "pg_hba_file_rules",
            "pg_ident_file_mappings", "pg_show_replication_origin_status", "pg_current_logfile", "pg_read_file",
            "pg_read_file_old", "pg_read_binary_file", "pg_stat_file", "pg_ls_dir", "pg_ls_logdir", "pg_ls_waldir",
            "pg_ls_archive_statusdir", "pg_ls_tmpdir", "pg_ls_logicalmapdir", "pg_ls_logicalsnapdir", "pg_ls_replslotdir",
            "bernoulli", "system");

    /** VOLATILE extension functions that stay inside: extension -> names. */
    private static final Map<String, Set<String>> VOLATILE_EXTENSION_FUNCTIONS_THAT_STAY_INSIDE = Map.of(
            "uuid-ossp", Set.of("uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4"),
            "pgcrypto", Set.of("gen_random_bytes", "gen_random_uuid", "gen_salt"),
            "pg_stat_statements", Set.of("pg_stat_statements", "pg_stat_statements_info"));

    /** Extensions whose every function reaches outside the database's transaction. */
    private static final Map<String, String> EXTENSIONS_THAT_REACH_OUTSIDE = Map.of(
            "dblink", "it opens its own connection to a database server, where the verifier's read-only transaction does not hold",
            "pg_net", "it sends an HTTP request from the database server",
            "pg_cron", "it changes the database's scheduled jobs",
            "adminpack", "it writes files on the database server");

    private static final String ANOTHER_SESSION = "it acts on another session";
    private static final String ADVISORY_LOCK = "it takes an advisory lock: other sessions wait on it, and a session-level"
            + " lock outlives the verifier's rollback";
    private static final String SERVER = "it acts on the server itself, outside any transaction";
    private static final String SLOT = "it changes replication state, which outlives the transaction";
    private static final String RUNS_TEXT = "it runs SQL given to it as text, which the server cannot show the verifier before it runs";
    private static final String LARGE_OBJECT = "it reads or writes large objects, or files on the database server";

    /** Why these functions are refused (when VOLATILE, or listed in NON_VOLATILE_THAT_REACH_OUTSIDE). */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("pg_terminate_backend", "it ends another session"),
            Map.entry("pg_cancel_backend", "it cancels another session's statement"),
            Map.entry("pg_advisory_lock", ADVISORY_LOCK), Map.entry("pg_advisory_lock_shared", ADVISORY_LOCK),
            Map.entry("pg_try_advisory_lock", ADVISORY_LOCK), Map.entry("pg_try_advisory_lock_shared", ADVISORY_LOCK),
            Map.entry("pg_advisory_xact_lock", ADVISORY_LOCK), Map.entry("pg_advisory_xact_lock_shared", ADVISORY_LOCK),
            Map.entry("pg_try_advisory_xact_lock", ADVISORY_LOCK), Map.entry("pg_try_advisory_xact_lock_shared", ADVISORY_LOCK),
            Map.entry("pg_advisory_unlock", ADVISORY_LOCK), Map.entry("pg_advisory_unlock_shared", ADVISORY_LOCK),
            Map.entry("pg_advisory_unlock_all", ADVISORY_LOCK),
            Map.entry("nextval", "it moves a sequence, which a rollback does not undo"),
            Map.entry("setval", "it moves a sequence, which a rollback does not undo"),
            Map.entry("txid_current", "it assigns a transaction id, which a rollback does not give back"),
            Map.entry("pg_current_xact_id", "it assigns a transaction id, which a rollback does not give back"),
            Map.entry("set_config", "it changes a setting of the session: the role, the statement timeout and read-only"
                    + " mode are the verifier's to set"),
            Map.entry("setseed", "it changes the session's random seed, which outlives the rollback"),
            Map.entry("pg_reload_conf", "it reloads the server's configuration"),
            Map.entry("pg_rotate_logfile", "it rotates the server's log file"),
            Map.entry("pg_rotate_logfile_old", "it rotates the server's log file"),
            Map.entry("pg_switch_wal", SERVER), Map.entry("pg_create_restore_point", SERVER), Map.entry("pg_backup_start", SERVER),
            Map.entry("pg_backup_stop", SERVER), Map.entry("pg_start_backup", SERVER), Map.entry("pg_stop_backup", SERVER),
            Map.entry("pg_promote", SERVER), Map.entry("pg_wal_replay_pause", SERVER), Map.entry("pg_wal_replay_resume", SERVER),
            Map.entry("pg_log_backend_memory_contexts", SERVER), Map.entry("pg_stat_force_next_flush", SERVER),
            Map.entry("pg_create_physical_replication_slot", SLOT), Map.entry("pg_create_logical_replication_slot", SLOT),
            Map.entry("pg_drop_replication_slot", SLOT), Map.entry("pg_copy_physical_replication_slot", SLOT),
            Map.entry("pg_copy_logical_replication_slot", SLOT), Map.entry("pg_replication_slot_advance", SLOT),
            Map.entry("pg_logical_slot_get_changes", SLOT), Map.entry("pg_logical_slot_get_binary_changes", SLOT),
            Map.entry("pg_logical_emit_message", SLOT),
            Map.entry("query_to_xml", RUNS_TEXT), Map.entry("query_to_xmlschema", RUNS_TEXT),
            Map.entry("query_to_xml_and_xmlschema", RUNS_TEXT), Map.entry("cursor_to_xml", RUNS_TEXT),
            Map.entry("cursor_to_xmlschema", RUNS_TEXT), Map.entry("ts_stat", RUNS_TEXT), Map.entry("ts_rewrite", RUNS_TEXT),
            Map.entry("lo_import", LARGE_OBJECT), Map.entry("lo_export", LARGE_OBJECT),
            Map.entry("pg_notify", "it sends a notification to other sessions"),
            Map.entry("pg_stat_statements_reset", "it resets the server's statistics, which a rollback does not undo"));

    /** Declared STABLE, yet what they do outlives the transaction. */
    private static final Set<String> NON_VOLATILE_THAT_REACH_OUTSIDE = Set.of("txid_current", "pg_current_xact_id");

    /**
     * Functions that act outside the transaction whatever the transaction allows, as a body names them, and COPY to or
     * from a program. Only for a body the server cannot show: a text search can be fooled (dynamic SQL), so it adds
     * refusals and never allows anything.
     */
    private static final Pattern NAMED_IN_A_BODY = Pattern.compile("(?i)(?<![a-z0-9_$])(dblink[a-z0-9_]*|pg_terminate_backend"
            + "|pg_cancel_backend|pg_advisory_lock(?:_shared)?|pg_try_advisory_lock(?:_shared)?|lo_import|lo_export|pg_reload_conf"
            + "|pg_rotate_logfile|pg_switch_wal|pg_create_(?:physical|logical)_replication_slot|pg_drop_replication_slot"
            + "|pg_logical_emit_message|pg_file_write|pg_file_rename|pg_file_unlink|http_(?:get|post|put|patch|delete|head|request))\\s*\\("
            + "|(?i)\\b(?:to|from)\\s+program\\b");

    private KnownFunctions() {
    }

    /** The first function acting outside the transaction that a body's text names ("dblink_exec"), if any. */
    static Optional<String> namedInBody(String source) {
        if (source == null) {
            return Optional.empty();
        }
        Matcher matcher = NAMED_IN_A_BODY.matcher(source);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) == null ? matcher.group().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")
                : matcher.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Why calling a built-in or extension function could act outside the transaction; empty when it cannot. */
    static Optional<String> refusal(CalledFunction function) {
        String name = function.name();
        if (function.extension() != null && EXTENSIONS_THAT_REACH_OUTSIDE.containsKey(function.extension())) {
            return Optional.of(EXTENSIONS_THAT_REACH_OUTSIDE.get(function.extension()));
        }
        if (!function.volatileDeclared()) {
            return NON_VOLATILE_THAT_REACH_OUTSIDE.contains(name) ? Optional.of(REASONS.get(name)) : Optional.empty();
        }
        if (function.extension() == null
                ? VOLATILE_BUILT_INS_THAT_STAY_INSIDE.contains(name) || name.startsWith("pg_stat_get_")
                : VOLATILE_EXTENSION_FUNCTIONS_THAT_STAY_INSIDE.getOrDefault(function.extension(), Set.of()).contains(name)) {
            return Optional.empty();
        }
        if (name.startsWith("pg_stat_reset")) {
            return Optional.of("it resets the server's statistics, which a rollback does not undo");
        }
        if (name.startsWith("pg_replication_origin_")) {
            return Optional.of(SLOT);
        }
        if (name.startsWith("lo_") || name.equals("loread") || name.equals("lowrite")) {
            return Optional.of(LARGE_OBJECT);
        }
        return Optional.of(REASONS.getOrDefault(name, GENERIC));
    }
}
