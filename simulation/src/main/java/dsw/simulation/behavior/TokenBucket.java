package dsw.simulation.behavior;

/**
 * A token bucket on the virtual clock: it holds up to {@code burst} tokens, starts full and
 * refills at a steady rate. Like Resilience4j's rate limiter with a timeout, a request that finds
 * no token may reserve the next one when it comes soon enough. Not thread-safe.
 */
final class TokenBucket {
    private final double perMicro;
    private final double burst;
    private double tokens;
    private long updated;

    TokenBucket(double ratePerSecond, long burst, long now) {
        this.perMicro = ratePerSecond / 1_000_000.0;
        this.burst = burst;
        this.tokens = burst;
        this.updated = now;
    }

    /**
     * Takes a token at {@code now}: returns 0 when one is there, the wait in microseconds when the
     * next free token comes within {@code maxWait} (it is then reserved), or -1 when the request
     * must be turned away.
     */
    long acquire(long now, long maxWait) {
        if (now > updated) {
            tokens = Math.min(burst, tokens + (now - updated) * perMicro);
            updated = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        long wait = (long) Math.ceil((1 - tokens) / perMicro);
        if (wait > maxWait) {
            return -1;
        }
        tokens -= 1;
        return wait;
    }
}
