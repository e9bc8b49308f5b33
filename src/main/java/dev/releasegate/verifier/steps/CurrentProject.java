package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.evidence.JsonText;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.project.ApiExchange;
import dev.releasegate.verifier.project.ApiRead;
import dev.releasegate.verifier.project.AuthConfig;
import dev.releasegate.verifier.project.AuthSetting;
import dev.releasegate.verifier.project.EdgeFunction;
import dev.releasegate.verifier.project.ProjectDetails;
import dev.releasegate.verifier.project.ProjectSecret;
import dev.releasegate.verifier.project.SupabaseProject;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Supabase project a scenario is about ({@code Given the Supabase project "production"}), and the reads of the
 * Management API its items rely on. Scenario-scoped (one per scenario, injected). Every read is shown in the item's
 * evidence: the request (token masked), status and time once per scenario, and the part of the answer the item is
 * about; what is shown comes from the records, which hold no secret value to show.
 */
public final class CurrentProject {

    private final ScenarioContext context;
    private final Set<String> requestsShown = new HashSet<>();
    private String name;

    public CurrentProject(ScenarioContext context) {
        this.context = context;
    }

    void use(String project) {
        context.run().projects().get(project); // fail here, on the Given, when the name or the token is not configured
        this.name = project;
    }

    /** The project named by the scenario's Given. */
    String name() {
        if (name == null) {
            throw new ChecklistBroken("no Supabase project chosen for this step: start the scenario (or the feature's Background) with"
                    + " Given the Supabase project \"production\" (any name configured as verify.project.<name>=supabase:<project-ref>)");
        }
        return name;
    }

    List<EdgeFunction> functions() {
        ApiRead<List<EdgeFunction>> read = project(name()).functions();
        show(read.exchange(), "Edge Functions", read.value().stream().map(CurrentProject::shown).toList());
        return read.value();
    }

    List<ProjectSecret> secrets() {
        return secretsOf(name());
    }

    /** A named project's secrets, for sentences that compare two projects and need no Given. */
    List<ProjectSecret> secretsOf(String project) {
        ApiRead<List<ProjectSecret>> read = project(project).secrets();
        show(read.exchange(), "secrets", read.value().stream().map(CurrentProject::shown).toList());
        return read.value();
    }

    /** The auth settings; the evidence shows the one setting the item is about. */
    AuthConfig authConfig(String setting) {
        ApiRead<AuthConfig> read = project(name()).authConfig();
        show(read.exchange(), null, null);
        Map<String, Object> part = new LinkedHashMap<>();
        part.put(setting, read.value().get(setting).map(AuthSetting::shown).orElse("(no such setting)"));
        context.evidence().text("auth setting " + setting + " of " + name, JsonText.write(part));
        return read.value();
    }

    ProjectDetails details() {
        ApiRead<ProjectDetails> read = project(name()).details();
        ProjectDetails d = read.value();
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("ref", d.ref());
        part.put("name", d.name());
        part.put("region", d.region());
        part.put("status", d.status());
        part.put("database", Map.of("version", d.databaseVersion().orElse(""), "postgres_engine", d.postgresEngine().orElse(""),
                "release_channel", d.releaseChannel().orElse("")));
        show(read.exchange(), "project", part);
        return d;
    }

    private SupabaseProject project(String project) {
        return context.run().projects().get(project);
    }

    /** The request once per scenario (it was read once per run), with the part of the answer given. */
    private void show(ApiExchange exchange, String what, Object part) {
        if (!requestsShown.add(exchange.url())) {
            return;
        }
        context.evidence().text("Management API: " + exchange.method() + " " + path(exchange) + " (" + exchange.project() + ")",
                exchange.describe() + "-- read once per run, shared by every item about it\n");
        if (part != null) {
            context.evidence().text(what + " of " + exchange.project(), JsonText.write(part));
        }
    }

    private static String path(ApiExchange exchange) {
        int at = exchange.url().indexOf("/v1/");
        return at < 0 ? exchange.url() : exchange.url().substring(at);
    }

    private static Map<String, Object> shown(EdgeFunction f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("slug", f.slug());
        out.put("name", f.name());
        out.put("status", f.status());
        out.put("version", f.version());
        out.put("verify_jwt", f.verifyJwt().orElse(null));
        out.put("updated_at", f.updatedAt().map(String::valueOf).orElse(null));
        return out;
    }

    private static Map<String, Object> shown(ProjectSecret s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", s.name());
        out.put("value", s.value().isPresent() ? dev.releasegate.verifier.db.SecretMask.MASK : null);
        return out;
    }
}
