package dsw.model.pattern;

import java.util.Objects;

/** The pattern choices of one component. Immutable, thread-safe. */
public record ComponentPatterns(Replication replication, ConsistencyModel consistency) {
    public static final ComponentPatterns NONE = new ComponentPatterns(Replication.NONE, ConsistencyModel.NONE);

    public ComponentPatterns {
        Objects.requireNonNull(replication, "replication");
        Objects.requireNonNull(consistency, "consistency");
    }

    public boolean isDefault() {
        return equals(NONE);
    }
}
