package dsw.app.animation;

import dsw.model.trace.Trace;

/**
 * Every process's state after the first {@link #shown()} events of a run: see {@link
 * ProcessStates} for what counts. Immutable, thread-safe.
 */
public final class ProcessSnapshot {
    private final int shown;
    private final long time;
    private final Condition[] conditions;
    private final int[] queues;
    private final int[] lasts;
    private final long[] lamports;

    private ProcessSnapshot(int shown, long time, Condition[] conditions, int[] queues, int[] lasts, long[] lamports) {
        this.shown = shown;
        this.time = time;
        this.conditions = conditions;
        this.queues = queues;
        this.lasts = lasts;
        this.lamports = lamports;
    }

    static ProcessSnapshot of(Trace trace, StateTracker state, int[] limits) {
        int n = state.processCount();
        int shown = state.position;
        long time = shown == 0 ? 0 : trace.time(shown - 1);
        Condition[] conditions = new Condition[n];
        long[] lamports = new long[n];
        for (int p = 0; p < n; p++) {
            conditions[p] = switch (state.run[p]) {
                case StateTracker.CRASHED -> Condition.CRASHED;
                case StateTracker.PAUSED -> Condition.PAUSED;
                default -> state.queue[p] > limits[p] || state.overloadedAt[p] > time - ProcessStates.RECENT
                        ? Condition.OVERLOADED
                        : Condition.UP;
            };
            lamports[p] = state.last[p] < 0 ? 0 : trace.lamport(state.last[p]);
        }
        return new ProcessSnapshot(shown, time, conditions, state.queue.clone(), state.last.clone(), lamports);
    }

    /** The events taken into account: seqs below this. */
    public int shown() {
        return shown;
    }

    /** The time of the last event taken into account (0 before any). */
    public long time() {
        return time;
    }

    public int processCount() {
        return conditions.length;
    }

    public Condition condition(int process) {
        return conditions[process];
    }

    /** Requests received and not answered yet (see {@link ProcessStates}). */
    public int queue(int process) {
        return queues[process];
    }

    /** The Lamport clock after the process's last event, 0 before any. */
    public long lamport(int process) {
        return lamports[process];
    }

    /** The seq of the process's last event, or -1 before any. */
    public int lastEvent(int process) {
        return lasts[process];
    }
}
