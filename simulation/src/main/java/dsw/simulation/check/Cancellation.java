package dsw.simulation.check;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/** Tells a running check to give up with "unknown": a deadline, a flag another thread sets, or never. Thread-safe. */
@FunctionalInterface
public interface Cancellation {
    /** True once the check should stop. Called often, so it must be cheap. */
    boolean cancelled();

    /** Never cancels. */
    static Cancellation never() {
        return () -> false;
    }

    /** Cancels once {@code budget} has passed from now (monotonic clock; checks run outside simulations). */
    static Cancellation after(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        return () -> System.nanoTime() - deadline > 0;
    }

    /** Cancels when {@code flag} is set, for a Cancel button. */
    static Cancellation when(AtomicBoolean flag) {
        return flag::get;
    }
}
