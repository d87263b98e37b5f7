package dsw.simulation.behavior;

import dsw.model.pattern.PatternSettings;
import dsw.model.value.Micros;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code rateLimiter} pattern on a server: one token bucket for all callers (global) or one
 * per calling process (per-client); a request waits up to {@code maxWait} for a token
 * (throttling) or is turned away. Not thread-safe.
 */
final class RateLimiter {
    private final double rate;
    private final long burst;
    private final long maxWait;
    private final boolean perClient;
    private final Map<Integer, TokenBucket> buckets = new HashMap<>();

    RateLimiter(PatternSettings settings) {
        rate = settings.number("rate");
        burst = settings.integer("burst");
        maxWait = settings.duration("maxWait");
        perClient = settings.text("scope").equals("per-client");
    }

    /**
     * Takes a token for a request from process {@code caller}: 0 to go on at once, a wait in
     * microseconds, or -1 to turn it away.
     */
    long acquire(long now, int caller) {
        return buckets.computeIfAbsent(perClient ? caller : -1, c -> new TokenBucket(rate, burst, now))
                .acquire(now, maxWait);
    }

    /** Why {@code what} was turned away, such as "rate limited GET k3: no token (50/s, burst 50)". */
    String refusal(String what) {
        String within = maxWait == 0 ? "" : " within " + Micros.humanize(maxWait);
        String scope = perClient ? " for this caller" : "";
        return "rate limited " + what + ": no token" + within + scope + " (" + perSecond() + "/s, burst " + burst + ")";
    }

    private String perSecond() {
        String text = String.format(Locale.ROOT, "%.3f", rate);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
