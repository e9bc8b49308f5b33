package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
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
        int from = text.indexOf("://") + 3;
        String user = null;
        String password = null;
        int at = SecretMask.userInfoEnd(text, from);
        if (at >= 0) {
            String userInfo = text.substring(from, at);
            int colon = userInfo.indexOf(':');
            String rawPassword = colon < 0 ? null : userInfo.substring(colon + 1);
            mask.register(rawPassword);
            String shown = "postgresql://" + (colon < 0 ? userInfo : userInfo.substring(0, colon) + ":" + SecretMask.MASK) + text.substring(at);
            for (char special : new char[] {'@', '/', '?', '#', ' '}) {
                if (userInfo.indexOf(special) >= 0) {
                    throw ChecklistBroken.configuration("the user name or password in " + mask.mask(shown) + " holds a raw '" + special
                            + "': percent-encode special characters in the user name and password (@ as %40, / as %2F, ? as %3F,"
                            + " # as %23, a space as %20), as Supabase's and Render's dashboards show them");
                }
            }
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), shown, mask);
            password = rawPassword == null ? null : decode(rawPassword, shown, mask);
            mask.register(password);
            from = at + 1;
        }
        String shown = mask.mask(value);
        int question = text.indexOf('?', from);
        int stray = text.indexOf('@', from);
        if (at < 0 && stray >= 0 && (question < 0 || stray < question)) {
            // an '@' but no host after it: a raw '@', '/', '?' or '#' in the password is the likely cause, so nothing is echoed
            mask.register(text.substring(from));
            throw ChecklistBroken.configuration("a database address could not be read: its user name and password are not followed by a"
                    + " host name; percent-encode special characters in the password (@ as %40, / as %2F, ? as %3F, # as %23)");
        }
        int authorityEnd = from;
        while (authorityEnd < text.length() && "/?#".indexOf(text.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = text.substring(from, authorityEnd);
        String host;
        String portText;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            host = close < 0 ? authority.substring(1) : authority.substring(1, close);
            portText = close < 0 || close + 1 >= authority.length() ? "" : authority.substring(close + 1);
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? "" : authority.substring(colon);
        }
        if (host.isEmpty()) {
            throw ChecklistBroken.configuration("'" + shown + "' has no host name: write postgresql://user:${DB_PASSWORD}@host:5432/dbname");
        }
        int port = 5432;
        if (portText.startsWith(":") && portText.length() > 1) {
            String digits = portText.substring(1);
            if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 5 || Integer.parseInt(digits) > 65535) {
                throw ChecklistBroken.configuration("the port '" + digits + "' in " + shown + " is not a port number: write the port's"
                        + " digits after the host (host:5432, or host:6543 for Supabase's transaction pooler), or leave it out for 5432");
            }
            port = Integer.parseInt(digits);
        } else if (!portText.isEmpty() && !portText.equals(":")) {
            throw ChecklistBroken.configuration("'" + shown + "' has something after the host name that is not a port: write host:5432");
        }
        String rest = text.substring(authorityEnd);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        Map<String, String> parameters = queryParameters(query < 0 ? null : rest.substring(query + 1), shown, mask);
        if (parameters.containsKey("user")) {
            user = parameters.remove("user");
        }
        if (parameters.containsKey("password")) {
            password = parameters.remove("password");
        }
        mask.register(password);
        String database = path.length() > 1 ? decode(path.substring(1), shown, mask) : "postgres";
        return new ConnectionTarget(host, port, database, user, password, Map.copyOf(parameters));
    }

    private static Map<String, String> queryParameters(String query, String shown, SecretMask mask) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String key = decode(pair.substring(0, eq), shown, mask);
                if (key.equals("password")) {
                    mask.register(pair.substring(eq + 1));
                }
                parameters.put(key, decode(pair.substring(eq + 1), shown, mask));
            }
        }
        return parameters;
    }

    private static String decode(String text, String shown, SecretMask mask) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ChecklistBroken.configuration("'" + mask.mask(shown) + "' has a '%' that is not followed by two hexadecimal digits:"
                    + " write a % in the password as %25");
        }
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
