package dsw.simulation.behavior;

import dsw.model.pattern.PatternSettings;
import java.util.random.RandomGenerator;

/**
 * How long a caller waits before retry number n, from the {@code retry} pattern's settings: a
 * fixed or exponentially growing wait, capped at {@code maxWait}, randomised by one of the jitters
 * of the AWS architecture blog ("Exponential Backoff And Jitter"). Immutable, thread-safe.
 */
final class Backoff {
    private final long wait;
    private final boolean exponential;
    private final double multiplier;
    private final long maxWait;
    private final String jitter;

    Backoff(PatternSettings retry) {
        wait = retry.duration("waitDuration");
        exponential = retry.text("backoff").equals("exponential");
        multiplier = retry.number("multiplier");
        maxWait = Math.max(wait, retry.duration("maxWait"));
        jitter = retry.text("jitter");
    }

    /**
     * The wait before retry {@code retry} (1 for the first), given the wait before the previous
     * one ({@code previous}, 0 before the first); draws from {@code random} only when jittered.
     */
    long next(int retry, long previous, RandomGenerator random) {
        long base = exponential ? (long) Math.min(maxWait, wait * Math.pow(multiplier, retry - 1.0)) : wait;
        return switch (jitter) {
            case "full" -> between(random, 0, base);
            case "equal" -> base / 2 + between(random, 0, base - base / 2);
            case "decorrelated" -> Math.min(maxWait, between(random, wait, 3 * Math.max(wait, previous)));
            default -> base;
        };
    }

    private static long between(RandomGenerator random, long low, long high) {
        return high <= low ? low : random.nextLong(low, high + 1);
    }
}
