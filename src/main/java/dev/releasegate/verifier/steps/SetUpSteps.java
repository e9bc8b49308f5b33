package dev.releasegate.verifier.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.checks.FunctionCall;
import dev.releasegate.verifier.checks.Presence;
import dev.releasegate.verifier.db.ProbeOutcome;
import dev.releasegate.verifier.db.RequestIdentity;
import dev.releasegate.verifier.db.RoleProbe;
import dev.releasegate.verifier.db.SqlIdentifier;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import io.cucumber.java.en.Given;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Set-up inside a scenario tagged {@code @writes}, as a pgTAP test prepares its story: users, rows, and acting as a
 * user by e-mail. Everything is written in the scenario's one transaction and rolled back when it ends.
 */
public final class SetUpSteps {

    private static final QualifiedName AUTH_USERS = new QualifiedName("auth", "users");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATE_USER = "insert into auth.users (id, email) values (?::uuid, ?)";

    private final ScenarioContext context;
    private final ActingRole acting;
    private final KnownValues known;

    public SetUpSteps(ScenarioContext context, ActingRole acting, KnownValues known) {
        this.context = context;
        this.acting = acting;
        this.known = known;
    }

    /** An auth.users row with a new id, inserted as the connecting user (as Supabase Auth would); later steps know it by e-mail. */
    @Given("the user {text} exists")
    public void userExists(String email) {
        requireWrites("Given the user \"" + email + "\" exists");
        requireSupabaseAuth(email);
        String id = UUID.randomUUID().toString();
        ProbeOutcome outcome = RoleProbe.run(acting.probing(context.database()), Optional.empty(), CREATE_USER, List.of(id, email));
        context.evidence().text("the user " + email + " created", outcome.describe());
        outcome.error().ifPresent(error -> cannotCreate(email, error));
        known.user(email, id);
    }

    /** The authenticated role with the user's id as {@code sub} and their e-mail among the claims, as Supabase Auth signs them. */
    @Given("I act as the user {text}")
    public void actAsKnownUser(String email) {
        String id = known.userId(email).orElseThrow(() -> new ChecklistBroken("no user \"" + email + "\" in this scenario:"
                + " write Given the user \"" + email + "\" exists first"));
        acting.actAs(RequestIdentity.user("authenticated", id, Map.of("email", email)));
    }

    /**
     * Rows inserted as the role the scenario acts as (row level security and triggers apply): the header names the
     * columns, the cells are text the server converts to each column's type; {@code null} or a blank cell is NULL.
     */
    @Given("these rows exist in {name}:")
    public void rowsExist(QualifiedName table, Listed.Grid rows) {
        requireWrites("Given these rows exist in \"" + table + "\"");
        Presence.require("inserting into " + table + " in " + context.database().name(),
                context.catalog().absence(table, rows.header())).ifPresent(context::report);
        ProbeOutcome outcome = RoleProbe.run(acting.probing(context.database()), acting.identity(), insert(table, rows.header()), List.of(json(rows)));
        context.evidence().text("rows inserted into " + table, outcome.describe());
        acting.ran("inserting " + rows.rows().size() + (rows.rows().size() == 1 ? " row" : " rows") + " into " + table, outcome);
    }

    /** The server converts each cell's text to its column's type; every identifier quoted. */
    private static String insert(QualifiedName table, List<String> header) {
        String columns = header.stream().map(SqlIdentifier::quote).collect(Collectors.joining(", "));
        String quoted = SqlIdentifier.quote(table.schema(), table.name());
        return "insert into " + quoted + " (" + columns + ") select " + columns + " from json_populate_recordset(null::" + quoted + ", ?::json)";
    }

    private void requireSupabaseAuth(String email) {
        if (!context.catalog().absence(AUTH_USERS, List.of("id", "email")).nothing()) {
            throw new ChecklistBroken("Given the user \"" + email + "\" exists creates a Supabase Auth user, and "
                    + context.database().name() + " has no table auth.users with columns id and email (plain PostgreSQL has no"
                    + " Supabase Auth): create the rows your own tables need with Given these rows exist in \"<table>\":");
        }
    }

    private void cannotCreate(String email, ProbeOutcome.ServerError error) {
        throw new ChecklistBroken("could not create the user \"" + email + "\" in " + context.database().name() + ": " + error
                + " - the role the verifier connects as must be allowed to insert into auth.users (the read-only gate role of"
                + " sql/verifier-role.sql is not: run stories on a staging project or an embedded: copy)");
    }

    private String json(Listed.Grid rows) {
        ArrayNode array = JSON.createArrayNode();
        for (List<String> row : rows.rows()) {
            ObjectNode object = array.addObject();
            for (int i = 0; i < rows.header().size(); i++) {
                Object value = known.value(FunctionCall.cell(i < row.size() ? row.get(i) : null));
                object.put(rows.header().get(i), value == null ? null : value.toString());
            }
        }
        return array.toString();
    }

    private void requireWrites(String step) {
        if (!acting.writes()) {
            throw new ChecklistBroken(step + " writes to " + context.database().name() + ": tag the scenario @writes, so its"
                    + " steps share one transaction that is rolled back when the scenario ends");
        }
    }
}
