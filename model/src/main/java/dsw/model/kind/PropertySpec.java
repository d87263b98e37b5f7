package dsw.model.kind;

import dsw.model.kind.PropertyValue.DurationValue;
import dsw.model.kind.PropertyValue.IntValue;
import dsw.model.kind.PropertyValue.NumberValue;
import dsw.model.kind.PropertyValue.TextValue;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import java.util.List;
import java.util.Objects;

/**
 * Declares one property of a component kind: its key in files, its type, the default value and the
 * allowed range. Immutable, thread-safe.
 *
 * @param key the name in files, such as {@code queueCapacity}
 * @param label the name a user reads, such as "Queue capacity"
 * @param min the smallest allowed number (integers, numbers) or duration in microseconds; null for none
 * @param max the largest allowed value, like {@code min}
 * @param choices the allowed words of a {@link PropertyType#CHOICE}, empty otherwise
 * @param unit a unit shown next to numbers, such as "requests"; empty for none
 */
public record PropertySpec(
        String key,
        String label,
        String description,
        PropertyType type,
        PropertyValue defaultValue,
        Double min,
        Double max,
        List<String> choices,
        String unit) {

    public PropertySpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == PropertyType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice property " + key + " has no choices");
        }
        defaultValue = check(label, type, min, max, choices, defaultValue);
    }

    /**
     * Returns the value if it fits this property, converting where that loses nothing (a whole
     * number where a decimal is expected).
     *
     * @throws IllegalArgumentException with a message that names the property and the rule
     */
    public PropertyValue check(PropertyValue value) {
        return check(label, type, min, max, choices, value);
    }

    private static PropertyValue check(
            String label, PropertyType type, Double min, Double max, List<String> choices, PropertyValue value) {
        Objects.requireNonNull(value, () -> label + " has no value");
        PropertyValue converted = convert(label, type, choices, value);
        if (converted instanceof IntValue i) {
            checkRange(label, type, min, max, i.value(), Long.toString(i.value()));
        } else if (converted instanceof NumberValue n) {
            checkRange(label, type, min, max, n.value(), n.display());
        } else if (converted instanceof DurationValue d) {
            checkRange(label, type, min, max, d.micros(), Micros.format(d.micros()));
        } else if (converted instanceof TextValue t) {
            Text.requireName(label, t.value(), type != PropertyType.CHOICE);
            if (type == PropertyType.CHOICE && !choices.contains(t.value())) {
                throw new IllegalArgumentException(label + " must be one of " + String.join(", ", choices) + "; got \""
                        + Text.abbreviate(t.value(), 40) + "\"");
            }
        }
        return converted;
    }

    private static PropertyValue convert(String label, PropertyType type, List<String> choices, PropertyValue value) {
        if (type == PropertyType.NUMBER && value instanceof IntValue i) {
            return new NumberValue(i.value());
        }
        if (type == PropertyType.INTEGER
                && value instanceof NumberValue n
                && n.value() == Math.rint(n.value())
                && Math.abs(n.value()) < 1e15) {
            return new IntValue((long) n.value());
        }
        boolean fits = value.type() == type || (type == PropertyType.CHOICE && value instanceof TextValue);
        if (!fits) {
            throw new IllegalArgumentException(
                    label + " expects " + describeType(type, choices) + ", got " + describe(value));
        }
        return value;
    }

    private static void checkRange(
            String label, PropertyType type, Double min, Double max, double value, String shown) {
        if (min != null && value < min) {
            throw new IllegalArgumentException(label + " must be at least " + bound(type, min) + ", got " + shown);
        }
        if (max != null && value > max) {
            throw new IllegalArgumentException(label + " must be at most " + bound(type, max) + ", got " + shown);
        }
    }

    private static String bound(PropertyType type, double limit) {
        if (type == PropertyType.DURATION) {
            return Micros.format((long) limit);
        }
        return limit == Math.rint(limit) ? Long.toString((long) limit) : Double.toString(limit);
    }

    /** The expected type in words, for error messages. */
    public String describeType() {
        return describeType(type, choices);
    }

    private static String describeType(PropertyType type, List<String> choices) {
        return switch (type) {
            case INTEGER -> "a whole number";
            case NUMBER -> "a number";
            case DURATION -> "a duration such as \"20ms\"";
            case DISTRIBUTION -> "a distribution such as {\"type\": \"constant\", \"value\": \"5ms\"}";
            case BOOLEAN -> "true or false";
            case TEXT -> "text";
            case CHOICE -> "one of " + String.join(", ", choices);
        };
    }

    private static String describe(PropertyValue value) {
        return switch (value.type()) {
            case INTEGER -> "the whole number " + value.display();
            case NUMBER -> "the number " + value.display();
            case DURATION -> "the duration " + value.display();
            case DISTRIBUTION -> "a distribution";
            case BOOLEAN -> value.display().equals("yes") ? "true" : "false";
            case TEXT, CHOICE -> "the text \"" + Text.abbreviate(value.display(), 40) + "\"";
        };
    }
}
