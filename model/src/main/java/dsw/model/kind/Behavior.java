package dsw.model.kind;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a component acts in a simulation. Several kinds can share a behaviour (a mobile app and a
 * browser are both clients), so a new kind that acts like an existing one is pure data.
 */
public enum Behavior {
    /** Generates requests from the scenario's workload and waits for responses. */
    CLIENT,
    /** Forwards each request to one of its backends. */
    LOAD_BALANCER,
    /** Forwards requests like a load balancer; the place for rate limits and auth. */
    GATEWAY,
    /** Spends service time on each request under a concurrency limit and calls downstream. */
    SERVICE,
    /** Keeps a durable key-value state. */
    DATABASE,
    /** Keeps a volatile key-value state with a capacity and a time to live. */
    CACHE,
    /** Holds messages until a consumer takes them. */
    QUEUE,
    /** Answers name lookups; instances register with it. */
    REGISTRY,
    /** Grants leases on named locks. */
    LOCK,
    /** A system outside the design's control, with its own latency and failures. */
    EXTERNAL;

    /** The name used in files, such as {@code load-balancer}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Behavior> fromFileName(String name) {
        return Arrays.stream(values()).filter(b -> b.fileName().equals(name)).findFirst();
    }
}
