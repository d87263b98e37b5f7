package dsw.app.run;

import dsw.model.Design;
import dsw.model.scenario.Fault;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.trace.Trace;
import dsw.simulation.RunMonitor;
import dsw.simulation.RunOutcome;
import dsw.simulation.Simulation;
import dsw.simulation.StopCondition;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Drives one simulation on a thread of its own so the window never waits for it. Every call on the
 * simulation happens on that thread, one piece of work at a time; the window reads the trace up to
 * its published size and the volatile figures below, and gets each result through {@code toFx}.
 * Work runs in slices: a new request or a cancel stops the slice running, and the simulation
 * carries on from there with the next request. Thread-safe.
 */
public final class RunEngine {
    /** What a piece of work did. {@code trace} is a new object after a restart or a rebuild. */
    public record Result(long generation, Trace trace, RunOutcome outcome, String error) {}

    /** Progress of long work: virtual time reached and the run's end, events recorded. */
    public record Progress(long now, long end, int events) {}

    private final Executor worker;
    private final Consumer<Runnable> toFx;
    private final AtomicBoolean interrupt = new AtomicBoolean();
    private final AtomicBoolean aheadQueued = new AtomicBoolean();
    private volatile Simulation simulation;
    private volatile long generation;
    private volatile long complete = -1;
    private volatile boolean finished;
    private volatile long aheadTarget;
    private volatile Consumer<Progress> progress = p -> {};

    /**
     * @param worker runs the engine's work, one piece at a time, in order (a single thread)
     * @param toFx hands a result to the FX thread (such as {@code Platform::runLater})
     */
    public RunEngine(Executor worker, Consumer<Runnable> toFx) {
        this.worker = worker;
        this.toFx = toFx;
    }

    /** Receives progress of long work, on the FX thread, a few times a second at most. */
    public void onProgress(Consumer<Progress> listener) {
        progress = listener;
    }

    /** The trace of the current run, or null before the first start. */
    public Trace trace() {
        Simulation s = simulation;
        return s == null ? null : s.trace();
    }

    /**
     * The virtual time up to which the published trace is complete: every event at or before it is
     * in the trace. -1 before the run starts.
     */
    public long completeUpTo() {
        return complete;
    }

    /** True when the run reached its end: the trace holds everything that happens. */
    public boolean isFinished() {
        return finished;
    }

    /** Incremented by every start and rebuild; results of older work carry the old value. */
    public long generation() {
        return generation;
    }

    /** Stops the work running now; it can be continued by asking again. */
    public void cancel() {
        interrupt.set(true);
    }

    /** Starts a new run of {@code design} under {@code scenario}, dropping the current one. */
    public void start(Design design, Scenario scenario, Consumer<Result> done) {
        interrupt.set(true);
        submit(done, () -> {
            Simulation started = Simulation.of(design, scenario);
            install(started);
            return RunOutcome.TIME_REACHED;
        });
    }

    /**
     * Makes sure the trace is complete up to virtual time {@code time}, running in the background;
     * cheap to call every frame. Does not interrupt other work.
     */
    public void ensureAhead(long time) {
        if (time > aheadTarget) {
            aheadTarget = time;
        }
        if (finished || complete >= aheadTarget || !aheadQueued.compareAndSet(false, true)) {
            return;
        }
        long gen = generation;
        worker.execute(() -> {
            aheadQueued.set(false);
            Simulation s = simulation;
            if (s == null || gen != generation) {
                return;
            }
            interrupt.set(false);
            RunOutcome outcome = s.runUntil(aheadTarget, monitor(s));
            settle(s, outcome, aheadTarget);
        });
    }

    /** Runs until the trace holds {@code count} more events than the simulation has recorded so far. */
    public void runEvents(int count, Consumer<Result> done) {
        interrupt.set(true);
        submit(done, () -> {
            Simulation s = running();
            RunOutcome outcome = s.runEvents(count, monitor(s));
            settle(s, outcome, -1);
            return outcome;
        });
    }

    /** Runs until virtual time {@code time} (capped at the end), with progress; cancellable. */
    public void runUntil(long time, Consumer<Result> done) {
        interrupt.set(true);
        submit(done, () -> {
            Simulation s = running();
            RunOutcome outcome = s.runUntil(time, monitor(s));
            settle(s, outcome, time);
            return outcome;
        });
    }

    /** Runs on until an event meets {@code condition}, which is then the trace's last event. */
    public void runUntil(StopCondition condition, Consumer<Result> done) {
        interrupt.set(true);
        submit(done, () -> {
            Simulation s = running();
            RunOutcome outcome = s.runUntil(condition, monitor(s));
            settle(s, outcome, -1);
            return outcome;
        });
    }

    /**
     * Injects {@code fault} so that it takes effect just after virtual time {@code at}. When the
     * simulation has already run past {@code at}, the run is first rebuilt to {@code at} by a
     * deterministic re-run from the start with every fault recorded so far; the trace after {@code
     * at} is then replaced. The result's trace is the run's (possibly new) trace.
     */
    public void inject(Fault fault, long at, Consumer<Result> done) {
        interrupt.set(true);
        submit(done, () -> {
            Simulation s = running();
            if (s.now() > at) {
                Simulation rebuilt = s.rebuildAt(at, monitor(s));
                install(rebuilt);
                s = rebuilt;
            } else if (s.now() < at) {
                s.runUntil(at, RunMonitor.NONE);
            }
            s.inject(fault);
            settle(s, RunOutcome.TIME_REACHED, at);
            return RunOutcome.TIME_REACHED;
        });
    }

    /** The scenario that repeats the run so far, faults injected included; null before a start. */
    public Scenario replayScenario() {
        Simulation s = simulation;
        return s == null ? null : s.replayScenario();
    }

    /** The run's end time, or 0 before a start. */
    public long end() {
        Simulation s = simulation;
        return s == null ? 0 : s.end();
    }

    /** The faults of the run so far; read on the FX thread after a result. */
    public java.util.List<ScheduledFault> faults() {
        Simulation s = simulation;
        return s == null ? java.util.List.of() : s.faults();
    }

    private Simulation running() {
        Simulation s = simulation;
        if (s == null) {
            throw new IllegalStateException("no run has started");
        }
        return s;
    }

    private void install(Simulation s) {
        simulation = s;
        generation++;
        complete = -1;
        finished = s.isFinished();
        aheadTarget = 0;
    }

    /** Records how far the trace is complete after a run call returned {@code outcome}. */
    private void settle(Simulation s, RunOutcome outcome, long time) {
        if (s != simulation) {
            return;
        }
        finished = s.isFinished();
        Trace trace = s.trace();
        long reached;
        if (finished) {
            reached = s.end();
        } else if (outcome == RunOutcome.TIME_REACHED || outcome == RunOutcome.FINISHED) {
            reached = Math.min(time, s.now());
        } else {
            // Stopped mid-moment (an event count, a condition, a cancel): events at the current
            // moment may still follow, so only what is strictly earlier is known to be complete.
            int size = trace.size();
            long last = size == 0 ? 0 : trace.time(size - 1);
            reached = Math.min(s.now(), last) - 1;
        }
        complete = Math.max(complete, reached);
    }

    private RunMonitor monitor(Simulation s) {
        return new RunMonitor() {
            private long lastReport = System.nanoTime();

            @Override
            public boolean isCancelled() {
                return interrupt.get();
            }

            @Override
            public void progress(long now, long end, int events) {
                if (s == simulation) {
                    complete = Math.max(complete, now - 1);
                }
                long wall = System.nanoTime();
                if (wall - lastReport > 100_000_000L) {
                    lastReport = wall;
                    Progress p = new Progress(now, end, events);
                    Consumer<Progress> listener = progress;
                    toFx.accept(() -> listener.accept(p));
                }
            }
        };
    }

    @FunctionalInterface
    private interface Work {
        RunOutcome run();
    }

    private void submit(Consumer<Result> done, Work work) {
        worker.execute(() -> {
            interrupt.set(false);
            Result result;
            try {
                RunOutcome outcome = work.run();
                result = new Result(generation, trace(), outcome, null);
            } catch (RuntimeException e) {
                result = new Result(generation, trace(), null, message(e));
            }
            Result r = result;
            toFx.accept(() -> done.accept(r));
        });
    }

    private static String message(RuntimeException e) {
        String text = e.getMessage();
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
