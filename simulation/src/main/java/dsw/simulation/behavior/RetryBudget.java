package dsw.simulation.behavior;

import dsw.model.value.Micros;
import dsw.model.value.Text;
import java.util.ArrayDeque;

/**
 * A retry budget on one link of one caller instance, like Finagle's: over the last ten seconds,
 * retries may be at most a percentage of the calls made, so retries cannot multiply the load on a
 * callee that is down. Not thread-safe.
 */
final class RetryBudget {
    /** How far back calls and retries are counted. */
    static final long WINDOW = 10 * Micros.PER_SECOND;

    private final double percent;
    private final ArrayDeque<Long> calls = new ArrayDeque<>();
    private final ArrayDeque<Long> retries = new ArrayDeque<>();

    RetryBudget(double percent) {
        this.percent = percent;
    }

    /** A first attempt was made at {@code now}. */
    void called(long now) {
        calls.add(now);
    }

    /** True, and the retry counted, when one more retry at {@code now} stays within the budget. */
    boolean tryRetry(long now) {
        drop(calls, now);
        drop(retries, now);
        if (retries.size() + 1 > percent / 100 * calls.size()) {
            return false;
        }
        retries.add(now);
        return true;
    }

    /** The figures behind a spent budget, for a label. */
    String spent() {
        return "retry budget spent (" + retries.size() + (retries.size() == 1 ? " retry" : " retries") + " for "
                + Text.count(calls.size(), "call") + " in " + Micros.humanize(WINDOW) + ")";
    }

    private static void drop(ArrayDeque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - WINDOW) {
            times.removeFirst();
        }
    }
}
