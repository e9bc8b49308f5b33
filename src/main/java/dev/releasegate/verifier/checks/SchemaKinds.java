package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.DefaultPrivileges;
import dev.releasegate.verifier.catalog.EnumType;
import dev.releasegate.verifier.catalog.Extension;
import dev.releasegate.verifier.catalog.RelationPrivileges;
import dev.releasegate.verifier.catalog.Sequence;
import dev.releasegate.verifier.catalog.Trigger;
import dev.releasegate.verifier.catalog.ForeignKey;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.FunctionGrantees;
import dev.releasegate.verifier.catalog.Index;
import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import dev.releasegate.verifier.catalog.View;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every kind of object that schema identity compares, one entry each: identity and compared attributes.
 * A new catalog part joins the comparison with one entry here and its kind word in {@link #ORDER}.
 */
public final class SchemaKinds {

    /** Kind words in the order a report groups them; also the words {@code ignoring:} accepts. */
    public static final List<String> ORDER = List.of("table", "view", "materialized view", "foreign table", "column",
            "foreign key", "index", "policy", "trigger", "table privilege", "function", "function privilege", "default privilege",
            "enum", "sequence", "extension");

    public static final SchemaObjectKind<Relation> RELATIONS = SchemaObjectKind
            .<Relation>ofEach(SchemaKinds::kindWord, Relation::name, r -> kindWord(r) + " " + r.name())
            .key(r -> relationKey(r.name()))
            .compare("row level security", r -> r.rowSecurity() ? "enabled" : "disabled")
            .compare("forced row level security", r -> yesNo(r.rowSecurityForced()));

    public static final SchemaObjectKind<Column> COLUMNS = SchemaObjectKind
            .<Column>of("column", c -> new QualifiedName(c.table().schema(), c.name()), c -> "column " + c.table() + "." + c.name())
            .on(Column::table).partOf(c -> relationKey(c.table()))
            .compare("type", Column::type)
            .compare("nullable", c -> yesNo(!c.notNull()))
            .compare("default", Column::defaultExpression);

    public static final SchemaObjectKind<ForeignKey> FOREIGN_KEYS = SchemaObjectKind
            .<ForeignKey>of("foreign key", f -> new QualifiedName(f.table().schema(), f.name()),
                    f -> "foreign key " + f.name() + " on " + f.table())
            .on(ForeignKey::table).partOf(f -> relationKey(f.table()))
            .compare("columns", f -> String.join(", ", f.columns()))
            .compare("references", f -> f.referencedTable() + "(" + String.join(", ", f.referencedColumns()) + ")")
            .compare("on delete", f -> f.onDelete().words())
            .compare("on update", f -> f.onUpdate().words());

    public static final SchemaObjectKind<Index> INDEXES = SchemaObjectKind
            .<Index>of("index", i -> new QualifiedName(i.table().schema(), i.name()), i -> "index " + i.name() + " on " + i.table())
            .on(Index::table).partOf(i -> relationKey(i.table()))
            .compare("definition", i -> withoutIndexName(i.definition()))
            .compare("primary key", i -> yesNo(i.primary()));

    public static final SchemaObjectKind<Policy> POLICIES = SchemaObjectKind
            .<Policy>of("policy", p -> new QualifiedName(p.table().schema(), p.name()), p -> "policy " + p.name() + " on " + p.table())
            .on(Policy::table).partOf(p -> relationKey(p.table()))
            .compare("command", p -> p.command().name())
            .compare("roles", p -> String.join(", ", p.roles().stream().sorted().toList()))
            .compare("mode", p -> p.permissive() ? "permissive" : "restrictive")
            .compare("using", p -> whitespace(p.using()))
            .compare("with check", p -> whitespace(p.withCheck()));

    public static final SchemaObjectKind<Function> FUNCTIONS = SchemaObjectKind
            .<Function>of("function", Function::name, f -> "function " + f.signature())
            .key(f -> functionKey(f.name(), f.argumentTypes()))
            .compare("returns", Function::result)
            .compare("language", Function::language)
            .compare("security", f -> f.securityDefiner() ? "definer" : "invoker")
            .compare("search path", f -> f.searchPath().orElse(""))
            .compare("settings", f -> String.join(", ", f.settings().stream().filter(s -> !s.startsWith("search_path=")).sorted().toList()))
            .compare("body", f -> whitespace(functionBody(f.definition())));

    public static final SchemaObjectKind<FunctionGrantees> FUNCTION_PRIVILEGES = SchemaObjectKind
            .<FunctionGrantees>of("function privilege", FunctionGrantees::name, g -> "EXECUTE on " + g.signature())
            .key(g -> "execute " + functionKey(g.name(), g.argumentTypes()))
            .partOf(g -> functionKey(g.name(), g.argumentTypes()))
            .compareSet("grantees", FunctionGrantees::grantees);

    public static final SchemaObjectKind<View> VIEWS = SchemaObjectKind
            .<View>ofEach(v -> v.materialized() ? "materialized view" : "view", View::name,
                    v -> (v.materialized() ? "materialized view " : "view ") + v.name())
            .key(v -> "view definition " + v.name().schema() + "." + v.name().name())
            .on(View::name).partOf(v -> relationKey(v.name()))
            .compare("definition", v -> whitespace(v.definition()))
            .compare("security_invoker", v -> v.materialized() ? "" : yesNo(v.securityInvoker()));

    public static final SchemaObjectKind<DefaultPrivileges> DEFAULT_PRIVILEGES = SchemaObjectKind
            .<DefaultPrivileges>of("default privilege", d -> new QualifiedName(d.schema(), d.role()),
                    d -> "default privileges of " + d.role() + " on " + d.objectType() + " in " + d.schema())
            .compareSet("grants", DefaultPrivileges::grants);

    public static final SchemaObjectKind<Trigger> TRIGGERS = SchemaObjectKind
            .<Trigger>of("trigger", t -> new QualifiedName(t.table().schema(), t.name()), t -> "trigger " + t.name() + " on " + t.table())
            .on(Trigger::table).partOf(t -> relationKey(t.table()))
            .compare("timing", t -> t.timing().toString())
            .compare("events", t -> String.join(" OR ", t.events().stream().map(Enum::name).sorted().toList()))
            .compare("level", t -> t.forEachRow() ? "for each row" : "for each statement")
            .compare("function", t -> t.function().toString())
            .compare("state", Trigger::state);

    /** What one role may do on one relation, as PostgreSQL decides it: compared for the API roles. */
    public record TablePrivilege(String role, RelationPrivileges privileges) {
    }

    public static final SchemaObjectKind<TablePrivilege> TABLE_PRIVILEGES = SchemaObjectKind
            .<TablePrivilege>of("table privilege", p -> p.privileges().relation(),
                    p -> "privileges of " + p.role() + " on " + p.privileges().relation())
            .on(p -> p.privileges().relation()).partOf(p -> relationKey(p.privileges().relation()))
            .compareSet("privileges", p -> p.privileges().granted().stream().map(Enum::name).sorted().toList());

    public static final SchemaObjectKind<EnumType> ENUMS = SchemaObjectKind
            .<EnumType>of("enum", EnumType::name, e -> "enum " + e.name())
            .compare("labels in order", e -> String.join(", ", e.labels()));

    public static final SchemaObjectKind<Sequence> SEQUENCES = SchemaObjectKind
            .<Sequence>of("sequence", Sequence::name, q -> "sequence " + q.name())
            .compare("start", q -> String.valueOf(q.startValue()))
            .compare("increment", q -> String.valueOf(q.increment()))
            .compare("owned by", q -> q.table().map(t -> t + "." + q.column().orElse("")).orElse(""));

    /** Extensions are database-wide (Supabase keeps them in schema extensions): compared with whichever schema is. */
    public static SchemaObjectKind<Extension> extensions(String comparedSchema) {
        return SchemaObjectKind
                .<Extension>of("extension", e -> new QualifiedName(comparedSchema, e.name()), e -> "extension " + e.name())
                .compare("schema", Extension::schema)
                .compare("version", Extension::version);
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern INDEX_NAME = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX )(?:\"(?:[^\"]|\"\")*\"|\\S+) ON ");
    private static final Pattern BODY = Pattern.compile("\\n\\s*AS (\\$[^$\\s]*\\$)\\n?(.*)\\1\\s*$", Pattern.DOTALL);

    private SchemaKinds() {
    }

    public static String relationKey(QualifiedName name) {
        return "relation " + name.schema() + "." + name.name();
    }

    public static String functionKey(QualifiedName name, List<String> argumentTypes) {
        return "function " + name.schema() + "." + name.name() + "(" + String.join(",", argumentTypes) + ")";
    }

    static String kindWord(Relation relation) {
        return relation.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** White space runs collapsed to one space: a re-indented body or view is the same body. */
    public static String whitespace(String text) {
        return text == null ? "" : WHITE_SPACE.matcher(text).replaceAll(" ").trim();
    }

    /** An index's definition without its own name: two indexes are the same index when all else agrees. */
    static String withoutIndexName(String definition) {
        if (definition == null) {
            return "";
        }
        Matcher m = INDEX_NAME.matcher(definition);
        return m.find() ? m.replaceFirst("$1ON ") : definition;
    }

    /**
     * The body of a function as pg_get_functiondef prints it, between its dollar quotes: the header (security,
     * settings, language) is compared attribute by attribute, so it must not make the body differ too.
     */
    static String functionBody(String definition) {
        if (definition == null) {
            return "";
        }
        Matcher m = BODY.matcher(definition);
        if (m.find()) {
            return m.group(2);
        }
        int atomic = definition.indexOf("\nBEGIN ATOMIC");
        return atomic >= 0 ? definition.substring(atomic) : definition;
    }
}
