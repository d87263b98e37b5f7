package dsw.model.trace;

import java.util.Locale;

/**
 * What a pattern decided at a process, carried by a {@link EventType#LOCAL} event so that the
 * event log, the space-time diagram, the charts and the canvas can find every retry, breaker
 * change or shed request without parsing labels. The label still says it in words.
 */
public enum Decision {
    /** An ordinary local event that is no pattern's decision. */
    NONE(Family.NONE),
    /** A call got no answer within its timeout. */
    TIMEOUT(Family.RESILIENCE),
    /** A failed call will be tried again after a backoff. */
    RETRY(Family.RESILIENCE),
    /** A failed call is not tried again: attempts used up or the retry budget spent. */
    GIVE_UP(Family.RESILIENCE),
    /** A second copy of a slow call was sent to another instance. */
    HEDGE(Family.RESILIENCE),
    /** A circuit breaker opened: calls fail at once until its wait is over. */
    BREAKER_OPEN(Family.RESILIENCE),
    /** A circuit breaker lets a few trial calls through. */
    BREAKER_HALF_OPEN(Family.RESILIENCE),
    /** A circuit breaker closed again: calls flow. */
    BREAKER_CLOSED(Family.RESILIENCE),
    /** A call was refused by the caller's own breaker, bulkhead or throttle, and never sent. */
    CALL_REFUSED(Family.RESILIENCE),
    /** A request was refused by the callee's rate limiter. */
    RATE_LIMITED(Family.PROTECTION),
    /** A request was shed by the callee because its queue was too long or too old. */
    SHED(Family.PROTECTION),
    /** A repeated request was recognised by its idempotency key and answered from memory. */
    DEDUPLICATED(Family.MESSAGING),
    /** A non-idempotent write was applied once more for the same request. */
    APPLIED_AGAIN(Family.MESSAGING),
    /** A conditional write found a newer version and was refused. */
    CONFLICT(Family.MESSAGING),
    /** A queue handed a message out again. */
    REDELIVER(Family.MESSAGING),
    /** A queue gave up on a message and moved it to its dead-letter queue. */
    DEAD_LETTER(Family.MESSAGING),
    /** A health check marked a backend down. */
    BACKEND_DOWN(Family.BALANCING),
    /** A health check marked a backend up again. */
    BACKEND_UP(Family.BALANCING),
    /** The set of backends changed, and with it which backend owns which keys. */
    KEYS_MOVED(Family.BALANCING),
    /** A caller asked the registry for a service's instances. */
    RESOLVED(Family.BALANCING),
    /** The registry dropped an instance whose registration was not renewed. */
    EXPIRED(Family.BALANCING),
    /** A process began a graceful shutdown: no new work, finishing what it has. */
    DRAINING(Family.PROTECTION),
    /** A process finished draining and stopped. */
    STOPPED(Family.PROTECTION),
    /** A blind write overwrote a version its writer had not read: an update was lost. */
    LOST_UPDATE(Family.MESSAGING),
    /** A leaderless read sent the newest version to a replica that answered an older one. */
    READ_REPAIR(Family.MESSAGING),
    /**
     * An observer's note: a leaderless read answered an older version than one the component had
     * acknowledged before the read began.
     */
    STALE_READ(Family.MESSAGING),
    /** A leaderless coordinator did not get R answers or W acknowledgements in time and answered error. */
    QUORUM_FAILED(Family.MESSAGING),
    /** A leaderless coordinator keeps a write a replica did not acknowledge, to hand it over later. */
    HINT_STORED(Family.MESSAGING),
    /** A replica acknowledged a write its coordinator had kept for it as a hint. */
    HINT_DELIVERED(Family.MESSAGING),
    /**
     * A multi-leader replica discarded a write it had acknowledged because another write's stamp
     * was later, although that write happened earlier in real time (a clock ahead): last writer
     * wins lost it.
     */
    LWW_DISCARDED(Family.MESSAGING),
    /** A multi-leader read found concurrent versions of a key and returned them all. */
    SIBLINGS(Family.MESSAGING),
    /** A follower took over as the leader of its single-leader replica group, with a new term. */
    FAILOVER(Family.MESSAGING),
    /**
     * An observer's note: a new leader took over without a write the old leader had
     * acknowledged, which is lost.
     */
    LOST_WRITE(Family.MESSAGING),
    /** An observer's note: two instances of one replica group accepted writes as leader at the same time. */
    SPLIT_BRAIN(Family.MESSAGING),
    /** A deposed leader's write was refused, or it stepped down, because of a newer term (fencing). */
    FENCED(Family.MESSAGING),
    /**
     * An observer's note at the end of a run: what a replica held then, key by key, carried in the
     * event's {@link ReplicaState} so that checkers can compare replicas.
     */
    REPLICA_STATE(Family.MESSAGING);

    /** The family of patterns a decision comes from, for colours and legends. */
    public enum Family {
        /** Not a pattern's decision. */
        NONE,
        /** Caller-side resilience: timeouts, retries, hedging, circuit breakers, bulkheads, throttles. */
        RESILIENCE,
        /** Callee-side protection: rate limiting, load shedding, graceful shutdown. */
        PROTECTION,
        /** Idempotency and messaging: de-duplication, conditional writes, redelivery, dead letters. */
        MESSAGING,
        /** Load balancing and discovery: health checks, key movement, registry look-ups and expiry. */
        BALANCING
    }

    private final String wireName = name().toLowerCase(Locale.ROOT).replace('_', '-');
    private final Family family;

    Decision(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    /**
     * The callee a circuit breaker decision's label names, which tells a caller's breakers apart:
     * "breaker open for payments: 60% of 20 calls failed" gives "payments"; "" when there is none.
     */
    public static String breakerCallee(String label) {
        int at = label.indexOf(" for ");
        if (at < 0) {
            return "";
        }
        String rest = label.substring(at + 5);
        int colon = rest.indexOf(':');
        return (colon < 0 ? rest : rest.substring(0, colon)).strip();
    }

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
