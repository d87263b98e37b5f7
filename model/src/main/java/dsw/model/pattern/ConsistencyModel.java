package dsw.model.pattern;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The consistency a data component promises its clients, from weakest to strongest. The
 * replication issue adds the checkers that say whether a run kept the promise.
 */
public enum ConsistencyModel {
    /** No promise stated. */
    NONE,
    /** Replicas converge once writes stop and faults heal. */
    EVENTUAL,
    /** A session never reads older data than it read before. */
    MONOTONIC_READS,
    /** A session always sees its own writes. */
    READ_YOUR_WRITES,
    /** Operations related by cause are seen in that order everywhere. */
    CAUSAL,
    /** One total order that respects each client's program order. */
    SEQUENTIAL,
    /** One total order that respects real time: the system acts like a single copy. */
    LINEARIZABLE;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ConsistencyModel> fromFileName(String name) {
        return Arrays.stream(values()).filter(c -> c.fileName().equals(name)).findFirst();
    }
}
