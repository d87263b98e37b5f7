package dsw.app.session;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ids of the selected components, links and frames, in the order they were selected; the first
 * is the primary one the inspector shows. Immutable, thread-safe.
 */
public record Selection(List<String> ids) {
    public static final Selection EMPTY = new Selection(List.of());

    public Selection {
        ids = List.copyOf(new LinkedHashSet<>(ids));
    }

    public static Selection of(String id) {
        return new Selection(List.of(id));
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public Optional<String> primary() {
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    /** The same selection without ids that are no longer in {@code existing}. */
    public Selection retain(Set<String> existing) {
        return new Selection(ids.stream().filter(existing::contains).toList());
    }
}
