package dsw.model.analysis;

import java.util.Set;

/**
 * What one client loses when a single part fails: the components it could reach before and no
 * longer can. Immutable, thread-safe.
 *
 * @param id the component or link whose failure does the damage
 * @param cutOff the components no longer reachable, in design order; never {@code id} itself
 */
public record Cut(String id, Set<String> cutOff) {
    public Cut {
        cutOff = Ordered.copyOf(cutOff);
    }
}
