package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.db.DatabaseSettings;
import dev.releasegate.verifier.db.Databases;
import dev.releasegate.verifier.db.EnvironmentValues;
import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.steps.VerifierRun;

import java.util.Map;
import java.util.Properties;

/** Runs the checklist writer inside a test, with settings given as a map (never the process's), on the run's embedded server. */
final class Writing {

    private Writing() {
    }

    static DatabaseSettings settings(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        SecretMask mask = new SecretMask();
        return new DatabaseSettings(properties, Map.of(), new Properties(), new EnvironmentValues(name -> null, mask));
    }

    static WriteChecklist.Result write(Map<String, String> values) {
        return write(values, new SecretMask());
    }

    static WriteChecklist.Result write(Map<String, String> values, SecretMask mask) {
        DatabaseSettings settings = settings(values);
        try (Databases databases = new Databases(settings, mask, VerifierRun.current().embedded())) {
            return WriteChecklist.run(settings, databases, mask);
        }
    }
}
