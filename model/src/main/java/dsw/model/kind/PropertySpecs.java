package dsw.model.kind;

import com.fasterxml.jackson.databind.JsonNode;
import dsw.model.json.ValueCodec;
import java.util.ArrayList;
import java.util.List;

/** Reads the property specs of the catalogs shipped with dsw (kinds and patterns). */
public final class PropertySpecs {
    private PropertySpecs() {}

    /**
     * Reads one spec: key, label, description, type, default, min, max, choices and unit.
     *
     * @param owner what declares the property, such as {@code "kind cache"}, for the message
     * @throws IllegalStateException when the shipped catalog is broken
     */
    public static PropertySpec read(String owner, JsonNode node) {
        String key = node.path("key").asText();
        try {
            PropertyType type = PropertyType.valueOf(node.path("type").asText().toUpperCase(java.util.Locale.ROOT));
            List<String> choices = new ArrayList<>();
            node.path("choices").forEach(c -> choices.add(c.asText()));
            Double min = bound(type, node.get("min"));
            Double max = bound(type, node.get("max"));
            PropertySpec untyped = new PropertySpec(
                    key,
                    node.path("label").asText(key),
                    node.path("description").asText(),
                    type,
                    placeholder(type, choices),
                    null,
                    null,
                    choices,
                    node.path("unit").asText(""));
            PropertyValue defaultValue = ValueCodec.readProperty(untyped, node.path("default"));
            return new PropertySpec(
                    key, untyped.label(), untyped.description(), type, defaultValue, min, max, choices, untyped.unit());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(owner + ", property " + key + ": " + e.getMessage(), e);
        }
    }

    private static Double bound(PropertyType type, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return type == PropertyType.DURATION ? (double) ValueCodec.readDuration(node) : node.doubleValue();
    }

    /** A value of the right type, used only in the range-less spec that reads the real default. */
    private static PropertyValue placeholder(PropertyType type, List<String> choices) {
        return switch (type) {
            case INTEGER -> new PropertyValue.IntValue(0);
            case NUMBER -> new PropertyValue.NumberValue(0);
            case DURATION -> new PropertyValue.DurationValue(0);
            case DISTRIBUTION -> new PropertyValue.DistributionValue(new dsw.model.value.Distribution.Constant(0));
            case BOOLEAN -> new PropertyValue.BooleanValue(false);
            case TEXT -> new PropertyValue.TextValue("");
            case CHOICE -> new PropertyValue.TextValue(choices.get(0));
        };
    }
}
