package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The eight security findings over the exposed schemas of one catalog, and the verdict with its exceptions. */
public final class SecurityFindings {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SECURITY;

    private static final QualifiedName AUTH_USERS = new QualifiedName("auth", "users");

    /** What the findings read: catalog records, and the functions {@code anon} may execute (empty without the role). */
    public record Inputs(List<Relation> relations, List<Policy> policies, List<Function> functions, List<View> views,
                         List<ForeignKey> foreignKeys, List<Index> indexes, Set<Long> executableByAnon) {
    }

    private SecurityFindings() {
    }

    public static List<SecurityFinding> find(Inputs in, Set<String> exposedSchemas, String defaultSchema) {
        List<SecurityFinding> out = new ArrayList<>();
        Set<QualifiedName> withPolicy = in.policies().stream().map(Policy::table).collect(Collectors.toSet());
        for (Relation r : in.relations()) {
            if (!r.isTable() || !exposedSchemas.contains(r.name().schema())) {
                continue;
            }
            String object = display(r.name(), defaultSchema);
            if (!r.rowSecurity()) {
                out.add(new SecurityFinding(SecurityRule.RLS_DISABLED_IN_PUBLIC, r.name(), Optional.empty(), object, ""));
                if (withPolicy.contains(r.name())) {
                    out.add(new SecurityFinding(SecurityRule.POLICY_EXISTS_RLS_DISABLED, r.name(), Optional.empty(), object, ""));
                }
            } else if (!withPolicy.contains(r.name())) {
                out.add(new SecurityFinding(SecurityRule.RLS_ENABLED_NO_POLICY, r.name(), Optional.empty(), object, ""));
            }
        }
        for (Function f : in.functions()) {
            if (!f.securityDefiner() || !exposedSchemas.contains(f.name().schema())) {
                continue;
            }
            String object = display(f.name(), defaultSchema) + "(" + String.join(", ", f.argumentTypes()) + ")";
            if (f.searchPath().isEmpty()) {
                out.add(new SecurityFinding(SecurityRule.FUNCTION_SEARCH_PATH_MUTABLE, f.name(), Optional.of(f), object, ""));
            }
            if (in.executableByAnon().contains(f.oid())) {
                out.add(new SecurityFinding(SecurityRule.ANON_CAN_EXECUTE_DEFINER_FUNCTION, f.name(), Optional.of(f), object, ""));
            }
        }
        for (View v : in.views()) {
            if (!exposedSchemas.contains(v.name().schema())) {
                continue;
            }
            String object = display(v.name(), defaultSchema);
            if (!v.materialized() && !v.securityInvoker()) {
                out.add(new SecurityFinding(SecurityRule.SECURITY_DEFINER_VIEW, v.name(), Optional.empty(), object, ""));
            }
            if (v.references().contains(AUTH_USERS) && !v.apiRolesThatCanSelect().isEmpty()) {
                out.add(new SecurityFinding(SecurityRule.AUTH_USERS_EXPOSED, v.name(), Optional.empty(), object, ""));
            }
        }
        Map<QualifiedName, List<Index>> indexes = in.indexes().stream().collect(Collectors.groupingBy(Index::table));
        for (ForeignKey fk : in.foreignKeys()) {
            if (exposedSchemas.contains(fk.table().schema()) && !covered(fk, indexes.getOrDefault(fk.table(), List.of()))) {
                out.add(new SecurityFinding(SecurityRule.UNINDEXED_FOREIGN_KEYS, fk.table(), Optional.empty(),
                        display(fk.table(), defaultSchema),
                        "(" + String.join(", ", fk.columns()) + ") -> " + display(fk.referencedTable(), defaultSchema)));
            }
        }
        out.sort(Comparator.comparing((SecurityFinding f) -> f.rule().ordinal()).thenComparing(SecurityFinding::object)
                .thenComparing(SecurityFinding::detail));
        return out;
    }

    /** An index covers a key when its leading columns are exactly the key's columns, in any order. */
    static boolean covered(ForeignKey fk, List<Index> indexes) {
        Set<String> key = new HashSet<>(fk.columns());
        for (Index index : indexes) {
            if (index.columns().size() >= key.size()) {
                Set<String> leading = index.columns().subList(0, key.size()).stream().map(SecurityFindings::unquote).collect(Collectors.toSet());
                if (leading.equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String unquote(String column) {
        return column.length() > 1 && column.startsWith("\"") && column.endsWith("\"")
                ? column.substring(1, column.length() - 1).replace("\"\"", "\"") : column;
    }

    /** Schema-qualified outside the default schema. */
    static String display(QualifiedName name, String defaultSchema) {
        return name.schema().equals(defaultSchema) ? name.name() : name.schema() + "." + name.name();
    }

    /** Every finding not silenced is a problem; so is every exception that silences nothing. */
    public static Verdict verdict(List<SecurityFinding> findings, List<FindingExemption> exceptions, Set<String> exposedSchemas,
                                  String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "security findings in " + database + " (exposed schemas: "
                + String.join(", ", exposedSchemas.stream().sorted().toList()) + ")", List.of("finding", "object", "status"));
        Set<FindingExemption> used = new HashSet<>();
        for (SecurityFinding finding : findings) {
            List<String> cells = List.of(finding.rule().id(), finding.object() + (finding.detail().isEmpty() ? "" : " " + finding.detail()));
            Optional<FindingExemption> silencer = exceptions.stream().filter(e -> e.silences(finding)).findFirst();
            if (silencer.isPresent()) {
                used.add(silencer.get());
                verdict.ok(append(cells, "excepted"));
            } else {
                verdict.mismatch(finding.mismatch(), append(cells, "found"));
            }
        }
        for (FindingExemption exception : exceptions) {
            if (!used.contains(exception) && findings.stream().noneMatch(exception::silences)) {
                verdict.problem(Mismatch.unexpected("except " + exception, "silences nothing: " + database
                        + " has no such finding; remove the row, a stale exception would hide the next regression"));
            }
        }
        return verdict.build();
    }

    private static List<String> append(List<String> cells, String cell) {
        List<String> out = new ArrayList<>(cells);
        out.add(cell);
        return out;
    }
}
