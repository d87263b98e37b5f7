package dsw.model.pattern;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pattern choices of one component: how its data is replicated, what consistency it
 * promises, and the patterns switched on for it (a rate limiter, load shedding, health checks,
 * ...), in catalog order. Immutable, thread-safe.
 */
public record ComponentPatterns(Replication replication, ConsistencyModel consistency, List<PatternSettings> enabled) {
    public static final ComponentPatterns NONE =
            new ComponentPatterns(Replication.NONE, ConsistencyModel.NONE, List.of());

    public ComponentPatterns {
        Objects.requireNonNull(replication, "replication");
        Objects.requireNonNull(consistency, "consistency");
        enabled = PatternSet.of(PatternKind.Target.COMPONENT, enabled);
    }

    public ComponentPatterns(Replication replication, ConsistencyModel consistency) {
        this(replication, consistency, List.of());
    }

    public static ComponentPatterns of(PatternSettings... settings) {
        return new ComponentPatterns(Replication.NONE, ConsistencyModel.NONE, List.of(settings));
    }

    public Optional<PatternSettings> find(String id) {
        return PatternSet.find(enabled, id);
    }

    /** These patterns with {@code settings} switched on (replacing the pattern's earlier settings). */
    public ComponentPatterns with(PatternSettings settings) {
        return new ComponentPatterns(replication, consistency, PatternSet.with(enabled, settings));
    }

    public ComponentPatterns without(String id) {
        return new ComponentPatterns(replication, consistency, PatternSet.without(enabled, id));
    }

    public boolean isDefault() {
        return equals(NONE);
    }
}
