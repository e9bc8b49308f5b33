package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.ForeignKeyRule;
import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.catalog.NamePattern;
import dev.releasegate.verifier.catalog.ObjectName;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import io.cucumber.java.ParameterType;

/** Every word of the vocabulary that has a fixed meaning becomes a Java type here, once; unknown words fail here. */
public final class ParameterTypes {

    private static final String QUOTED = "\"([^\"]*)\"";

    private final VerifierRun run = VerifierRun.get();

    private String expand(String text) {
        return run.values().expand(text);
    }

    /** A table, view, enum or bucket name: {@code "trackpay_users"}, {@code "auth.users"}. */
    @ParameterType(name = "name", value = QUOTED)
    public QualifiedName name(String text) {
        return QualifiedName.parse(expand(text), run.defaultSchema());
    }

    /** SQL LIKE on unqualified names: {@code "trackpay_%"}, {@code "audit.%"}. */
    @ParameterType(name = "pattern", value = QUOTED)
    public NamePattern pattern(String text) {
        return NamePattern.parse(expand(text), run.defaultSchema());
    }

    @ParameterType(name = "function", value = QUOTED)
    public FunctionSignature function(String text) {
        return FunctionSignature.parse(expand(text), run.defaultSchema());
    }

    /** A configured database name: {@code "production"}. */
    @ParameterType(name = "database", value = QUOTED)
    public String database(String text) {
        return expand(text);
    }

    @ParameterType(name = "schema", value = QUOTED)
    public String schema(String text) {
        return expand(text);
    }

    @ParameterType(name = "role", value = QUOTED)
    public String role(String text) {
        return expand(text);
    }

    /** RESTRICT, CASCADE, SET NULL, SET DEFAULT, NO ACTION, in any case. */
    @ParameterType(name = "rule", value = "[A-Za-z]+(?: [A-Za-z]+)?")
    public ForeignKeyRule rule(String text) {
        return ForeignKeyRule.fromWords(text);
    }

    /** SELECT, INSERT, UPDATE, DELETE, ALL, in any case. */
    @ParameterType(name = "command", value = "[A-Za-z]+")
    public PolicyCommand command(String text) {
        return PolicyCommand.fromWord(text);
    }

    /** What a privilege is held on: a table, view or sequence, or a function signature. */
    @ParameterType(name = "object", value = QUOTED)
    public ObjectName object(String text) {
        return ObjectName.parse(expand(text), run.defaultSchema());
    }
}
