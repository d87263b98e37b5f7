package dsw.model.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dsw.model.kind.Behavior;
import dsw.model.kind.PropertySpec;
import dsw.model.kind.PropertySpecs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The patterns dsw can run, read from {@code dsw/model/patterns.json}: what each is called, where
 * it applies and which settings it takes, with defaults that follow the libraries engineers use
 * (see docs/patterns.md). The simulation decides what each does. Immutable, thread-safe.
 */
public final class PatternCatalog {
    private static final String RESOURCE = "/dsw/model/patterns.json";
    private static final PatternCatalog STANDARD = load();

    private final Map<String, PatternKind> patterns;
    private final Map<String, Integer> order = new LinkedHashMap<>();

    private PatternCatalog(List<PatternKind> kinds) {
        Map<String, PatternKind> byId = new LinkedHashMap<>();
        for (PatternKind kind : kinds) {
            if (byId.put(kind.id(), kind) != null) {
                throw new IllegalStateException("pattern " + kind.id() + " is declared twice in " + RESOURCE);
            }
            order.put(kind.id(), order.size());
        }
        this.patterns = Collections.unmodifiableMap(byId);
    }

    /** The catalog shipped with dsw. */
    public static PatternCatalog standard() {
        return STANDARD;
    }

    public Optional<PatternKind> find(String id) {
        return Optional.ofNullable(patterns.get(id));
    }

    /**
     * @throws IllegalArgumentException naming the known patterns when there is none with this id
     */
    public PatternKind get(String id) {
        PatternKind kind = patterns.get(id);
        if (kind == null) {
            throw new IllegalArgumentException("unknown pattern \"" + id + "\"; known patterns are " + idList());
        }
        return kind;
    }

    /** All patterns in display order. */
    public List<PatternKind> all() {
        return List.copyOf(patterns.values());
    }

    /** The patterns of one target that apply to this behaviour, in display order. */
    public List<PatternKind> applicable(PatternKind.Target target, Behavior behavior) {
        return patterns.values().stream()
                .filter(p -> p.target() == target && p.appliesTo(behavior))
                .toList();
    }

    /** The ids of the patterns of one target, comma separated, for messages. */
    public String idList(PatternKind.Target target) {
        return String.join(
                ", ",
                patterns.values().stream()
                        .filter(p -> p.target() == target)
                        .map(PatternKind::id)
                        .toList());
    }

    String idList() {
        return String.join(", ", patterns.keySet());
    }

    /** The display position of a pattern, so that sets of them keep one order in files. */
    int rank(String id) {
        Integer rank = order.get(id);
        return rank == null ? Integer.MAX_VALUE : rank;
    }

    private static PatternCatalog load() {
        try (InputStream in = PatternCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<PatternKind> kinds = new ArrayList<>();
            for (JsonNode node : root.path("patterns")) {
                kinds.add(read(node));
            }
            return new PatternCatalog(kinds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static PatternKind read(JsonNode node) {
        String id = node.path("id").asText();
        PatternKind.Target target =
                PatternKind.Target.valueOf(node.path("on").asText().toUpperCase(Locale.ROOT));
        EnumSet<Behavior> behaviors = EnumSet.noneOf(Behavior.class);
        for (JsonNode b : node.path("behaviors")) {
            behaviors.add(Behavior.fromFileName(b.asText())
                    .orElseThrow(() ->
                            new IllegalStateException("pattern " + id + " names an unknown behaviour " + b.asText())));
        }
        List<PropertySpec> properties = new ArrayList<>();
        for (JsonNode p : node.path("properties")) {
            properties.add(PropertySpecs.read("pattern " + id, p));
        }
        return new PatternKind(
                id,
                node.path("name").asText(),
                node.path("description").asText(),
                node.path("family").asText(),
                target,
                behaviors,
                properties);
    }
}
