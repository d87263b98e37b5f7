package dsw.model.kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of component (service, database, load balancer, ...), as declared in the kind catalog.
 * Immutable, thread-safe. Equality is by id: a catalog never holds two kinds with the same id.
 *
 * @param id the name in files, such as {@code load-balancer}
 * @param name the name a user reads, such as "Load balancer"
 * @param behavior how the simulation runs components of this kind
 * @param icon an Ikonli icon literal for the palette and canvas, such as {@code mdi2d-database}
 * @param diagramElement the PlantUML element that draws it best, such as {@code database}
 * @param properties the kind's properties, in the order a property sheet shows them
 */
public record ComponentKind(
        String id,
        String name,
        String description,
        Behavior behavior,
        String icon,
        String diagramElement,
        List<PropertySpec> properties) {

    public ComponentKind {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(behavior, "behavior");
        description = description == null ? "" : description;
        icon = icon == null ? "" : icon;
        diagramElement = diagramElement == null ? "node" : diagramElement;
        properties = List.copyOf(properties);
        long distinct = properties.stream().map(PropertySpec::key).distinct().count();
        if (distinct != properties.size()) {
            throw new IllegalArgumentException("kind " + id + " declares a property twice");
        }
    }

    public Optional<PropertySpec> property(String key) {
        return properties.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Every property at its default value, in declaration order. */
    public Map<String, PropertyValue> defaults() {
        Map<String, PropertyValue> values = new LinkedHashMap<>();
        properties.forEach(p -> values.put(p.key(), p.defaultValue()));
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComponentKind k && k.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
