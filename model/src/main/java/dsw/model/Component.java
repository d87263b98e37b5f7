package dsw.model;

import dsw.model.kind.ComponentKind;
import dsw.model.kind.PropertySpec;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.ComponentPatterns;
import dsw.model.value.Distribution;
import dsw.model.value.Ids;
import dsw.model.value.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One box on the canvas: a client, service, database, ... Immutable, thread-safe.
 *
 * @param id stable id, unique in the design; files, traces and diagrams refer to it
 * @param name the name a user reads; need not be unique
 * @param position where its centre is drawn, or null when the design has not been laid out yet
 * @param group the id of the frame it sits in, or null
 * @param properties every property of the kind, in the kind's order; missing ones take the default
 */
public record Component(
        String id,
        String name,
        ComponentKind kind,
        Position position,
        String group,
        Map<String, PropertyValue> properties,
        ComponentPatterns patterns) {

    public Component {
        Ids.require("component", id);
        Text.requireName("name of component " + id, name, false);
        Objects.requireNonNull(kind, "kind");
        if (group != null) {
            Ids.require("group", group);
        }
        properties = complete(id, kind, properties == null ? Map.of() : properties);
        patterns = patterns == null ? ComponentPatterns.NONE : patterns;
    }

    /** A new component of the kind with default properties, not yet placed. */
    public static Component of(String id, String name, ComponentKind kind) {
        return new Component(id, name, kind, null, null, Map.of(), ComponentPatterns.NONE);
    }

    public Component withName(String value) {
        return new Component(id, value, kind, position, group, properties, patterns);
    }

    public Component withPosition(Position value) {
        return new Component(id, name, kind, value, group, properties, patterns);
    }

    public Component withGroup(String value) {
        return new Component(id, name, kind, position, value, properties, patterns);
    }

    public Component withPatterns(ComponentPatterns value) {
        return new Component(id, name, kind, position, group, properties, value);
    }

    /**
     * @throws IllegalArgumentException when the kind has no such property or the value does not fit it
     */
    public Component withProperty(String key, PropertyValue value) {
        Map<String, PropertyValue> copy = new LinkedHashMap<>(properties);
        copy.put(key, value);
        return new Component(id, name, kind, position, group, copy, patterns);
    }

    /** The same component as another kind, keeping the properties both kinds share where they fit. */
    public Component withKind(ComponentKind value) {
        Map<String, PropertyValue> kept = new LinkedHashMap<>();
        for (PropertySpec spec : value.properties()) {
            PropertyValue old = properties.get(spec.key());
            if (old != null) {
                try {
                    kept.put(spec.key(), spec.check(old));
                } catch (IllegalArgumentException e) {
                    // the old value does not fit the new kind: take the new kind's default
                }
            }
        }
        return new Component(id, name, value, position, group, kept, patterns);
    }

    public PropertyValue property(String key) {
        PropertyValue value = properties.get(key);
        if (value == null) {
            throw new IllegalArgumentException(kind.name() + " has no property " + key);
        }
        return value;
    }

    public Optional<PropertyValue> findProperty(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    public long longProperty(String key) {
        PropertyValue value = property(key);
        if (value instanceof PropertyValue.IntValue i) {
            return i.value();
        }
        throw new IllegalArgumentException(key + " of " + id + " is not a whole number");
    }

    public double numberProperty(String key) {
        PropertyValue value = property(key);
        if (value instanceof PropertyValue.NumberValue n) {
            return n.value();
        }
        if (value instanceof PropertyValue.IntValue i) {
            return i.value();
        }
        throw new IllegalArgumentException(key + " of " + id + " is not a number");
    }

    public long durationProperty(String key) {
        PropertyValue value = property(key);
        if (value instanceof PropertyValue.DurationValue d) {
            return d.micros();
        }
        throw new IllegalArgumentException(key + " of " + id + " is not a duration");
    }

    public Distribution distributionProperty(String key) {
        PropertyValue value = property(key);
        if (value instanceof PropertyValue.DistributionValue d) {
            return d.distribution();
        }
        throw new IllegalArgumentException(key + " of " + id + " is not a distribution");
    }

    public String textProperty(String key) {
        PropertyValue value = property(key);
        if (value instanceof PropertyValue.TextValue t) {
            return t.value();
        }
        throw new IllegalArgumentException(key + " of " + id + " is not text");
    }

    public boolean booleanProperty(String key) {
        PropertyValue value = property(key);
        if (value instanceof PropertyValue.BooleanValue b) {
            return b.value();
        }
        throw new IllegalArgumentException(key + " of " + id + " is not yes/no");
    }

    /** How many instances run behind this box; 1 for kinds without a replica count. */
    public int replicas() {
        PropertyValue value = properties.get(PropertyKeys.REPLICAS);
        return value instanceof PropertyValue.IntValue i ? (int) i.value() : 1;
    }

    /**
     * How many processes run this component: its replicas, times its partitions for a partitioned
     * database or cache (see {@link KeyPartitioning}).
     */
    public int instances() {
        return replicas() * KeyPartitioning.partitionsOf(this);
    }

    private static Map<String, PropertyValue> complete(
            String id, ComponentKind kind, Map<String, PropertyValue> given) {
        for (String key : given.keySet()) {
            if (kind.property(key).isEmpty()) {
                throw new IllegalArgumentException("component " + id + ": a "
                        + kind.name().toLowerCase(java.util.Locale.ROOT) + " has no property \"" + key + "\"");
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
