package dsw.model.pattern;

/**
 * The caller-side resilience patterns on a link (timeouts, retries, circuit breaker, ...). Only
 * {@link None} exists so far; the resilience issue adds the records. Immutable, thread-safe.
 */
public sealed interface Resilience {
    /** The name used in files. */
    String type();

    Resilience NONE = new None();

    /** Calls go out as they are: no retries, no breaker. */
    record None() implements Resilience {
        @Override
        public String type() {
            return "none";
        }
    }
}
