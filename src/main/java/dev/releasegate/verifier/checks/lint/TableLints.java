package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.LintIndex;
import dev.releasegate.verifier.catalog.LintRelation;
import dev.releasegate.verifier.catalog.Policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The lints about tables themselves: row level security, keys, sensitive and unsupported columns, queues, bloat, autovacuum. */
final class TableLints {

    /** Column names that suggest secrets or personal data (splinter's list, matched on the lower-cased name, '-' read as '_'). */
    private static final Set<String> SENSITIVE_NAMES = Set.of("password", "passwd", "pwd", "passphrase", "secret", "secret_key",
            "private_key", "api_key", "apikey", "auth_key", "token", "jwt", "access_token", "refresh_token", "oauth_token",
            "session_token", "bearer_token", "auth_code", "session_id", "session_key", "session_secret", "recovery_code",
            "backup_code", "verification_code", "otp", "two_factor", "2fa_secret", "2fa_code", "ssn", "social_security",
            "social_security_number", "driver_license", "drivers_license", "license_number", "passport_number", "passport_id",
            "national_id", "tax_id", "credit_card", "card_number", "cvv", "cvc", "cvn", "bank_account", "account_number",
            "routing_number", "iban", "swift_code", "bic", "health_record", "medical_record", "patient_id", "insurance_number",
            "health_insurance", "medical_insurance", "treatment", "mac_address", "macaddr", "imei", "device_uuid", "pgp_key",
            "gpg_key", "ssh_key", "certificate", "license_key", "activation_key", "facial_recognition");

    /** The reg* types pg_upgrade cannot carry over (regclass, regrole and regtype it can). */
    private static final Set<String> UNSUPPORTED_REG_TYPES = Set.of("regcollation", "regconfig", "regdictionary", "regnamespace",
            "regoper", "regoperator", "regproc", "regprocedure");

    /** Schemas whose reg* columns are not the user's to change. */
    private static final Set<String> REG_TYPE_EXEMPT_SCHEMAS = Set.of("pg_catalog", "information_schema", "pgsodium");

    /** Table bloat counts only beyond this many wasted bytes (20 MB) and this ratio of pages to the pages needed. */
    private static final long BLOAT_MIN_WASTE = 20L * 1024 * 1024;
    private static final double BLOAT_MIN_RATIO = 70.0;

    private TableLints() {
    }

    /** Ordinary tables outside the platform schemas that no extension owns: what most table lints look at. */
    private static List<LintRelation> userTables(LintInput in) {
        return in.facts.relations().stream().filter(LintRelation::isOrdinaryTable).filter(r -> !LintInput.platform(r.name().schema()))
                .filter(r -> !r.extensionOwned()).toList();
    }

    static List<Finding> rlsDisabledInPublic(LintInput in) {
        return in.facts.relations().stream().filter(LintRelation::isOrdinaryTable).filter(r -> !r.rowSecurity())
                .filter(LintInput::apiCanSelect).filter(r -> in.exposed(r.name().schema())).filter(r -> !LintInput.platform(r.name().schema()))
                .map(r -> in.finding(Lint.RLS_DISABLED_IN_PUBLIC, in.object(r), LintInput.apiRolesThatSelect(r))).toList();
    }

    static List<Finding> rlsEnabledNoPolicy(LintInput in) {
        return userTables(in).stream().filter(LintRelation::rowSecurity).filter(r -> in.policiesOn(r.name()).isEmpty())
                .map(r -> in.finding(Lint.RLS_ENABLED_NO_POLICY, in.object(r), "")).toList();
    }

    static List<Finding> policyExistsRlsDisabled(LintInput in) {
        return userTables(in).stream().filter(r -> !r.rowSecurity()).filter(r -> !in.policiesOn(r.name()).isEmpty())
                .map(r -> in.finding(Lint.POLICY_EXISTS_RLS_DISABLED, in.object(r), (in.policiesOn(r.name()).size() == 1 ? "policy " : "policies ")
                        + String.join(", ", in.policiesOn(r.name()).stream().map(Policy::name).sorted().toList()))).toList();
    }

    static List<Finding> noPrimaryKey(LintInput in) {
        return userTables(in).stream().filter(r -> in.indexesOn(r.name()).stream().noneMatch(LintIndex::primary))
                .map(r -> in.finding(Lint.NO_PRIMARY_KEY, in.object(r), "")).toList();
    }

    static List<Finding> autovacuumDisabled(LintInput in) {
        return in.facts.relations().stream().filter(r -> r.relkind() == 'r' || r.relkind() == 'm')
                .filter(r -> !LintInput.platform(r.name().schema())).filter(r -> !r.extensionOwned())
                .filter(r -> r.option("autovacuum_enabled").map(v -> !PostgresBoolean.isTrue(v)).orElse(false))
                .map(r -> in.finding(Lint.AUTOVACUUM_DISABLED, in.object(r), "autovacuum_enabled is off")).toList();
    }

    static List<Finding> sensitiveColumnsExposed(LintInput in) {
        Map<dev.releasegate.verifier.catalog.QualifiedName, List<Column>> columns = in.facts.columns().stream()
                .collect(Collectors.groupingBy(Column::table));
        List<Finding> out = new ArrayList<>();
        for (LintRelation r : in.facts.relations()) {
            if (!r.isOrdinaryTable() || r.rowSecurity() || !LintInput.apiCanSelect(r) || !in.exposed(r.name().schema())
                    || LintInput.platform(r.name().schema())) {
                continue;
            }
            TreeSet<String> sensitive = columns.getOrDefault(r.name(), List.of()).stream().map(Column::name)
                    .filter(c -> SENSITIVE_NAMES.contains(c.toLowerCase(Locale.ROOT).replace('-', '_')))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!sensitive.isEmpty()) {
                out.add(in.finding(Lint.SENSITIVE_COLUMNS_EXPOSED, in.object(r), "columns " + String.join(", ", sensitive)
                        + " (" + LintInput.apiRolesThatSelect(r) + ", row level security is off)"));
            }
        }
        return out;
    }

    static List<Finding> unsupportedRegTypes(LintInput in) {
        return in.facts.columns().stream().filter(c -> UNSUPPORTED_REG_TYPES.contains(c.type()))
                .filter(c -> !REG_TYPE_EXEMPT_SCHEMAS.contains(c.table().schema()))
                .map(c -> in.finding(Lint.UNSUPPORTED_REG_TYPES, in.table(c.table()), "column " + c.name() + " is of type " + c.type(),
                        in.display(c.table()) + " ALTER COLUMN " + c.name())).toList();
    }

    /** pgmq's queue tables (q_...) served through its pgmq_public API schema. */
    static List<Finding> insecureQueueExposedInApi(LintInput in) {
        if (!in.exposed("pgmq_public")) {
            return List.of();
        }
        return in.facts.relations().stream().filter(LintRelation::isOrdinaryTable).filter(r -> r.name().schema().equals("pgmq"))
                .filter(r -> LikePattern.matches(r.name().name(), "q_%")).filter(r -> !r.rowSecurity()).filter(LintInput::apiCanSelect)
                .map(r -> in.finding(Lint.INSECURE_QUEUE_EXPOSED_IN_API, in.object(r), LintInput.apiRolesThatSelect(r))).toList();
    }

    /**
     * Splinter's estimate (the one the Supabase CLI shows): the pages the live rows would need, from pg_stats' widths
     * and null fractions and the planner's row count, against the pages the table has.
     */
    static List<Finding> tableBloat(LintInput in) {
        List<Finding> out = new ArrayList<>();
        for (LintRelation r : in.facts.relations()) {
            LintRelation.Size size = r.size();
            if (!r.isOrdinaryTable() || !size.heap() || size.dataWidth().isEmpty()) {
                continue;
            }
            Optional<Bloat> bloat = Bloat.of(size);
            if (bloat.isPresent() && bloat.get().ratio() > BLOAT_MIN_RATIO && bloat.get().wastedBytes() > BLOAT_MIN_WASTE) {
                out.add(in.finding(Lint.TABLE_BLOAT, in.object(r), "%d pages where its rows need about %d (%.1f times), %d MB wasted"
                        .formatted(size.pages(), bloat.get().neededPages(), bloat.get().ratio(), bloat.get().wastedBytes() / (1024 * 1024))));
            }
        }
        return out;
    }

    /** Splinter's bloat arithmetic: a 23-byte tuple header, 4-byte alignment, 20 bytes of page overhead. */
    record Bloat(long neededPages, double ratio, long wastedBytes) {

        private static final int HEADER = 23;
        private static final int ALIGN = 4;

        static Optional<Bloat> of(LintRelation.Size size) {
            double dataHeader = size.dataWidth().orElseThrow() + align(HEADER);
            double nullHeader = size.maxNullFraction() * align(HEADER + 1 + size.nullableColumns() / 8);
            double needed = Math.ceil(size.rows() * (align(dataHeader) + nullHeader + 4) / (size.blockSize() - 20.0));
            double ratio = needed == 0 ? 0.0 : Math.round(size.pages() / needed * 10) / 10.0;
            long waste = size.pages() < needed ? 0 : (long) size.blockSize() * (long) (size.pages() - needed);
            return Optional.of(new Bloat((long) needed, ratio, waste));
        }

        /** x rounded up to the next multiple of the alignment, the way splinter writes it (x + 4 - (x % 4 or 4)). */
        private static double align(double x) {
            double remainder = x % ALIGN;
            return x + ALIGN - (remainder == 0 ? ALIGN : remainder);
        }
    }
}
