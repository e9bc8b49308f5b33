package dev.releasegate.verifier.project;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A project's auth settings (GoTrue's configuration) by field name, as {@link AuthSetting}s. */
public record AuthConfig(Map<String, AuthSetting> settings) {

    public AuthConfig {
        settings = Map.copyOf(settings);
    }

    public Optional<AuthSetting> get(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    /** Names in order, for "did you mean". */
    public Iterable<String> names() {
        return new TreeMap<>(settings).keySet();
    }
}
