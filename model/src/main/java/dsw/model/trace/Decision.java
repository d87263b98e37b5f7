package dsw.model.trace;

import java.util.Locale;

/**
 * What a pattern decided at a process, carried by a {@link EventType#LOCAL} event so that the
 * event log, the space-time diagram, the charts and the canvas can find every retry, breaker
 * change or shed request without parsing labels. The label still says it in words.
 */
public enum Decision {
    /** An ordinary local event that is no pattern's decision. */
    NONE,
    /** A call got no answer within its timeout. */
    TIMEOUT,
    /** A failed call will be tried again after a backoff. */
    RETRY,
    /** A failed call is not tried again: attempts used up or the retry budget spent. */
    GIVE_UP,
    /** A second copy of a slow call was sent to another instance. */
    HEDGE,
    /** A circuit breaker opened: calls fail at once until its wait is over. */
    BREAKER_OPEN,
    /** A circuit breaker lets a few trial calls through. */
    BREAKER_HALF_OPEN,
    /** A circuit breaker closed again: calls flow. */
    BREAKER_CLOSED,
    /** A call was refused by the caller's own breaker, bulkhead or throttle, and never sent. */
    CALL_REFUSED,
    /** A request was refused by the callee's rate limiter. */
    RATE_LIMITED,
    /** A request was shed by the callee because its queue was too long or too old. */
    SHED,
    /** A repeated request was recognised by its idempotency key and answered from memory. */
    DEDUPLICATED,
    /** A non-idempotent write was applied once more for the same request. */
    APPLIED_AGAIN,
    /** A conditional write found a newer version and was refused. */
    CONFLICT,
    /** A queue handed a message out again. */
    REDELIVER,
    /** A queue gave up on a message and moved it to its dead-letter queue. */
    DEAD_LETTER,
    /** A health check marked a backend down. */
    BACKEND_DOWN,
    /** A health check marked a backend up again. */
    BACKEND_UP,
    /** The set of backends changed, and with it which backend owns which keys. */
    KEYS_MOVED,
    /** A caller asked the registry for a service's instances. */
    RESOLVED,
    /** The registry dropped an instance whose registration was not renewed. */
    EXPIRED,
    /** A process began a graceful shutdown: no new work, finishing what it has. */
    DRAINING,
    /** A process finished draining and stopped. */
    STOPPED,
    /** A blind write overwrote a version its writer had not read: an update was lost. */
    LOST_UPDATE;

    private final String wireName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The name in the trace file, such as {@code "breaker-open"}. */
    public String wireName() {
        return wireName;
    }

    public static Decision fromWireName(String name) {
        for (Decision d : values()) {
            if (d.wireName.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown decision \"" + name + "\"");
    }
}
