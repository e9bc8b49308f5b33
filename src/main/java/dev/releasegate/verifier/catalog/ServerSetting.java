package dev.releasegate.verifier.catalog;

/**
 * A server setting as pg_settings reports it: {@code setting} in {@code unit} (e.g. 16384 of 8kB), and
 * {@code shown} as SHOW prints it (128MB). Values are those of the verifier's own session.
 */
public record ServerSetting(String name, String setting, String unit, String type, String shown) {

    public boolean numeric() {
        return "integer".equals(type) || "real".equals(type);
    }
}
