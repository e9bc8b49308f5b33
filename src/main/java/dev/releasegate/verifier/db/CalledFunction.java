package dev.releasegate.verifier.db;

import java.util.List;

/**
 * A function the server resolved for a statement, as {@code pg_proc} describes it: enough to decide whether calling
 * it stays inside the verifier's transaction (see {@link StatementGuard}).
 *
 * @param signature   as the server prints {@code oid::regprocedure}: {@code dblink_exec(text,text)}, schema-qualified
 *                    when not on the search path
 * @param volatility  {@code i} immutable, {@code s} stable, {@code v} volatile
 * @param kind        {@code f} function, {@code a} aggregate, {@code w} window, {@code p} procedure
 * @param builtIn     created with the server (OID below 16384): PostgreSQL's own
 * @param extension   the extension it belongs to, or null
 * @param sqlBody     a SQL-standard body ({@code BEGIN ATOMIC}) as the server stored its tree, or null
 * @param settings    its {@code SET name = value} options, as {@code name=value}
 * @param argumentTypeNames its argument types as the server writes them in SQL ({@code oid::regtype})
 */
record CalledFunction(long oid, String schema, String name, String signature, char volatility, String language, char kind,
                      boolean builtIn, String extension, String source, String sqlBody, List<String> settings,
                      List<Long> argumentTypes, String argumentDefaults, List<String> argumentTypeNames) {

    CalledFunction {
        settings = List.copyOf(settings);
        argumentTypes = List.copyOf(argumentTypes);
        argumentTypeNames = List.copyOf(argumentTypeNames);
    }

    /** PostgreSQL's or an installed extension's: code we cannot look into, labelled by its authors. */
    boolean trusted() {
        return builtIn || extension != null;
    }

    boolean volatileDeclared() {
        return volatility == 'v';
    }

    /** "dblink_exec(text,text) from extension dblink", "public.wrap(text), a plpgsql function" */
    String describe() {
        if (extension != null) {
            return signature + " from extension " + extension;
        }
        if (builtIn) {
            return signature;
        }
        return signature + ", a " + language + " " + (kind == 'a' ? "aggregate" : "function");
    }
}
