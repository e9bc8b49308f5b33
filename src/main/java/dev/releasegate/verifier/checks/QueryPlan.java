package dev.releasegate.verifier.checks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A plan as {@code EXPLAIN (FORMAT JSON)} prints it, flattened: every node of the tree, sub-plans and init-plans included. */
public record QueryPlan(String json, List<Node> nodes, Optional<Double> planningMillis, Optional<Double> executionMillis) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One plan node: "Index Scan" on adventures using idx_adventures_category. */
    public record Node(String type, Optional<String> schema, Optional<String> relation, Optional<String> alias, Optional<String> index) {

        public String describe() {
            StringBuilder out = new StringBuilder(type);
            index.ifPresent(i -> out.append(" using ").append(i));
            relation.ifPresent(r -> out.append(" on ").append(schema.map(s -> s + ".").orElse("")).append(r));
            alias.filter(a -> relation.map(r -> !r.equals(a)).orElse(true)).ifPresent(a -> out.append(" ").append(a));
            return out.toString();
        }
    }

    public QueryPlan {
        nodes = List.copyOf(nodes);
    }

    public static QueryPlan parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ChecklistBroken("the server's EXPLAIN output is not JSON: " + e.getOriginalMessage());
        }
        JsonNode top = root.isArray() ? root.path(0) : root;
        JsonNode plan = top.path("Plan");
        if (plan.isMissingNode()) {
            throw new ChecklistBroken("the server's EXPLAIN output has no Plan");
        }
        List<Node> nodes = new ArrayList<>();
        walk(plan, nodes);
        return new QueryPlan(json, nodes, number(top, "Planning Time"), number(top, "Execution Time"));
    }

    private static void walk(JsonNode node, List<Node> out) {
        out.add(new Node(node.path("Node Type").asText(), text(node, "Schema"), text(node, "Relation Name"), text(node, "Alias"),
                text(node, "Index Name")));
        for (JsonNode child : node.path("Plans")) {
            walk(child, out);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Optional<Double> number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? Optional.empty() : Optional.of(value.asDouble());
    }

    /** The plan in one line per node, indented by nothing: enough for a report. */
    public List<String> outline() {
        return nodes.stream().map(Node::describe).toList();
    }
}
