package dev.releasegate.verifier.project;

import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A named Supabase project and what the Management API says about it. Each endpoint is read once per run and shared
 * by every scenario, like a database's catalog snapshot; a read that broke stays broken for the run, so a project
 * that is down or refuses the token costs one wait, not one per item.
 */
public final class SupabaseProject {

    private final ProjectAddress address;
    private final ManagementApi api;
    private final Map<Endpoint, Once<?>> reads = new ConcurrentHashMap<>();

    SupabaseProject(ProjectAddress address, ManagementApi api) {
        this.address = address;
        this.api = api;
    }

    public ProjectAddress address() {
        return address;
    }

    public String name() {
        return address.name();
    }

    /** The Management API this project is read through (never the token). */
    public String apiUrl() {
        return api.settings().baseUrl().toString();
    }

    public ApiRead<ProjectDetails> details() {
        return read(Endpoint.PROJECT, ManagementApiResponses::project);
    }

    public ApiRead<List<EdgeFunction>> functions() {
        return read(Endpoint.FUNCTIONS, ManagementApiResponses::functions);
    }

    public ApiRead<List<ProjectSecret>> secrets() {
        return read(Endpoint.SECRETS, ManagementApiResponses::secrets);
    }

    public ApiRead<AuthConfig> authConfig() {
        return read(Endpoint.AUTH_CONFIG, ManagementApiResponses::authConfig);
    }

    @SuppressWarnings("unchecked")
    private <T> ApiRead<T> read(Endpoint endpoint, Function<ApiResponse, T> parse) {
        Once<T> once = (Once<T>) reads.computeIfAbsent(endpoint, e -> new Once<T>(() -> {
            ApiResponse response = api.get(address, e);
            return new ApiRead<>(parse.apply(response), response.exchange());
        }));
        return once.get();
    }

    /** One read, done by the first caller; later callers get its result or its failure. */
    private static final class Once<T> {
        private final java.util.function.Supplier<ApiRead<T>> read;
        private ApiRead<T> value;
        private ChecklistBroken failure;

        Once(java.util.function.Supplier<ApiRead<T>> read) {
            this.read = read;
        }

        synchronized ApiRead<T> get() {
            if (value == null && failure == null) {
                try {
                    value = read.get();
                } catch (ChecklistBroken e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
