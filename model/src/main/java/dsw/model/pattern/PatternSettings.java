package dsw.model.pattern;

import dsw.model.kind.PropertySpec;
import dsw.model.kind.PropertyValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One pattern switched on, with a value for each of its settings (defaults filled in). Immutable,
 * thread-safe.
 */
public record PatternSettings(PatternKind kind, Map<String, PropertyValue> values) {
    public PatternSettings {
        Objects.requireNonNull(kind, "kind");
        values = complete(kind, values == null ? Map.of() : values);
    }

    /** The pattern with its default settings. */
    public static PatternSettings defaults(PatternKind kind) {
        return new PatternSettings(kind, Map.of());
    }

    /** The pattern with its default settings, by id from the standard catalog. */
    public static PatternSettings defaults(String id) {
        return defaults(PatternCatalog.standard().get(id));
    }

    public String id() {
        return kind.id();
    }

    /**
     * @throws IllegalArgumentException when the pattern has no such setting or the value does not fit it
     */
    public PatternSettings with(String key, PropertyValue value) {
        Map<String, PropertyValue> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new PatternSettings(kind, copy);
    }

    /** Sets a whole number, a number, a duration, a choice or a yes/no from plain Java values. */
    public PatternSettings with(String key, Object value) {
        PropertySpec spec = spec(key);
        PropertyValue typed =
                switch (spec.type()) {
                    case INTEGER -> new PropertyValue.IntValue(((Number) value).longValue());
                    case NUMBER -> new PropertyValue.NumberValue(((Number) value).doubleValue());
                    case DURATION -> new PropertyValue.DurationValue(((Number) value).longValue());
                    case BOOLEAN -> new PropertyValue.BooleanValue((Boolean) value);
                    case TEXT, CHOICE -> new PropertyValue.TextValue((String) value);
                    case DISTRIBUTION -> new PropertyValue.DistributionValue((dsw.model.value.Distribution) value);
                };
        return with(key, typed);
    }

    public PropertyValue value(String key) {
        PropertyValue value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException(kind.name() + " has no setting " + key);
        }
        return value;
    }

    public long integer(String key) {
        if (value(key) instanceof PropertyValue.IntValue i) {
            return i.value();
        }
        throw new IllegalArgumentException(key + " of " + kind.id() + " is not a whole number");
    }

    public double number(String key) {
        PropertyValue value = value(key);
        if (value instanceof PropertyValue.NumberValue n) {
            return n.value();
        }
        if (value instanceof PropertyValue.IntValue i) {
            return i.value();
        }
        throw new IllegalArgumentException(key + " of " + kind.id() + " is not a number");
    }

    /** A duration in microseconds. */
    public long duration(String key) {
        if (value(key) instanceof PropertyValue.DurationValue d) {
            return d.micros();
        }
        throw new IllegalArgumentException(key + " of " + kind.id() + " is not a duration");
    }

    /** A choice or a text. */
    public String text(String key) {
        if (value(key) instanceof PropertyValue.TextValue t) {
            return t.value();
        }
        throw new IllegalArgumentException(key + " of " + kind.id() + " is not text");
    }

    public boolean bool(String key) {
        if (value(key) instanceof PropertyValue.BooleanValue b) {
            return b.value();
        }
        throw new IllegalArgumentException(key + " of " + kind.id() + " is not yes/no");
    }

    private PropertySpec spec(String key) {
        return kind.property(key)
                .orElseThrow(() -> new IllegalArgumentException(kind.name() + " has no setting \"" + key + "\""));
    }

    private static Map<String, PropertyValue> complete(PatternKind kind, Map<String, PropertyValue> given) {
        for (String key : given.keySet()) {
            if (kind.property(key).isEmpty()) {
                throw new IllegalArgumentException(kind.name() + " has no setting \"" + key + "\"");
            }
        }
        Map<String, PropertyValue> values = new LinkedHashMap<>();
        for (PropertySpec spec : kind.properties()) {
            PropertyValue value = given.get(spec.key());
            values.put(spec.key(), value == null ? spec.defaultValue() : spec.check(value));
        }
        return Collections.unmodifiableMap(values);
    }
}
