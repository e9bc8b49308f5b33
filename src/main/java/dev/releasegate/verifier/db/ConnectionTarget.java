package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where and how to connect: parsed from a connection string as Supabase, Render or psql print it
 * ({@code postgresql://user:${DB_PASSWORD}@host:5432/db?sslmode=require}) or from a JDBC URL.
 */
public record ConnectionTarget(String host, int port, String database, String user, String password,
                               Map<String, String> parameters) {

    public static ConnectionTarget parse(String value, SecretMask mask) {
        String text = value.trim();
        if (text.startsWith("jdbc:")) {
            text = text.substring("jdbc:".length());
        }
        if (!text.startsWith("postgresql://") && !text.startsWith("postgres://")) {
            throw ChecklistBroken.configuration("'" + mask.mask(value) + "' is not a database address: expected postgresql://user:${DB_PASSWORD}@host:5432/dbname,"
                    + " jdbc:postgresql://host:5432/dbname?user=..., or embedded:<folder of migrations>");
        }
        try {
            URI uri = new URI(text.replaceFirst("^postgres(ql)?://", "postgresql://"));
            Map<String, String> parameters = queryParameters(uri.getRawQuery());
            String user = null;
            String password = null;
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
            }
            if (parameters.containsKey("user")) {
                user = parameters.remove("user");
            }
            if (parameters.containsKey("password")) {
                password = parameters.remove("password");
            }
            mask.register(password);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String database = path.length() > 1 ? decode(path.substring(1)) : "postgres";
            if (uri.getHost() == null) {
                throw ChecklistBroken.configuration("'" + mask.mask(value) + "' has no host name");
            }
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            return new ConnectionTarget(uri.getHost(), port, database, user, password, Map.copyOf(parameters));
        } catch (URISyntaxException e) {
            mask.register(value);
            throw ChecklistBroken.configuration("a database address could not be read (" + e.getReason()
                    + "): special characters in a password must be percent-encoded, e.g. @ as %40");
        }
    }

    private static Map<String, String> queryParameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parameters.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Supabase's transaction pooler (and PgBouncer in transaction mode) drop session state between transactions. */
    public boolean throughTransactionPooler() {
        return port == 6543 || "true".equalsIgnoreCase(parameters.get("pgbouncer"));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /** The address as a report may show it: the password masked. */
    public String maskedUrl() {
        StringBuilder url = new StringBuilder("postgresql://");
        if (user != null) {
            url.append(user);
            if (password != null) {
                url.append(':').append(SecretMask.MASK);
            }
            url.append('@');
        }
        url.append(host).append(':').append(port).append('/').append(database);
        String sslmode = parameters.get("sslmode");
        if (sslmode != null) {
            url.append("?sslmode=").append(sslmode);
        }
        return url.toString();
    }

    /** Driver properties for a read-only, time-limited session that never relies on server-side prepared statements. */
    public Properties driverProperties(int statementTimeoutMillis, String applicationName) {
        Properties properties = new Properties();
        parameters.forEach((key, val) -> {
            if (!key.equals("pgbouncer")) {
                properties.setProperty(key, val);
            }
        });
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("readOnly", "true");
        properties.setProperty("prepareThreshold", "0");
        // no client-side cache of parsed statements: the driver would skip describing a statement it described before,
        // and StatementGuard reads what a statement calls from the server's answer to that description
        properties.setProperty("preparedStatementCacheQueries", "0");
        properties.putIfAbsent("connectTimeout", "10");
        properties.putIfAbsent("loginTimeout", "15");
        properties.putIfAbsent("socketTimeout", String.valueOf(Math.max(60, statementTimeoutMillis / 1000 * 2)));
        if (!throughTransactionPooler()) {
            // A pooler would hand these session settings to the next client, so there they are set per transaction only.
            properties.setProperty("options", "-c default_transaction_read_only=on -c statement_timeout=" + statementTimeoutMillis);
        }
        return properties;
    }
}
