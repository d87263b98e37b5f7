package dsw.simulation;

import dsw.model.Design;
import dsw.model.InvalidDesignException;
import dsw.model.scenario.Fault;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.behavior.Handlers;
import dsw.simulation.kernel.Handler;
import dsw.simulation.kernel.Kernel;
import dsw.simulation.kernel.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One deterministic run of a design under a scenario: the same design, scenario and seed always
 * give the same trace, byte for byte. Runs forward on demand (to a time, by events, one event,
 * until a condition); earlier moments are rebuilt by re-running from the start with the faults
 * recorded so far.
 *
 * <p>Thread-safety: one thread at a time drives a simulation; the {@link #trace()} may be read
 * from other threads up to its published size.
 */
public final class Simulation {
    private static final int POLL_EVERY = 4096;

    private final Design design;
    private final Scenario scenario;
    private final Handler.Factory handlers;
    private final Kernel kernel;
    private final long end;

    private Simulation(Design design, Scenario scenario, Handler.Factory handlers) {
        this.design = design;
        this.scenario = scenario;
        this.handlers = handlers;
        this.end = scenario.duration();
        this.kernel = new Kernel(new Topology(design, scenario), scenario, handlers);
        kernel.trace().publish();
    }

    /** A run of {@code design} under its own scenario, with the standard behaviours. */
    public static Simulation of(Design design) {
        return of(design, design.scenario());
    }

    /** A run of {@code design} under {@code scenario} (its seed, length, workload and faults). */
    public static Simulation of(Design design, Scenario scenario) {
        return of(design, scenario, Handlers.standard());
    }

    /** A run with custom handlers, for tests and benchmarks. */
    public static Simulation of(Design design, Scenario scenario, Handler.Factory handlers) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(handlers, "handlers");
        return new Simulation(design, scenario, handlers);
    }

    public Design design() {
        return design;
    }

    /** The scenario the run started from (without faults injected since). */
    public Scenario scenario() {
        return scenario;
    }

    public Trace trace() {
        return kernel.trace();
    }

    /** Virtual time reached, in microseconds. */
    public long now() {
        return kernel.now();
    }

    /** The run's end time. */
    public long end() {
        return end;
    }

    /** True when nothing more will happen before the end time and every recorded event is shown. */
    public boolean isFinished() {
        return !kernel.hasEventBy(end)
                && kernel.trace().recorded() == kernel.trace().size();
    }

    /** Kernel events run so far, including timers and deliveries that record nothing. */
    public long kernelEvents() {
        return kernel.steps();
    }

    public boolean isUp(int process) {
        return kernel.isUp(process);
    }

    public boolean isPaused(int process) {
        return kernel.isPaused(process);
    }

    public long lamport(int process) {
        return kernel.lamport(process);
    }

    /** Runs to the end time. */
    public RunOutcome runToEnd(RunMonitor monitor) {
        return run(end, Long.MAX_VALUE, null, monitor);
    }

    /** Runs every event up to and including virtual time {@code time} (capped at the end). */
    public RunOutcome runUntil(long time, RunMonitor monitor) {
        return run(time, Long.MAX_VALUE, null, monitor);
    }

    /** Runs until the trace shows exactly {@code count} more events, or the end. */
    public RunOutcome runEvents(long count, RunMonitor monitor) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot run a negative number of events: " + count);
        }
        return run(end, trace().size() + count, null, monitor);
    }

    /** Runs until the trace shows exactly one more event; false at the end of the run. */
    public boolean step() {
        return runEvents(1, RunMonitor.NONE) == RunOutcome.EVENTS_RECORDED;
    }

    /** Runs until an event meets {@code condition}, which is then the trace's last event, or the end. */
    public RunOutcome runUntil(StopCondition condition, RunMonitor monitor) {
        return run(end, Long.MAX_VALUE, Objects.requireNonNull(condition, "condition"), monitor);
    }

    /**
     * One kernel step can record several events (a receive and the sends it causes). A run that
     * stops at an event count or a condition shows the trace up to that event and keeps the rest of
     * the step's events, all at the current moment, for the next call.
     */
    private RunOutcome run(long time, long eventLimit, StopCondition condition, RunMonitor monitor) {
        long limit = Math.min(time, end);
        Trace trace = kernel.trace();
        int checked = trace.size();
        int shown = -1;
        int sincePoll = 0;
        try {
            while (true) {
                int size = trace.recorded();
                if (condition != null) {
                    for (; checked < size; checked++) {
                        if (condition.test(trace, checked)) {
                            shown = checked + 1;
                            return RunOutcome.CONDITION_MET;
                        }
                    }
                }
                if (size >= eventLimit) {
                    shown = (int) eventLimit;
                    return RunOutcome.EVENTS_RECORDED;
                }
                if (!kernel.hasEventBy(limit)) {
                    break;
                }
                if (++sincePoll == POLL_EVERY) {
                    sincePoll = 0;
                    trace.publish();
                    monitor.progress(kernel.now(), end, trace.size());
                    if (monitor.isCancelled()) {
                        return RunOutcome.CANCELLED;
                    }
                }
                kernel.step();
            }
            if (kernel.now() > limit) {
                shown = trace.size(); // events kept from an earlier call happen after the time asked for
            }
            kernel.advanceTo(limit);
            return limit >= end ? RunOutcome.FINISHED : RunOutcome.TIME_REACHED;
        } finally {
            trace.publish(shown < 0 ? trace.recorded() : shown);
            monitor.progress(kernel.now(), end, trace.size());
        }
    }

    /**
     * Injects a fault during the run. It takes effect 1 µs after the current virtual time,
     * before anything else at that moment, and is recorded with the scenario's faults so that
     * {@link #replayScenario()} repeats this run exactly.
     *
     * @throws IllegalArgumentException when the fault names a component, link or partition the
     *     design does not have
     */
    public ScheduledFault inject(Fault fault) {
        ScheduledFault scheduled = new ScheduledFault(kernel.now() + 1, fault);
        List<ScheduledFault> all = new ArrayList<>(faults());
        all.add(scheduled);
        try {
            design.withScenario(scenario.withFaults(all));
        } catch (InvalidDesignException e) {
            throw new IllegalArgumentException(
                    "cannot inject \"" + fault.describe() + "\": "
                            + e.problems().stream()
                                    .map(p -> p.message())
                                    .collect(java.util.stream.Collectors.joining("; ")),
                    e);
        }
        kernel.scheduleFault(scheduled);
        return scheduled;
    }

    /** The scenario's faults followed by those injected, in the order they were scheduled. */
    public List<ScheduledFault> faults() {
        return kernel.faults();
    }

    /** The scenario with every fault so far, injected ones included: replaying it repeats this run. */
    public Scenario replayScenario() {
        return scenario.withFaults(faults());
    }

    /**
     * A new simulation of the same run rebuilt to virtual time {@code time} by a deterministic
     * re-run from the start, with every fault recorded so far. Its trace equals this one's up to
     * that time.
     */
    public Simulation rebuildAt(long time, RunMonitor monitor) {
        if (time < 0) {
            throw new IllegalArgumentException("cannot rebuild before time 0: " + Micros.format(time));
        }
        Simulation again = new Simulation(design, replayScenario(), handlers);
        again.runUntil(time, monitor);
        return again;
    }

    /** A new simulation rebuilt until its trace holds exactly {@code events} events. */
    public Simulation rebuildToEvents(int events, RunMonitor monitor) {
        Simulation again = new Simulation(design, replayScenario(), handlers);
        again.runEvents(events, monitor);
        return again;
    }
}
