package dsw.model.pattern;

import dsw.model.kind.Behavior;
import dsw.model.kind.PropertySpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One pattern a user can switch on, such as a retry policy on a link or a rate limiter on a
 * component, with the settings it takes. Read from the {@link PatternCatalog}. Immutable,
 * thread-safe.
 *
 * @param id the key in files, such as {@code circuitBreaker}
 * @param family the heading it is listed under, such as {@code Resilience}
 * @param target whether it sits on a link (the caller's side of a call) or on a component
 * @param behaviors where it applies: for a link pattern, the behaviours of the calling component;
 *     for a component pattern, the component's own behaviour
 * @param properties its settings, in display order
 */
public record PatternKind(
        String id,
        String name,
        String description,
        String family,
        Target target,
        Set<Behavior> behaviors,
        List<PropertySpec> properties) {

    /** Where a pattern sits. */
    public enum Target {
        LINK,
        COMPONENT
    }

    public PatternKind {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        behaviors = Set.copyOf(behaviors);
        properties = List.copyOf(properties);
    }

    public Optional<PropertySpec> property(String key) {
        return properties.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** True when the pattern has an effect for a component (or a link from one) with this behaviour. */
    public boolean appliesTo(Behavior behavior) {
        return behaviors.contains(behavior);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PatternKind k && k.id.equals(id);
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
