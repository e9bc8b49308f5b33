package dev.releasegate.verifier.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The verifier's own version, from the build (a filtered resource), so a report says which verifier wrote it. */
final class VerifierVersion {

    private VerifierVersion() {
    }

    static String get() {
        try (InputStream in = VerifierVersion.class.getResourceAsStream("/dev/releasegate/verifier/verifier-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.contains("${") ? "unknown (not built by Maven)" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
