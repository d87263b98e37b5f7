package dsw.model.kind;

import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.util.Locale;
import java.util.Objects;

/** A typed value of a component property. Immutable, thread-safe. */
public sealed interface PropertyValue {

    PropertyType type();

    /** The value as a user reads it in a property sheet or tooltip. */
    String display();

    /** A whole number. */
    record IntValue(long value) implements PropertyValue {
        @Override
        public PropertyType type() {
            return PropertyType.INTEGER;
        }

        @Override
        public String display() {
            return Long.toString(value);
        }
    }

    /** A finite decimal number. */
    record NumberValue(double value) implements PropertyValue {
        public NumberValue {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("expected a finite number, got " + value);
            }
        }

        @Override
        public PropertyType type() {
            return PropertyType.NUMBER;
        }

        @Override
        public String display() {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value)
                    : String.format(Locale.ROOT, "%s", value);
        }
    }

    /** A duration in virtual microseconds. */
    record DurationValue(long micros) implements PropertyValue {
        public DurationValue {
            if (micros < 0 || micros > Micros.MAX) {
                throw new IllegalArgumentException("duration out of range: " + micros + "us");
            }
        }

        @Override
        public PropertyType type() {
            return PropertyType.DURATION;
        }

        @Override
        public String display() {
            return Micros.format(micros);
        }
    }

    /** A duration distribution. */
    record DistributionValue(Distribution distribution) implements PropertyValue {
        public DistributionValue {
            Objects.requireNonNull(distribution, "distribution");
        }

        @Override
        public PropertyType type() {
            return PropertyType.DISTRIBUTION;
        }

        @Override
        public String display() {
            return distribution.describe();
        }
    }

    /** Yes or no. */
    record BooleanValue(boolean value) implements PropertyValue {
        @Override
        public PropertyType type() {
            return PropertyType.BOOLEAN;
        }

        @Override
        public String display() {
            return value ? "yes" : "no";
        }
    }

    /** Text, or the chosen word of a {@link PropertyType#CHOICE} property. */
    record TextValue(String value) implements PropertyValue {
        public TextValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public PropertyType type() {
            return PropertyType.TEXT;
        }

        @Override
        public String display() {
            return value;
        }
    }
}
