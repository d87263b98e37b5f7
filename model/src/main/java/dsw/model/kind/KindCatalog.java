package dsw.model.kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
            properties.add(PropertySpecs.read("kind " + id, p));
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
}
