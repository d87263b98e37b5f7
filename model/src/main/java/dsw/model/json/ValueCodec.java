package dsw.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsw.model.kind.PropertySpec;
import dsw.model.kind.PropertyType;
import dsw.model.kind.PropertyValue;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes dsw's small value types (durations, distributions, property values) as JSON
 * nodes, for design files and the kind catalog alike. Errors are {@link FieldException}s with the
 * place inside the node and a message fit for a user. Thread-safe (stateless).
 */
public final class ValueCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, List<String>> DISTRIBUTION_FIELDS = Map.of(
            "constant", List.of("value"),
            "uniform", List.of("min", "max"),
            "normal", List.of("mean", "stddev"),
            "exponential", List.of("mean"),
            "lognormal", List.of("median", "sigma"));

    private ValueCodec() {}

    /** A duration: a string such as {@code "20ms"}. */
    public static long readDuration(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new FieldException("", "expected a duration such as \"20ms\", found nothing");
        }
        if (node.isNumber()) {
            throw new FieldException(
                    "",
                    "a duration needs a unit: write \"" + node.asText() + "ms\" or \"" + node.asText()
                            + "s\", not the bare number " + node.asText());
        }
        if (!node.isTextual()) {
            throw new FieldException("", "expected a duration such as \"20ms\", found " + describe(node));
        }
        try {
            return Micros.parse(node.textValue());
        } catch (IllegalArgumentException e) {
            throw new FieldException("", e.getMessage());
        }
    }

    public static JsonNode writeDuration(long micros) {
        return NODES.textNode(Micros.format(micros));
    }

    /**
     * A distribution: an object with {@code type} and that type's fields, or a duration string as a
     * shorthand for a constant.
     */
    public static Distribution readDistribution(JsonNode node) {
        if (node != null && (node.isTextual() || node.isNumber())) {
            return new Distribution.Constant(readDuration(node)); // a bare number fails: it needs a unit
        }
        if (node == null || !node.isObject()) {
            throw new FieldException(
                    "",
                    "expected a distribution such as {\"type\": \"normal\", \"mean\": \"20ms\","
                            + " \"stddev\": \"5ms\"}, found " + describe(node));
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new FieldException(
                    "/type", "a distribution needs a \"type\": one of " + String.join(", ", Distribution.TYPES));
        }
        String type = typeNode.textValue();
        List<String> fields = DISTRIBUTION_FIELDS.get(type);
        if (fields == null) {
            throw new FieldException(
                    "/type",
                    "unknown distribution type \"" + Text.abbreviate(type, 40) + "\"; expected one of "
                            + String.join(", ", Distribution.TYPES));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("type") && !fields.contains(name)) {
                throw new FieldException(
                        "/" + escape(name),
                        "a " + type + " distribution has no field \"" + Text.abbreviate(name, 40)
                                + "\"; its fields are " + String.join(", ", fields));
            }
        }
        try {
            return switch (type) {
                case "constant" -> new Distribution.Constant(duration(node, "value"));
                case "uniform" -> new Distribution.Uniform(duration(node, "min"), duration(node, "max"));
                case "normal" -> new Distribution.Normal(duration(node, "mean"), duration(node, "stddev"));
                case "exponential" -> new Distribution.Exponential(duration(node, "mean"));
                case "lognormal" -> new Distribution.LogNormal(duration(node, "median"), sigma(node));
                default -> throw new IllegalStateException(type);
            };
        } catch (FieldException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new FieldException("", e.getMessage());
        }
    }

    public static ObjectNode writeDistribution(Distribution distribution) {
        ObjectNode node = NODES.objectNode();
        node.put("type", distribution.type());
        if (distribution instanceof Distribution.Constant c) {
            node.set("value", writeDuration(c.micros()));
        } else if (distribution instanceof Distribution.Uniform u) {
            node.set("min", writeDuration(u.min()));
            node.set("max", writeDuration(u.max()));
        } else if (distribution instanceof Distribution.Normal n) {
            node.set("mean", writeDuration(n.mean()));
            node.set("stddev", writeDuration(n.stddev()));
        } else if (distribution instanceof Distribution.Exponential e) {
            node.set("mean", writeDuration(e.mean()));
        } else if (distribution instanceof Distribution.LogNormal l) {
            node.set("median", writeDuration(l.median()));
            node.put("sigma", l.sigma());
        }
        return node;
    }

    /** A property value of the type the spec declares, checked against the spec's range. */
    public static PropertyValue readProperty(PropertySpec spec, JsonNode node) {
        PropertyValue raw = readRaw(spec, node);
        try {
            return spec.check(raw);
        } catch (FieldException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new FieldException("", e.getMessage());
        }
    }

    private static PropertyValue readRaw(PropertySpec spec, JsonNode node) {
        PropertyType type = spec.type();
        if (node == null || node.isMissingNode()) {
            throw new FieldException("", spec.label() + " expects " + spec.describeType() + ", found nothing");
        }
        String expected = spec.label() + " expects " + spec.describeType() + ", found " + describe(node);
        switch (type) {
            case INTEGER:
                if (node.isIntegralNumber() && node.canConvertToLong()) {
                    return new PropertyValue.IntValue(node.longValue());
                }
                if (node.isNumber()
                        && node.doubleValue() == Math.rint(node.doubleValue())
                        && Math.abs(node.doubleValue()) < 1e15) {
                    return new PropertyValue.IntValue((long) node.doubleValue());
                }
                throw new FieldException("", expected);
            case NUMBER:
                if (node.isNumber() && Double.isFinite(node.doubleValue())) {
                    return new PropertyValue.NumberValue(node.doubleValue());
                }
                throw new FieldException("", expected);
            case DURATION:
                return new PropertyValue.DurationValue(readDuration(node));
            case DISTRIBUTION:
                return new PropertyValue.DistributionValue(readDistribution(node));
            case BOOLEAN:
                if (node.isBoolean()) {
                    return new PropertyValue.BooleanValue(node.booleanValue());
                }
                throw new FieldException("", expected);
            case TEXT:
            case CHOICE:
                if (node.isTextual()) {
                    return new PropertyValue.TextValue(node.textValue());
                }
                throw new FieldException("", expected);
        }
        throw new IllegalStateException(type.toString());
    }

    public static JsonNode writeProperty(PropertyValue value) {
        if (value instanceof PropertyValue.IntValue i) {
            return NODES.numberNode(i.value());
        } else if (value instanceof PropertyValue.NumberValue n) {
            return NODES.numberNode(n.value());
        } else if (value instanceof PropertyValue.DurationValue d) {
            return writeDuration(d.micros());
        } else if (value instanceof PropertyValue.DistributionValue d) {
            return writeDistribution(d.distribution());
        } else if (value instanceof PropertyValue.BooleanValue b) {
            return NODES.booleanNode(b.value());
        } else if (value instanceof PropertyValue.TextValue t) {
            return NODES.textNode(t.value());
        }
        throw new IllegalStateException(String.valueOf(value));
    }

    /** Says what a node is, for error messages: "the number 5", "an object", "nothing". */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "the text \"" + Text.abbreviate(node.textValue(), 40) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + Text.abbreviate(node.asText(), 40);
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** Escapes a field name for use in a JSON pointer. */
    public static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    private static long duration(JsonNode parent, String field) {
        try {
            JsonNode child = parent.get(field);
            if (child == null) {
                throw new FieldException("", "missing \"" + field + "\"");
            }
            return readDuration(child);
        } catch (FieldException e) {
            throw e.pointer().isEmpty() && e.getMessage().startsWith("missing") ? e : e.under("/" + field);
        }
    }

    private static double sigma(JsonNode parent) {
        JsonNode child = parent.get("sigma");
        if (child == null) {
            throw new FieldException("", "missing \"sigma\" (the spread of a log-normal, such as 0.5)");
        }
        if (!child.isNumber()) {
            throw new FieldException("/sigma", "sigma expects a number such as 0.5, found " + describe(child));
        }
        double sigma = child.doubleValue();
        if (!Double.isFinite(sigma) || sigma < 0 || sigma > Distribution.LogNormal.MAX_SIGMA) {
            throw new FieldException(
                    "/sigma",
                    "sigma (the spread of a log-normal) must be from 0 to " + Distribution.LogNormal.MAX_SIGMA
                            + ", got " + Text.abbreviate(child.asText(), 40));
        }
        return sigma;
    }

    /** The names of fields a distribution object may have. */
    public static Set<String> distributionFields(String type) {
        return Set.copyOf(DISTRIBUTION_FIELDS.getOrDefault(type, List.of()));
    }
}
