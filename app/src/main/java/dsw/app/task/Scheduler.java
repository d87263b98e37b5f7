package dsw.app.task;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs actions later on the UI thread and tells the time, so that timed behaviour (autosave) is
 * tested by moving a manual clock instead of sleeping. The app uses {@link FxScheduler}.
 * Implementations are used on the UI thread only.
 */
public interface Scheduler {

    /** A scheduled action that has not run yet. */
    @FunctionalInterface
    interface Scheduled {
        /** Makes sure the action does not run; does nothing once it has run. */
        void cancel();
    }

    /** Runs {@code action} once on the UI thread after {@code delay}. */
    Scheduled schedule(Duration delay, Runnable action);

    /** The current time. */
    Instant now();
}
