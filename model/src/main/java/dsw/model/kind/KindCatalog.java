package dsw.model.kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dsw.model.json.ValueCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The component kinds dsw knows, read from {@code dsw/model/kinds.json}. Adding a kind that acts
 * like an existing one means adding one entry to that file. Immutable, thread-safe.
 */
public final class KindCatalog {
    private static final String RESOURCE = "/dsw/model/kinds.json";
    private static final KindCatalog STANDARD = load();

    private final Map<String, ComponentKind> kinds;

    private KindCatalog(List<ComponentKind> kinds) {
        Map<String, ComponentKind> byId = new LinkedHashMap<>();
        for (ComponentKind kind : kinds) {
            if (byId.put(kind.id(), kind) != null) {
                throw new IllegalStateException("kind " + kind.id() + " is declared twice in " + RESOURCE);
            }
        }
        this.kinds = java.util.Collections.unmodifiableMap(byId);
    }

    /** The catalog shipped with dsw. */
    public static KindCatalog standard() {
        return STANDARD;
    }

    public Optional<ComponentKind> find(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    /**
     * @throws IllegalArgumentException listing the known kinds when there is no kind with this id
     */
    public ComponentKind get(String id) {
        ComponentKind kind = kinds.get(id);
        if (kind == null) {
            throw new IllegalArgumentException("unknown component kind \"" + id + "\"; known kinds are " + idList());
        }
        return kind;
    }

    /** All kinds in palette order. */
    public List<ComponentKind> all() {
        return List.copyOf(kinds.values());
    }

    public List<ComponentKind> withBehavior(Behavior behavior) {
        return kinds.values().stream().filter(k -> k.behavior() == behavior).collect(Collectors.toList());
    }

    /** The known ids, comma separated, for error messages. */
    public String idList() {
        return String.join(", ", kinds.keySet());
    }

    private static KindCatalog load() {
        try (InputStream in = KindCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<ComponentKind> kinds = new ArrayList<>();
            for (JsonNode node : root.path("kinds")) {
                kinds.add(readKind(node));
            }
            return new KindCatalog(kinds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static ComponentKind readKind(JsonNode node) {
        String id = node.path("id").asText();
        Behavior behavior = Behavior.fromFileName(node.path("behavior").asText())
                .orElseThrow(() -> new IllegalStateException("kind " + id + " has an unknown behavior"));
        List<PropertySpec> properties = new ArrayList<>();
        for (JsonNode p : node.path("properties")) {
            properties.add(readSpec(id, p));
        }
        return new ComponentKind(
                id,
                node.path("name").asText(),
                node.path("description").asText(),
                behavior,
                node.path("icon").asText(),
                node.path("diagram").asText("node"),
                properties);
    }

    private static PropertySpec readSpec(String kindId, JsonNode node) {
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
            throw new IllegalStateException("kind " + kindId + ", property " + key + ": " + e.getMessage(), e);
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
