package dsw.model.analysis;

import java.util.Set;

/**
 * What one client loses when a single part fails: the components it could reach before and no
 * longer can. Immutable, thread-safe.
 *
 * @param id the component or link whose failure does the damage
 * @param cutOff the components no longer reachable, never {@code id} itself; kept in the order given,
 *     which is design order for the cuts {@link TopologyGraph} returns
 */
public record Cut(String id, Set<String> cutOff) {
    public Cut {
        cutOff = Ordered.copyOf(cutOff);
    }
}
