package dsw.simulation.kernel;

import dsw.model.pattern.Replication;
import dsw.model.scenario.Fault;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.ReplicaState;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import dsw.simulation.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The single-threaded discrete-event kernel. Pending events are ordered by (time, order): faults
 * scheduled for a moment come before every other event of that moment, and otherwise events
 * run in the order they were scheduled. Randomness comes from one generator seeded by the run's
 * seed and split once per process and once per link, in design order. Not thread-safe: one
 * thread drives it.
 */
public final class Kernel {
    private static final long NORMAL = 1L << 62;

    private final Topology topology;
    private final Trace trace;
    private final EventQueue queue = new EventQueue();
    private final Network network;
    private final Proc[] procs;
    private final List<ScheduledFault> faults = new ArrayList<>();
    private long now;
    private long order;
    private int requestIds;
    private long steps;

    public Kernel(Topology topology, Scenario scenario, Handler.Factory handlers) {
        this.topology = topology;
        this.trace = new Trace(topology.header(scenario.seed()));
        SplittableRandom root = new SplittableRandom(scenario.seed());
        procs = new Proc[topology.processCount()];
        for (int p = 0; p < procs.length; p++) {
            procs[p] = new Proc(this, topology, p, root.split());
        }
        network = new Network(this, topology, root.split());
        for (Proc proc : procs) {
            proc.handler = handlers.create(topology, scenario, proc.index);
        }
        for (ScheduledFault fault : scenario.faults()) {
            scheduleFault(fault);
        }
        for (Proc proc : procs) {
            schedule(0, new KernelEvents.Start(proc));
        }
        boolean replicated = topology.design().components().stream()
                .anyMatch(c -> !(c.patterns().replication() instanceof Replication.None));
        if (replicated) {
            queue.push(scenario.duration(), Long.MAX_VALUE, new KernelEvents.EndOfRun());
        }
    }

    public Topology topology() {
        return topology;
    }

    public Trace trace() {
        return trace;
    }

    /** Virtual time in microseconds: the time of the event being run or last run. */
    public long now() {
        return now;
    }

    /** Kernel events run so far, including timers and deliveries that record nothing. */
    public long steps() {
        return steps;
    }

    /** Whether an event is pending at or before {@code limit}. */
    public boolean hasEventBy(long limit) {
        return !queue.isEmpty() && queue.peekTime() <= limit;
    }

    /** Moves the clock forward to {@code time} when no event is pending before it. */
    public void advanceTo(long time) {
        if (hasEventBy(time - 1)) {
            throw new IllegalStateException("events are pending before " + Micros.format(time));
        }
        now = Math.max(now, time);
    }

    /** Runs the next event. Only when one is pending. */
    public void step() {
        now = queue.peekTime();
        Object item = queue.pop();
        steps++;
        if (item instanceof KernelEvents.Arrival arrival) {
            arrive(arrival);
        } else if (item instanceof KernelEvents.TimerFire fire) {
            fire(fire);
        } else if (item instanceof KernelEvents.Loss loss) {
            drop(loss.envelope(), loss.reason());
        } else if (item instanceof KernelEvents.FaultFire fault) {
            apply(fault.fault());
        } else if (item instanceof KernelEvents.Resume resume) {
            resume(resume);
        } else if (item instanceof KernelEvents.Start start) {
            start(start);
        } else if (item instanceof KernelEvents.DrainOver over) {
            drainOver(over);
        } else if (item instanceof KernelEvents.EndOfRun) {
            recordReplicaStates();
        } else {
            throw new IllegalStateException("unknown kernel event " + item);
        }
    }

    /** Every fault of the run so far: the scenario's, then those injected, in scheduling order. */
    public List<ScheduledFault> faults() {
        return List.copyOf(faults);
    }

    /**
     * Schedules a fault. It takes effect at {@code at}, before any other event at that time; a
     * fault injected during a run must be later than {@link #now()} so that a re-run from the
     * recorded faults repeats the run exactly.
     */
    public void scheduleFault(ScheduledFault fault) {
        if (fault.at() < now || (steps > 0 && fault.at() <= now)) {
            throw new IllegalArgumentException("a fault injected at " + Micros.format(now)
                    + " must take effect later, not at " + Micros.format(fault.at()));
        }
        faults.add(fault);
        queue.push(fault.at(), order++, new KernelEvents.FaultFire(fault.fault()));
    }

    // ---- used by processes and the network ----

    void schedule(long time, Object item) {
        queue.push(time, NORMAL | order++, item);
    }

    int nextRequestId() {
        return requestIds++;
    }

    int send(Proc proc, int link, int to, Message message, int replyTo) {
        proc.lamport++;
        int msg = trace.addMessage(
                proc.index,
                to,
                link,
                message.kind(),
                message.operation(),
                message.key(),
                message.status(),
                message.request(),
                replyTo,
                message.size(),
                message.label(),
                message.value());
        trace.append(now, EventType.SEND, proc.index, msg, proc.lamport, proc.clock.read(now), DropReason.NONE, null);
        network.transmit(new Envelope(msg, proc.index, to, link, message, proc.lamport, replyTo), now);
        return msg;
    }

    void drop(Envelope envelope, DropReason reason) {
        trace.append(now, EventType.DROP, -1, envelope.msg(), 0, now, reason, null);
    }

    void markDuplicated(Envelope envelope) {
        trace.markDuplicated(envelope.msg());
    }

    void recordLocal(Proc proc, String description) {
        record(proc, EventType.LOCAL, description);
    }

    void recordDecision(Proc proc, Decision decision, String description) {
        proc.lamport++;
        trace.append(
                now,
                EventType.LOCAL,
                proc.index,
                -1,
                proc.lamport,
                proc.clock.read(now),
                DropReason.NONE,
                decision,
                description);
    }

    private void record(Proc proc, EventType type, String description) {
        proc.lamport++;
        trace.append(now, type, proc.index, -1, proc.lamport, proc.clock.read(now), DropReason.NONE, description);
    }

    // ---- event handling ----

    private void arrive(KernelEvents.Arrival arrival) {
        Envelope envelope = arrival.envelope();
        Proc proc = procs[envelope.to()];
        DropReason reason = network.checkArrival(arrival);
        if (reason == DropReason.NONE && arrival.corrupt()) {
            reason = DropReason.CORRUPT;
        }
        if (reason == DropReason.NONE && !proc.isUp()) {
            reason = DropReason.CRASH;
        }
        if (reason != DropReason.NONE) {
            drop(envelope, reason);
        } else if (proc.paused) {
            proc.backlog.add(arrival);
        } else {
            deliver(proc, envelope);
        }
    }

    private void deliver(Proc proc, Envelope envelope) {
        if (!proc.handler.hasRoom(envelope.body())) {
            drop(envelope, DropReason.QUEUE_FULL);
            return;
        }
        proc.lamport = Math.max(proc.lamport, envelope.lamport()) + 1;
        trace.append(
                now,
                EventType.RECEIVE,
                proc.index,
                envelope.msg(),
                proc.lamport,
                proc.clock.read(now),
                DropReason.NONE,
                null);
        proc.handler.onMessage(proc, envelope);
    }

    private void fire(KernelEvents.TimerFire fire) {
        Proc proc = fire.proc();
        if (fire.incarnation() != proc.incarnation) {
            return;
        }
        if (proc.paused) {
            proc.backlog.add(fire);
        } else {
            proc.handler.onTimer(proc, fire.timer());
        }
    }

    /**
     * Starts a process at time 0. A process that a fault at time 0 crashed starts when it recovers;
     * one that it paused starts when it resumes.
     */
    private void start(KernelEvents.Start start) {
        Proc proc = start.proc();
        if (!proc.isUp()) {
            return;
        }
        if (proc.paused) {
            proc.backlog.add(start);
        } else {
            proc.handler.start(proc);
        }
    }

    private void resume(KernelEvents.Resume resume) {
        Proc proc = resume.proc();
        if (!proc.paused || resume.token() != proc.pauseToken) {
            return;
        }
        proc.paused = false;
        record(proc, EventType.RESUME, "resume");
        while (!proc.backlog.isEmpty() && proc.isUp()) {
            Object item = proc.backlog.poll();
            if (item instanceof KernelEvents.Arrival arrival) {
                deliver(proc, arrival.envelope());
            } else if (item instanceof KernelEvents.Start start) {
                start(start);
            } else if (item instanceof KernelEvents.Shutdown shutdown) {
                shutdown(shutdown);
            } else {
                fire((KernelEvents.TimerFire) item);
            }
        }
    }

    private void apply(Fault fault) {
        String text = fault.describe();
        switch (fault.type()) {
            case CRASH -> eachInstance(fault, proc -> crash(proc, text));
            case RECOVER -> eachInstance(fault, proc -> recover(proc, text));
            case SHUTDOWN -> eachInstance(
                    fault, proc -> shutdown(new KernelEvents.Shutdown(proc, ((Fault.Shutdown) fault).drain())));
            case PAUSE -> eachInstance(fault, proc -> pause(proc, ((Fault.Pause) fault).duration(), text));
            case CLOCK_SKEW -> {
                Fault.ClockSkew skew = (Fault.ClockSkew) fault;
                eachInstance(fault, proc -> proc.clock.skew(now, skew.offset(), skew.driftPpm()));
                recordFault(text);
            }
            case PARTITION -> {
                Fault.Partition p = (Fault.Partition) fault;
                network.partition(p.name(), topology.expand(p.sideA()), topology.expand(p.sideB()), p.oneWay());
                recordFault(text);
            }
            case HEAL -> {
                network.heal(((Fault.Heal) fault).partition());
                recordFault(text);
            }
            case LINK_DOWN -> {
                network.setDown(topology.linkIndex(((Fault.LinkDown) fault).link()), true);
                recordFault(text);
            }
            case LINK_LOSS -> {
                Fault.LinkLoss loss = (Fault.LinkLoss) fault;
                network.setLoss(topology.linkIndex(loss.link()), loss.loss());
                recordFault(text);
            }
            case PROMOTE -> promote(fault);
            case LINK_UP -> {
                network.setDown(topology.linkIndex(((Fault.LinkUp) fault).link()), false);
                recordFault(text);
            }
        }
    }

    /** Applies {@code action} to each instance the fault names: all of a component's, or the one named as {@code "db#2"}. */
    private void eachInstance(Fault fault, java.util.function.Consumer<Proc> action) {
        String target = fault.targets().get(0);
        int[] instances = topology.instancesOf(Fault.Partition.componentOf(target));
        int instance = Fault.Partition.instanceOf(target);
        if (instance > 0) {
            action.accept(procs[instances[instance - 1]]);
            return;
        }
        for (int p : instances) {
            action.accept(procs[p]);
        }
    }

    /** The operator promotes one instance to leader; a crashed or paused one does not hear of it. */
    private void promote(Fault fault) {
        recordFault(fault.describe());
        eachInstance(fault, proc -> {
            if (proc.isUp() && !proc.paused) {
                proc.handler.onPromote(proc);
            }
        });
    }

    /** Whether a partition stops peer messages between processes {@code a} and {@code b}. */
    boolean separated(int a, int b) {
        return network.separates(a, b);
    }

    /** At the end of the run, each replica that is up and not paused records what it holds. */
    private void recordReplicaStates() {
        for (Proc proc : procs) {
            if (!proc.isUp() || proc.paused) {
                continue;
            }
            Optional<ReplicaState> state = proc.handler.replicaState(proc);
            if (state.isPresent()) {
                proc.lamport++;
                trace.appendState(
                        now,
                        proc.index,
                        proc.lamport,
                        proc.clock.read(now),
                        "state at the end of the run: "
                                + Text.count(state.get().data().size(), "key"),
                        state.get());
            }
        }
    }

    private void recordFault(String text) {
        trace.append(now, EventType.FAULT, -1, -1, 0, now, DropReason.NONE, text);
    }

    private void crash(Proc proc, String text) {
        if (!proc.isUp()) {
            return;
        }
        record(proc, EventType.CRASH, text);
        proc.state = Proc.State.CRASHED;
        proc.incarnation++;
        proc.paused = false;
        while (!proc.backlog.isEmpty()) {
            if (proc.backlog.poll() instanceof KernelEvents.Arrival arrival) {
                drop(arrival.envelope(), DropReason.CRASH);
            }
        }
        proc.handler.onCrash();
    }

    private void recover(Proc proc, String text) {
        if (proc.isUp()) {
            return;
        }
        proc.state = Proc.State.UP;
        record(proc, EventType.RECOVER, text);
        proc.handler.start(proc);
    }

    /** Tells the handler to drain, and schedules the stop for when the drain time is over. */
    private void shutdown(KernelEvents.Shutdown shutdown) {
        Proc proc = shutdown.proc();
        if (!proc.isUp()) {
            return;
        }
        if (proc.paused) {
            proc.backlog.add(shutdown);
            return;
        }
        schedule(now + shutdown.drain(), new KernelEvents.DrainOver(proc, proc.incarnation));
        proc.handler.onShutdown(proc, shutdown.drain());
    }

    private void drainOver(KernelEvents.DrainOver over) {
        Proc proc = over.proc();
        if (proc.isUp() && over.incarnation() == proc.incarnation) {
            stop(proc, "stopped: the drain time is over, unfinished work is lost");
        }
    }

    /** Ends a graceful shutdown: the process stops as a crash stops it. */
    void stop(Proc proc, String description) {
        if (!proc.isUp()) {
            return;
        }
        recordDecision(proc, Decision.STOPPED, description);
        crash(proc, "stopped after a graceful shutdown");
    }

    private void pause(Proc proc, long duration, String text) {
        if (!proc.isUp()) {
            return;
        }
        record(proc, EventType.PAUSE, text);
        proc.pauseEnd = proc.paused ? Math.max(proc.pauseEnd, now + duration) : now + duration;
        proc.paused = true;
        proc.pauseToken++;
        schedule(proc.pauseEnd, new KernelEvents.Resume(proc, proc.pauseToken));
    }

    /** Whether process {@code process} is up (not crashed). */
    public boolean isUp(int process) {
        return procs[process].isUp();
    }

    /** Whether process {@code process} is paused. */
    public boolean isPaused(int process) {
        return procs[process].paused;
    }

    /** The Lamport clock of process {@code process} now. */
    public long lamport(int process) {
        return procs[process].lamport;
    }
}
