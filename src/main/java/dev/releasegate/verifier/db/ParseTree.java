package dev.releasegate.verifier.db;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the server's analysed parse tree of a statement says it calls, read from the text PostgreSQL prints for a
 * node tree ({@code debug_print_parse}, and the {@code pg_node_tree} columns such as {@code prosqlbody}):
 * {@code {FUNCEXPR :funcid 1317 ...}}. Every function the server resolved appears as an OID in a known field,
 * wherever it sits (output list, filters, sub-selects, CTEs, ORDER BY): the names the checklist wrote, its string
 * literals (printed as byte values) and its comments (gone) play no part.
 *
 * <p>A name the statement chose (a column alias) is printed as one token, so it can look like a field name
 * ({@code :funcid}) but never like a field name followed by a number: a token starting with ':' is always read as
 * a field name, never as a value, so a real field is never swallowed and no call can be hidden.
 */
record ParseTree(Set<Long> functions, Set<Long> operators, Set<Long> domains, Map<Integer, Long> parameterTypes,
                 boolean utility, boolean nextValue, int queries) {

    /** Fields that hold the OID of a function the executor (or planner) will call. */
    private static final Set<String> FUNCTION_FIELDS = Set.of("funcid", "opfuncid", "aggfnoid", "winfnoid", "hashfuncid",
            "negfuncid", "startInRangeFunc", "endInRangeFunc", "tsmhandler");
    /** Fields that hold an operator's OID: the operator's function is what runs. */
    private static final Set<String> OPERATOR_FIELDS = Set.of("opno", "eqop", "sortop");

    static final ParseTree EMPTY = new ParseTree(Set.of(), Set.of(), Set.of(), Map.of(), false, false, 0);

    ParseTree {
        functions = Set.copyOf(functions);
        operators = Set.copyOf(operators);
        domains = Set.copyOf(domains);
        parameterTypes = Map.copyOf(parameterTypes);
    }

    /** Reads one printed node tree (several queries when it is a list). */
    static ParseTree read(String dump) {
        Set<Long> functions = new LinkedHashSet<>();
        Set<Long> operators = new LinkedHashSet<>();
        Set<Long> domains = new LinkedHashSet<>();
        Map<Integer, Long> parameterTypes = new LinkedHashMap<>();
        boolean utility = false;
        boolean nextValue = false;
        int queries = 0;
        Deque<Node> nodes = new ArrayDeque<>();
        List<String> tokens = tokens(dump == null ? "" : dump);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals("{") && i + 1 < tokens.size()) {
                String node = tokens.get(++i);
                nodes.push(new Node(node, new LinkedHashMap<>()));
                if (node.equals("QUERY")) {
                    queries++;
                } else if (node.equals("NEXTVALUEEXPR")) {
                    nextValue = true;
                }
            } else if (token.equals("}")) {
                Node closed = nodes.isEmpty() ? new Node("", Map.of()) : nodes.pop();
                String node = closed.name();
                Map<String, String> fields = closed.fields();
                if (node.equals("COERCETODOMAIN") && isNumber(fields.get("resulttype"))) {
                    domains.add(Long.parseLong(fields.get("resulttype")));
                } else if (node.equals("PARAM") && "0".equals(fields.get("paramkind"))
                        && isNumber(fields.get("paramid")) && isNumber(fields.get("paramtype"))) {
                    parameterTypes.put(Integer.parseInt(fields.get("paramid")), Long.parseLong(fields.get("paramtype")));
                }
            } else if (token.startsWith(":") && token.length() > 1) {
                String field = token.substring(1);
                String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
                if (next.equals("(") && field.equals("opnos")) {
                    // an OID list: (o 96 97)
                    for (i += 2; i < tokens.size() && !tokens.get(i).equals(")"); i++) {
                        if (isNumber(tokens.get(i))) {
                            operators.add(Long.parseLong(tokens.get(i)));
                        }
                    }
                } else if (!next.startsWith(":") && !next.equals("{") && !next.equals("(") && !next.equals("}") && !next.equals(")")) {
                    i++;
                    if (!nodes.isEmpty()) {
                        nodes.peek().fields().put(field, next);
                    }
                    if (field.equals("utilityStmt") && !next.equals("<>")) {
                        utility = true;
                    }
                    if (isNumber(next) && !next.equals("0")) {
                        if (FUNCTION_FIELDS.contains(field)) {
                            functions.add(Long.parseLong(next));
                        } else if (OPERATOR_FIELDS.contains(field)) {
                            operators.add(Long.parseLong(next));
                        }
                    }
                } else if (field.equals("utilityStmt") && next.equals("{")) {
                    utility = true; // PostgreSQL 16+ prints utility statements in full
                }
            }
        }
        return new ParseTree(functions, operators, domains, parameterTypes, utility, nextValue, queries);
    }

    /** A node being read: its name (FUNCEXPR) and the scalar fields seen so far. */
    private record Node(String name, Map<String, String> fields) {
    }

    ParseTree plus(ParseTree other) {
        Set<Long> f = new LinkedHashSet<>(functions);
        f.addAll(other.functions);
        Set<Long> o = new LinkedHashSet<>(operators);
        o.addAll(other.operators);
        Set<Long> d = new LinkedHashSet<>(domains);
        d.addAll(other.domains);
        Map<Integer, Long> p = new LinkedHashMap<>(parameterTypes);
        p.putAll(other.parameterTypes);
        return new ParseTree(f, o, d, p, utility || other.utility, nextValue || other.nextValue, queries + other.queries);
    }

    /**
     * The tokens as PostgreSQL's own reader ({@code pg_strtok}) splits them: white space separates, the characters
     * {@code ( ) { }} stand alone, and a backslash makes the next character part of the token (a line break the
     * printer put in place of an escaped space included).
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                token.append(text.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                flush(tokens, token);
            } else if (c == '(' || c == ')' || c == '{' || c == '}') {
                flush(tokens, token);
                tokens.add(String.valueOf(c));
            } else {
                token.append(c);
            }
        }
        flush(tokens, token);
        return tokens;
    }

    private static void flush(List<String> tokens, StringBuilder token) {
        if (!token.isEmpty()) {
            tokens.add(token.toString());
            token.setLength(0);
        }
    }

    private static boolean isNumber(String token) {
        if (token == null || token.isEmpty() || token.length() > 19) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
