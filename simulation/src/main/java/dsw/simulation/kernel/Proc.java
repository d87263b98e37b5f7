package dsw.simulation.kernel;

import dsw.model.Component;
import dsw.model.trace.Decision;
import dsw.model.trace.ProcessInfo;
import dsw.simulation.message.Message;
import dsw.simulation.message.Timer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * One process at run time: its handler, state (up, crashed, paused), incarnation, Lamport
 * clock, physical clock and the work that waits while it is paused. It is the {@link Node} its
 * handler sees. Not thread-safe; owned by the kernel.
 */
final class Proc implements Node {
    enum State {
        UP,
        CRASHED
    }

    final int index;
    final ProcessInfo info;
    final Component component;
    final List<Route> routes;
    final SplittableRandom random;
    final PhysicalClock clock = new PhysicalClock();
    /** Arrivals, timer firings and the start at time 0 that came while paused, in order. */
    final ArrayDeque<Object> backlog = new ArrayDeque<>();

    private final Kernel kernel;
    Handler handler;
    State state = State.UP;
    boolean paused;
    int pauseToken;
    long pauseEnd;
    int incarnation;
    long lamport;

    Proc(Kernel kernel, Topology topology, int index, SplittableRandom random) {
        this.kernel = kernel;
        this.index = index;
        this.info = topology.process(index);
        this.component = topology.componentOf(index);
        this.routes = topology.routesOf(component.id());
        this.random = random;
    }

    boolean isUp() {
        return state == State.UP;
    }

    @Override
    public long now() {
        return kernel.now();
    }

    @Override
    public long physicalTime() {
        return clock.read(kernel.now());
    }

    @Override
    public int process() {
        return index;
    }

    @Override
    public ProcessInfo info() {
        return info;
    }

    @Override
    public Component component() {
        return component;
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public List<Route> routes() {
        return routes;
    }

    @Override
    public int send(Route route, int process, Message message) {
        return kernel.send(this, route.link(), process, message, -1);
    }

    @Override
    public int sendToPeer(int process, Message message) {
        Topology topology = kernel.topology();
        if (topology.componentIndexOf(process) != topology.componentIndexOf(index)) {
            throw new IllegalArgumentException(topology.process(process).id() + " is no instance of " + component.id());
        }
        return kernel.send(this, -1, process, message, -1);
    }

    @Override
    public boolean cutOffFrom(int peer) {
        return kernel.separated(index, peer);
    }

    @Override
    public int reply(Envelope request, Message message) {
        return kernel.send(this, request.link(), request.from(), message, request.msg());
    }

    @Override
    public void setTimer(long delay, Timer timer) {
        if (delay < 0) {
            throw new IllegalArgumentException("a timer cannot fire in the past: " + delay);
        }
        kernel.schedule(kernel.now() + delay, new KernelEvents.TimerFire(this, incarnation, timer));
    }

    @Override
    public void local(String description) {
        kernel.recordLocal(this, description);
    }

    @Override
    public void decide(Decision decision, String description) {
        kernel.recordDecision(this, decision, description);
    }

    @Override
    public void stop(String description) {
        kernel.stop(this, description);
    }

    @Override
    public int nextRequestId() {
        return kernel.nextRequestId();
    }
}
