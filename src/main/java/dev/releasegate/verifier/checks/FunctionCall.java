package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.db.SqlIdentifier;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A call as a checklist writes it, the way PostgreSQL and PostgREST take it: {@code has_role_on_account('0000...')},
 * {@code update_account(the id of user "alice@example.com", slug => 'x')}. Arguments are SQL literals (quoted
 * strings, numbers, null, true/false, bare uuids) or values an earlier step knows ({@code the id of user "..."},
 * {@code the "id" of the result}), positional or named ({@code name => value}, {@code name := value}); parameters
 * left out take their defaults. Values are bound as parameters, never spliced; anything else is a checklist error.
 */
public record FunctionCall(String text, QualifiedName name, List<Argument> arguments) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern USER_ID = Pattern.compile("(?i)the id of user \"([^\"]+)\"");
    private static final Pattern RESULT_COLUMN = Pattern.compile("(?i)the \"([^\"]+)\" of the result");

    /** One argument: positional (no name) or named, and its value. */
    public record Argument(Optional<String> name, Value value) {
    }

    /** What an argument's value is. */
    public sealed interface Value permits Literal, UserId, ResultColumn {
    }

    /** A literal; {@code null} text is SQL NULL. */
    public record Literal(String text) implements Value {
    }

    /** The id of a user an earlier step created ({@code Given the user "..." exists}). */
    public record UserId(String email) implements Value {
    }

    /** A column of the first row of the previous query's or call's result. */
    public record ResultColumn(String column) implements Value {
    }

    public FunctionCall {
        arguments = List.copyOf(arguments);
    }

    public static FunctionCall parse(String text, String defaultSchema) {
        String call = text.trim();
        int open = call.indexOf('(');
        if (open <= 0 || !call.endsWith(")")) {
            throw new ChecklistBroken("'" + text + "' is not a call: write the function with its arguments, e.g."
                    + " delete_client_relationship_safely('00000000-0000-0000-0000-000000000000')");
        }
        QualifiedName name = QualifiedName.parse(call.substring(0, open).trim(), defaultSchema);
        return new FunctionCall(call, name, arguments(call.substring(open + 1, call.length() - 1), text));
    }

    private static List<Argument> arguments(String list, String text) {
        List<Argument> arguments = new ArrayList<>();
        List<String> pieces = split(list, text);
        if (pieces.size() == 1 && pieces.get(0).isBlank()) {
            return arguments;
        }
        Set<String> named = new HashSet<>();
        for (String piece : pieces) {
            String trimmed = piece.trim();
            if (trimmed.isEmpty()) {
                throw unreadable(text, "an argument is missing" + (arguments.isEmpty() ? "" : " after the last comma"));
            }
            Optional<String> name = Optional.empty();
            int arrow = namedArrow(trimmed);
            if (arrow > 0) {
                String candidate = trimmed.substring(0, arrow).trim();
                if (!WORD.matcher(candidate).matches()) {
                    throw unreadable(text, "'" + candidate + "' is not an argument name");
                }
                if (!named.add(candidate.toLowerCase(Locale.ROOT))) {
                    throw unreadable(text, "the argument " + candidate + " is named twice");
                }
                name = Optional.of(candidate.toLowerCase(Locale.ROOT));
                trimmed = trimmed.substring(arrow + 2).trim();
            } else if (!named.isEmpty()) {
                throw unreadable(text, "a positional argument (" + trimmed + ") follows a named one: positional arguments come first");
            }
            arguments.add(new Argument(name, value(trimmed, text)));
        }
        return arguments;
    }

    /** The pieces between top-level commas (commas inside quotes do not split). */
    private static List<String> split(String list, String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (quote != 0) {
                piece.append(c);
                if (c == quote) {
                    if (i + 1 < list.length() && list.charAt(i + 1) == quote) {
                        piece.append(list.charAt(++i));
                    } else {
                        quote = 0;
                    }
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                piece.append(c);
            } else if (c == ',') {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        if (quote != 0) {
            throw unreadable(text, quote == '\'' ? "a quoted string is not closed" : "a quoted name is not closed");
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /** Where {@code =>} or {@code :=} names an argument, outside quotes; -1 when it does not. */
    private static int namedArrow(String piece) {
        if (piece.startsWith("'")) {
            return -1;
        }
        int arrow = piece.indexOf("=>");
        int assign = piece.indexOf(":=");
        int at = arrow < 0 ? assign : assign < 0 ? arrow : Math.min(arrow, assign);
        return at > 0 && piece.lastIndexOf('\'', at) < 0 ? at : -1;
    }

    /**
     * A data table cell of a set-up step: {@code the id of user "..."}, {@code the "col" of the result}, the word
     * {@code null} or a blank cell (SQL NULL), or the text as written.
     */
    public static Value cell(String cell) {
        String token = cell == null ? "" : cell.trim();
        java.util.regex.Matcher user = USER_ID.matcher(token);
        if (user.matches()) {
            return new UserId(user.group(1));
        }
        java.util.regex.Matcher column = RESULT_COLUMN.matcher(token);
        if (column.matches()) {
            return new ResultColumn(column.group(1));
        }
        return new Literal(token.isEmpty() || token.equalsIgnoreCase("null") ? null : token);
    }

    private static Value value(String token, String text) {
        if (token.startsWith("'")) {
            if (token.length() < 2 || !token.endsWith("'")) {
                throw unreadable(text, "a comma is missing before " + token.substring(token.indexOf('\'', 1) + 1).trim());
            }
            String inner = token.substring(1, token.length() - 1);
            if (inner.replace("''", "").contains("'")) {
                throw unreadable(text, "a comma is missing before " + token.substring(token.indexOf('\'', 1) + 1).trim());
            }
            return new Literal(inner.replace("''", "'"));
        }
        if (USER_ID.matcher(token).matches()) {
            java.util.regex.Matcher m = USER_ID.matcher(token);
            m.matches();
            return new UserId(m.group(1));
        }
        if (RESULT_COLUMN.matcher(token).matches()) {
            java.util.regex.Matcher m = RESULT_COLUMN.matcher(token);
            m.matches();
            return new ResultColumn(m.group(1));
        }
        if (token.contains(" ") && !token.contains("(")) {
            throw unreadable(text, "a comma is missing before " + token.substring(token.indexOf(' ') + 1).trim());
        }
        if (UUID.matcher(token).matches() || NUMBER.matcher(token).matches()) {
            return new Literal(token);
        }
        if (WORD.matcher(token).matches()) {
            switch (token.toLowerCase(Locale.ROOT)) {
                case "null":
                    return new Literal(null);
                case "true":
                case "false":
                    return new Literal(token.toLowerCase(Locale.ROOT));
                default:
                    break;
            }
        }
        throw unreadable(text, "'" + token + "' is not a literal");
    }

    private static ChecklistBroken unreadable(String text, String why) {
        return new ChecklistBroken("cannot read the arguments of '" + text + "': " + why + ". Arguments are literals"
                + " ('quoted text', numbers, null, true, false, or a uuid), the id of user \"...\" or the \"column\" of the result,"
                + " each positional or named (name => value)");
    }

    /**
     * The one function this call can mean, as PostgreSQL chooses: the name, enough parameters for the positional
     * arguments, a parameter of each name given, and defaults for every parameter left out. Empty when no function has
     * the name (the database is wrong); a checklist error when the arguments fit none or several overloads.
     */
    public Optional<Function> resolve(Collection<Function> functions, String database) {
        List<Function> sameName = functions.stream().filter(f -> f.name().equals(name)).toList();
        if (sameName.isEmpty()) {
            return Optional.empty();
        }
        List<Function> fitting = sameName.stream().filter(this::fits).toList();
        if (fitting.size() == 1) {
            return Optional.of(fitting.get(0));
        }
        String found = String.join(", ", sameName.stream().map(Function::signature).toList());
        if (fitting.isEmpty()) {
            throw new ChecklistBroken("cannot call " + text + " in " + database + ": no overload of " + name + " takes "
                    + describeArguments() + " (found " + found + ")");
        }
        throw new ChecklistBroken("cannot call " + text + " in " + database + ": " + fitting.size() + " overloads of " + name + " take "
                + describeArguments() + ": " + String.join(", ", fitting.stream().map(Function::signature).toList()));
    }

    private String describeArguments() {
        List<String> names = arguments.stream().flatMap(a -> a.name().stream()).toList();
        return arguments.size() + " argument(s)" + (names.isEmpty() ? "" : " named " + String.join(", ", names));
    }

    private boolean fits(Function function) {
        int parameters = function.argumentTypes().size();
        List<Argument> positional = arguments.stream().filter(a -> a.name().isEmpty()).toList();
        if (positional.size() > parameters) {
            return false;
        }
        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < positional.size(); i++) {
            given.add(i);
        }
        for (Argument argument : arguments) {
            if (argument.name().isPresent()) {
                int at = parameterNamed(function, argument.name().get());
                if (at < 0 || !given.add(at)) {
                    return false;
                }
            }
        }
        int firstDefault = parameters - function.defaults();
        for (int i = 0; i < parameters; i++) {
            if (!given.contains(i) && i < firstDefault) {
                return false;
            }
        }
        return true;
    }

    private static int parameterNamed(Function function, String name) {
        for (int i = 0; i < function.argumentTypes().size(); i++) {
            if (function.argumentName(i).map(n -> n.equalsIgnoreCase(name)).orElse(false)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code select * from "schema"."fn"(cast(? as uuid), "slug" => cast(? as text))}: the names quoted, the types as
     * the catalog's format_type printed them (never from the checklist), the values bound in the order of
     * {@link #arguments()}.
     */
    public String sql(Function function) {
        List<String> parameters = new ArrayList<>();
        int position = 0;
        for (Argument argument : arguments) {
            if (argument.name().isPresent()) {
                int at = parameterNamed(function, argument.name().get());
                parameters.add(SqlIdentifier.quote(function.argumentName(at).orElseThrow()) + " => cast(? as "
                        + function.argumentTypes().get(at) + ")");
            } else {
                parameters.add("cast(? as " + function.argumentTypes().get(position++) + ")");
            }
        }
        return "select * from " + SqlIdentifier.quote(function.name().schema(), function.name().name())
                + "(" + String.join(", ", parameters) + ")";
    }

    /** The literal values of the arguments, in order, for a call that names no earlier step's value; null is SQL NULL. */
    public List<String> literals() {
        List<String> values = new ArrayList<>();
        for (Argument argument : arguments) {
            if (!(argument.value() instanceof Literal literal)) {
                throw new IllegalStateException("argument " + argument + " is not a literal");
            }
            values.add(literal.text());
        }
        return values;
    }
}
