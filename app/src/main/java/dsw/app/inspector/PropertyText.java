package dsw.app.inspector;

import dsw.model.kind.PropertySpec;
import dsw.model.kind.PropertyType;
import dsw.model.kind.PropertyValue;
import dsw.model.value.DistributionText;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A component property as the text of its editor, and back: whole numbers and numbers as digits,
 * durations such as {@code 20ms}, distributions as {@link DistributionText} writes them, yes/no as
 * {@code true}/{@code false}. Parsing checks the property's rule, so what it returns fits the
 * property. Thread-safe (stateless).
 */
final class PropertyText {
    private PropertyText() {}

    static String format(PropertyValue value) {
        if (value instanceof PropertyValue.DistributionValue d) {
            return DistributionText.format(d.distribution());
        }
        if (value instanceof PropertyValue.DurationValue d) {
            return Micros.format(d.micros());
        }
        if (value instanceof PropertyValue.BooleanValue b) {
            return Boolean.toString(b.value());
        }
        return value.display();
    }

    /**
     * @throws IllegalArgumentException naming the property and the rule the text breaks
     */
    static PropertyValue parse(PropertySpec spec, String text) {
        String trimmed = text == null ? "" : text.strip();
        PropertyValue value =
                switch (spec.type()) {
                    case INTEGER, NUMBER -> number(spec, trimmed);
                    case DURATION -> new PropertyValue.DurationValue(Micros.parse(trimmed));
                    case DISTRIBUTION -> new PropertyValue.DistributionValue(DistributionText.parse(trimmed));
                    case BOOLEAN -> bool(spec, trimmed);
                    case TEXT, CHOICE -> new PropertyValue.TextValue(trimmed);
                };
        return spec.check(value);
    }

    private static PropertyValue number(PropertySpec spec, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(spec.label() + " expects " + spec.describeType() + ", got nothing");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    spec.label() + " expects " + spec.describeType() + ", got \"" + Text.abbreviate(text, 40) + "\"",
                    e);
        }
        if (spec.type() == PropertyType.INTEGER && number.stripTrailingZeros().scale() <= 0) {
            try {
                return new PropertyValue.IntValue(number.longValueExact());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(spec.label() + " " + text + " is far too large", e);
            }
        }
        return new PropertyValue.NumberValue(number.doubleValue());
    }

    private static PropertyValue bool(PropertySpec spec, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> new PropertyValue.BooleanValue(true);
            case "false", "no", "off" -> new PropertyValue.BooleanValue(false);
            default -> throw new IllegalArgumentException(
                    spec.label() + " expects yes or no, got \"" + Text.abbreviate(text, 40) + "\"");
        };
    }
}
