package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.db.SqlIdentifier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call as a checklist writes it, {@code delete_client_relationship_safely('0000...')}: the function's name and
 * its arguments read as SQL literals (quoted strings, numbers, null, true/false, bare uuids). The arguments are
 * bound as parameters, never spliced; anything else in the argument list is a checklist error.
 */
public record FunctionCall(String text, QualifiedName name, List<String> arguments) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_]+");

    public FunctionCall {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments)); // null stands for SQL NULL
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

    private static List<String> arguments(String list, String text) {
        List<String> arguments = new ArrayList<>();
        int i = 0;
        int n = list.length();
        boolean expectArgument = true;
        while (i < n) {
            char c = list.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ',' && !expectArgument) {
                expectArgument = true;
                i++;
            } else if (!expectArgument) {
                throw unreadable(text, "a comma is missing before " + list.substring(i).trim());
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        throw unreadable(text, "a quoted string is not closed");
                    }
                    if (list.charAt(j) == '\'') {
                        if (j + 1 < n && list.charAt(j + 1) == '\'') {
                            value.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    value.append(list.charAt(j++));
                }
                arguments.add(value.toString());
                i = j + 1;
                expectArgument = false;
            } else {
                int j = i;
                while (j < n && list.charAt(j) != ',' && !Character.isWhitespace(list.charAt(j))) {
                    j++;
                }
                String token = list.substring(i, j);
                arguments.add(literal(token, text));
                i = j;
                expectArgument = false;
            }
        }
        if (expectArgument && !arguments.isEmpty()) {
            throw unreadable(text, "an argument is missing after the last comma");
        }
        return arguments;
    }

    private static String literal(String token, String text) {
        if (UUID.matcher(token).matches() || NUMBER.matcher(token).matches()) {
            return token;
        }
        if (WORD.matcher(token).matches()) {
            switch (token.toLowerCase(Locale.ROOT)) {
                case "null":
                    return null;
                case "true":
                case "false":
                    return token.toLowerCase(Locale.ROOT);
                default:
                    break;
            }
        }
        throw unreadable(text, "'" + token + "' is not a literal");
    }

    private static ChecklistBroken unreadable(String text, String why) {
        return new ChecklistBroken("cannot read the arguments of '" + text + "': " + why + ". Arguments are literals only:"
                + " 'quoted text', numbers, null, true, false, or a uuid");
    }

    /**
     * The one function this call can mean: its name, with as many arguments as the call gives. Empty when no
     * function has the name (the database is wrong); a checklist error when the count fits none or several overloads.
     */
    public java.util.Optional<Function> resolve(Collection<Function> functions, String database) {
        List<Function> sameName = functions.stream().filter(f -> f.name().equals(name)).toList();
        List<Function> fitting = sameName.stream().filter(f -> f.argumentTypes().size() == arguments.size()).toList();
        if (sameName.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (fitting.size() == 1) {
            return java.util.Optional.of(fitting.get(0));
        }
        if (fitting.isEmpty()) {
            throw new ChecklistBroken("cannot call " + text + " in " + database + ": no overload of " + name + " takes "
                    + arguments.size() + " argument(s) (found " + String.join(", ", sameName.stream().map(Function::signature).toList()) + ")");
        }
        throw new ChecklistBroken("cannot call " + text + " in " + database + ": " + fitting.size() + " overloads of " + name + " take "
                + arguments.size() + " argument(s): " + String.join(", ", fitting.stream().map(Function::signature).toList()));
    }

    /**
     * {@code select * from "schema"."fn"(cast(? as uuid), ...)}: the names quoted, the types as the catalog's
     * format_type printed them (never from the checklist), the values bound.
     */
    public static String sql(Function function) {
        List<String> parameters = function.argumentTypes().stream().map(type -> "cast(? as " + type + ")").toList();
        return "select * from " + SqlIdentifier.quote(function.name().schema(), function.name().name())
                + "(" + String.join(", ", parameters) + ")";
    }
}
