package dsw.app.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Scheduler} for tests: time stands still until {@link #advance} moves it, and scheduled
 * actions run on the calling thread when their time comes, in order.
 */
public final class ManualScheduler implements Scheduler {
    private final List<Task> tasks = new ArrayList<>();
    private Instant now;
    private long sequence;

    private static final class Task {
        final Instant due;
        final long order;
        final Runnable action;
        boolean cancelled;

        Task(Instant due, long order, Runnable action) {
            this.due = due;
            this.order = order;
            this.action = action;
        }
    }

    public ManualScheduler() {
        this(Instant.parse("2026-11-21T10:00:00Z"));
    }

    public ManualScheduler(Instant start) {
        this.now = start;
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Task task = new Task(now.plus(delay.isNegative() ? Duration.ZERO : delay), sequence++, action);
        tasks.add(task);
        return () -> task.cancelled = true;
    }

    @Override
    public Instant now() {
        return now;
    }

    /** Moves the clock on by {@code amount}, running every action that comes due on the way. */
    public void advance(Duration amount) {
        Instant end = now.plus(amount);
        while (true) {
            tasks.removeIf(t -> t.cancelled);
            Optional<Task> next = tasks.stream()
                    .filter(t -> !t.due.isAfter(end))
                    .min(Comparator.comparing((Task t) -> t.due).thenComparingLong(t -> t.order));
            if (next.isEmpty()) {
                break;
            }
            Task task = next.get();
            tasks.remove(task);
            if (task.due.isAfter(now)) {
                now = task.due;
            }
            task.action.run();
        }
        now = end;
    }

    /** Actions waiting for their time. */
    public int pending() {
        tasks.removeIf(t -> t.cancelled);
        return tasks.size();
    }
}
