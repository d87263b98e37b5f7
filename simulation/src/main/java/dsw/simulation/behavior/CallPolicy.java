package dsw.simulation.behavior;

import dsw.model.pattern.LinkPatterns;
import dsw.model.pattern.PatternSettings;
import dsw.simulation.kernel.Route;
import java.util.Optional;

/**
 * The caller-side resilience patterns switched on for one link, as one caller instance runs them:
 * the attempt timeout and the state of its retry budget, circuit breaker, bulkhead and adaptive
 * throttle (null where the pattern is off). Not thread-safe.
 */
final class CallPolicy {
    /** The patterns this class runs. */
    private static final String[] IDS = {
        "timeout", "retry", "circuitBreaker", "bulkhead", "hedging", "adaptiveThrottling"
    };

    /** True when none of the patterns is on: calls behave as they did before patterns existed. */
    final boolean plain;
    /** How long one attempt waits for its answer. */
    final long timeout;
    /** Attempts in all, 1 without the retry pattern. */
    final int maxAttempts;

    final Backoff backoff;
    final RetryBudget budget;
    final CircuitBreaker breaker;
    final Bulkhead bulkhead;
    final AdaptiveThrottle throttle;
    /** Extra copies of one call at most, 0 without hedging. */
    final int maxHedges;

    final long hedgeDelay;

    CallPolicy(Route route, long defaultTimeout) {
        LinkPatterns patterns = route.model().patterns();
        String target = route.target().name();
        boolean any = false;
        for (String id : IDS) {
            any |= patterns.find(id).isPresent();
        }
        plain = !any;
        timeout = patterns.find("timeout").map(t -> t.duration("duration")).orElse(defaultTimeout);
        Optional<PatternSettings> retry = patterns.find("retry");
        maxAttempts = retry.map(r -> (int) r.integer("maxAttempts")).orElse(1);
        backoff = retry.map(Backoff::new).orElse(null);
        budget = retry.filter(r -> r.number("budget") > 0)
                .map(r -> new RetryBudget(r.number("budget")))
                .orElse(null);
        breaker = patterns.find("circuitBreaker")
                .map(b -> new CircuitBreaker(b, target))
                .orElse(null);
        bulkhead = patterns.find("bulkhead").map(Bulkhead::new).orElse(null);
        throttle =
                patterns.find("adaptiveThrottling").map(AdaptiveThrottle::new).orElse(null);
        Optional<PatternSettings> hedging = patterns.find("hedging");
        maxHedges = hedging.map(h -> (int) h.integer("maxHedges")).orElse(0);
        hedgeDelay = hedging.map(h -> h.duration("delay")).orElse(0L);
    }

    boolean retries() {
        return backoff != null;
    }
}
