package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.LintRelation;
import dev.releasegate.verifier.catalog.LintRole;
import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.StorageBucket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lints that read row level security policies: per-row function calls, overlapping, always-true and unsafe ones, bucket listing. */
final class PolicyLints {

    /** Functions whose per-row calls auth_rls_initplan looks for (LIKE patterns on the expression as PostgreSQL prints it). */
    private static final List<String[]> PER_ROW_CALLS = List.of(
            new String[] {"auth.uid()", "%auth.uid()%", "%select auth.uid()%"},
            new String[] {"auth.jwt()", "%auth.jwt()%", "%select auth.jwt()%"},
            new String[] {"auth.role()", "%auth.role()%", "%select auth.role()%"},
            new String[] {"auth.email()", "%auth.email()%", "%select auth.email()%"},
            new String[] {"current_setting()", "%current\\_setting(%)%", "%select current\\_setting(%)%"});

    private static final List<String> USER_METADATA = List.of("%auth.jwt()%user_metadata%", "%current_setting(%request.jwt.claims%)%user_metadata%");

    /** Expressions splinter reads as always true, once lower-cased and stripped of blanks. */
    private static final Set<String> ALWAYS_TRUE = Set.of("true", "(true)", "1=1", "(1=1)");

    private static final Set<String> API_ROLES = Set.of("anon", "authenticated");

    private static final QualifiedName STORAGE_OBJECTS = new QualifiedName("storage", "objects");

    /** A policy on exactly bucket_id = 'literal', with an optional cast, in any parentheses. */
    private static final Pattern ONE_BUCKET = Pattern.compile(
            "\\A\\s*\\(*\\s*bucket_id\\s*=\\s*('(?:[^']|'')*')(\\s*::\\s*[\\p{Alnum}_.]+)?\\s*\\)*\\s*\\z",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private PolicyLints() {
    }

    static List<Finding> authRlsInitplan(LintInput in) {
        List<Finding> out = new ArrayList<>();
        for (Policy p : in.facts.policies()) {
            // realtime stays in: its messages table is policed per row on purpose
            if ((LintInput.platform(p.table().schema()) && !p.table().schema().equals("realtime"))
                    || !in.relation(p.table()).map(LintRelation::rowSecurity).orElse(false)) {
                continue;
            }
            List<String> calls = PER_ROW_CALLS.stream().filter(c -> perRow(p.using(), c) || perRow(p.withCheck(), c)).map(c -> c[0]).toList();
            if (!calls.isEmpty()) {
                out.add(in.finding(Lint.AUTH_RLS_INITPLAN, in.table(p.table()), "policy " + p.name() + " calls " + String.join(", ", calls)
                        + " for each row", "policy " + p.name() + " on " + in.display(p.table())));
            }
        }
        return out;
    }

    private static boolean perRow(String expression, String[] call) {
        return LikePattern.matches(expression, call[1]) && !LikePattern.matches(expression.toLowerCase(Locale.ROOT), call[2]);
    }

    static List<Finding> rlsReferencesUserMetadata(LintInput in) {
        return in.facts.policies().stream().filter(p -> !LintInput.platform(p.table().schema()))
                .filter(p -> USER_METADATA.stream().anyMatch(like -> LikePattern.matches(p.using(), like) || LikePattern.matches(p.withCheck(), like)))
                .map(p -> in.finding(Lint.RLS_REFERENCES_USER_METADATA, in.table(p.table()), "policy " + p.name() + " reads user_metadata",
                        "policy " + p.name() + " on " + in.display(p.table()))).toList();
    }

    static List<Finding> multiplePermissivePolicies(LintInput in) {
        List<LintRole> roles = in.facts.roles().stream().filter(r -> !LikePattern.matches(r.name(), "pg_%"))
                .filter(r -> !LikePattern.matches(r.name(), "supabase%admin")).filter(r -> !r.bypassesRowSecurity()).toList();
        Map<String, List<String>> groups = new TreeMap<>();
        Map<String, QualifiedName> tables = new TreeMap<>();
        for (Policy p : in.facts.policies()) {
            if (!p.permissive() || LintInput.platform(p.table().schema()) || !userTable(in, p.table())) {
                continue;
            }
            for (LintRole role : roles) {
                if (!p.roles().equals(List.of("public")) && !p.roles().contains(role.name())) {
                    continue;
                }
                for (PolicyCommand action : actions(p.command())) {
                    String key = in.display(p.table()) + "\u0000" + role.name() + "\u0000" + action;
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p.name());
                    tables.put(key, p.table());
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        groups.forEach((key, policies) -> {
            if (policies.size() > 1) {
                String[] parts = key.split("\u0000");
                out.add(in.finding(Lint.MULTIPLE_PERMISSIVE_POLICIES, in.table(tables.get(key)), "role " + parts[1] + ", " + parts[2]
                        + ": policies " + String.join(", ", policies.stream().sorted().toList())));
            }
        });
        return out;
    }

    private static boolean userTable(LintInput in, QualifiedName table) {
        return in.relation(table).map(r -> r.isOrdinaryTable() && !r.extensionOwned()).orElse(false);
    }

    private static List<PolicyCommand> actions(PolicyCommand command) {
        return command == PolicyCommand.ALL
                ? List.of(PolicyCommand.SELECT, PolicyCommand.INSERT, PolicyCommand.UPDATE, PolicyCommand.DELETE) : List.of(command);
    }

    static List<Finding> rlsPolicyAlwaysTrue(LintInput in) {
        List<Finding> out = new ArrayList<>();
        for (Policy p : in.facts.policies()) {
            boolean forApi = p.roles().equals(List.of("public")) || p.roles().stream().anyMatch(API_ROLES::contains);
            if (!p.permissive() || !forApi || LintInput.platform(p.table().schema())
                    || !in.relation(p.table()).map(r -> r.isOrdinaryTable() && r.rowSecurity()).orElse(false)) {
                continue;
            }
            PolicyCommand cmd = p.command();
            boolean usingTrue = ALWAYS_TRUE.contains(normalised(p.using()));
            boolean openUsing = List.of(PolicyCommand.UPDATE, PolicyCommand.DELETE, PolicyCommand.ALL).contains(cmd)
                    && (usingTrue || p.using() == null);
            boolean openCheck = ALWAYS_TRUE.contains(normalised(p.withCheck()))
                    || (p.withCheck() == null && cmd == PolicyCommand.INSERT)
                    || (p.withCheck() == null && (cmd == PolicyCommand.UPDATE || cmd == PolicyCommand.ALL) && usingTrue);
            if (openUsing || openCheck) {
                String which = openUsing && openCheck ? "USING and WITH CHECK are" : openUsing ? "USING is" : "WITH CHECK is";
                out.add(in.finding(Lint.RLS_POLICY_ALWAYS_TRUE, in.table(p.table()), "policy " + p.name() + " for " + cmd + " to "
                        + String.join(", ", p.roles()) + ": " + which + " always true", "policy " + p.name() + " on " + in.display(p.table())));
            }
        }
        return out;
    }

    /** Lower-cased with spaces, newlines and tabs removed; a missing expression is empty. */
    private static String normalised(String expression) {
        return expression == null ? "" : expression.toLowerCase(Locale.ROOT).replace(" ", "").replace("\n", "").replace("\t", "");
    }

    static List<Finding> publicBucketAllowsListing(LintInput in) {
        List<Policy> listing = in.policiesOn(STORAGE_OBJECTS).stream()
                .filter(p -> p.command() == PolicyCommand.SELECT || p.command() == PolicyCommand.ALL).filter(Policy::permissive)
                .filter(p -> p.roles().stream().anyMatch(r -> r.equals("public") || API_ROLES.contains(r))).toList();
        List<Finding> out = new ArrayList<>();
        for (StorageBucket bucket : in.facts.buckets().orElse(List.of()).stream().filter(StorageBucket::isPublic)
                .sorted(java.util.Comparator.comparing(StorageBucket::id)).toList()) {
            List<String> broad = listing.stream().filter(p -> lists(p, bucket)).map(Policy::name).sorted().toList();
            if (!broad.isEmpty()) {
                out.add(in.finding(Lint.PUBLIC_BUCKET_ALLOWS_LISTING, FindingObject.unqualified(bucket.name(), List.of(bucket.id())),
                        (broad.size() == 1 ? "policy " : "policies ") + String.join(", ", broad) + " on storage.objects"));
            }
        }
        return out;
    }

    /** Whether a SELECT policy lets clients list the bucket: no condition, an always-true one, or only bucket_id = 'the bucket'. */
    private static boolean lists(Policy policy, StorageBucket bucket) {
        if (policy.using() == null || ALWAYS_TRUE.contains(normalised(policy.using()))) {
            return true;
        }
        Matcher m = ONE_BUCKET.matcher(policy.using());
        return m.matches() && m.group(1).equals("'" + bucket.id().replace("'", "''") + "'");
    }
}
