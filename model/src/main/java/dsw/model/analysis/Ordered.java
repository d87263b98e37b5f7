package dsw.model.analysis;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Unmodifiable sets that keep the order they were given, so results list ids in design order. */
final class Ordered {
    private Ordered() {}

    static Set<String> copyOf(Collection<String> ids) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }
}
