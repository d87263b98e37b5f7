package dsw.simulation.behavior;

import dsw.model.Component;
import dsw.model.Link;
import dsw.model.PropertyKeys;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.Workload;
import dsw.model.scenario.WriteKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.value.Micros;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Handler;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Message;
import dsw.simulation.message.Request;
import dsw.simulation.message.Timer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A client instance: generates the scenario's workloads for its component (open loop: arrivals
 * at the workload's rate shared over the instances, Poisson or evenly spaced; closed loop: the
 * users shared over the instances, each sending, waiting for the answer or the timeout, then
 * thinking), with keys and the read/write mix drawn from the scenario. Not thread-safe.
 */
final class ClientHandler implements Handler, Caller.Owner<ClientHandler.Outstanding> {
    /** Bytes of a read request, which carries no value. */
    static final int READ_BYTES = 64;

    /** A request the client waits for: its workload and, in a closed loop, its user (else -1). */
    record Outstanding(int workload, int user, Operation operation, int key) {}

    private final Component component;
    private final Caller<Outstanding> caller;
    private final List<Workload> workloads = new ArrayList<>();
    private final List<Route> targets = new ArrayList<>();
    private final List<Zipf> zipfs = new ArrayList<>();
    private final List<Picker> pickers = new ArrayList<>();
    private final int instance;
    private final int instances;

    ClientHandler(Topology topology, Scenario scenario, int process) {
        component = topology.componentOf(process);
        caller = new Caller<>(this, Properties.durationOr(component, PropertyKeys.TIMEOUT, 2 * Micros.PER_SECOND));
        instance = topology.process(process).instance();
        instances = component.replicas();
        List<Route> routes = topology.routesOf(component.id());
        for (Workload w : scenario.workload()) {
            if (!w.client().equals(component.id()) || routes.isEmpty()) {
                continue;
            }
            workloads.add(w);
            targets.add(routeTowards(topology, routes, w.target()));
            pickers.add(BalancingPicker.forRoute(topology, targets.get(targets.size() - 1)));
            zipfs.add(
                    w.keys().isUniform()
                            ? null
                            : new Zipf(w.keys().count(), w.keys().zipfExponent()));
        }
    }

    /** The first route that reaches {@code target} (directly, else through other links). */
    private static Route routeTowards(Topology topology, List<Route> routes, String target) {
        if (target == null) {
            return routes.get(0);
        }
        for (Route route : routes) {
            if (route.target().id().equals(target)) {
                return route;
            }
        }
        for (Route route : routes) {
            if (reaches(topology, route.target().id(), target)) {
                return route;
            }
        }
        return routes.get(0);
    }

    private static boolean reaches(Topology topology, String from, String target) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (id.equals(target)) {
                return true;
            }
            if (seen.add(id)) {
                for (Link link : topology.design().links()) {
                    if (link.from().equals(id)) {
                        todo.add(link.to());
                    }
                }
            }
        }
        return false;
    }

    @Override
    public void start(Node node) {
        for (int w = 0; w < workloads.size(); w++) {
            Workload workload = workloads.get(w);
            long begin = Math.max(node.now(), workload.start());
            if (workload.load() instanceof LoadModel.OpenLoop open) {
                node.setTimer(begin - node.now() + gap(node, open), new Timer.NextArrival(w));
            } else {
                LoadModel.ClosedLoop closed = (LoadModel.ClosedLoop) workload.load();
                int users = closed.users() / instances + (instance - 1 < closed.users() % instances ? 1 : 0);
                for (int u = 0; u < users; u++) {
                    long stagger = closed.thinkTime().sample(node.random());
                    node.setTimer(begin - node.now() + stagger, new Timer.ThinkDone(w, u));
                }
            }
        }
    }

    private long gap(Node node, LoadModel.OpenLoop open) {
        double mean = Micros.PER_SECOND * instances / open.ratePerSecond();
        if (!open.poisson()) {
            return Math.max(1, Math.round(mean));
        }
        return Math.max(1, Math.round(-mean * Math.log(1 - node.random().nextDouble())));
    }

    private boolean running(Node node, Workload workload) {
        return workload.runsUntilEnd() || node.now() < workload.stop();
    }

    @Override
    public void onTimer(Node node, Timer timer) {
        switch (timer.type()) {
            case NEXT_ARRIVAL -> {
                int w = ((Timer.NextArrival) timer).workload();
                Workload workload = workloads.get(w);
                if (running(node, workload)) {
                    send(node, w, -1);
                    node.setTimer(gap(node, (LoadModel.OpenLoop) workload.load()), timer);
                }
            }
            case THINK_DONE -> {
                Timer.ThinkDone think = (Timer.ThinkDone) timer;
                if (running(node, workloads.get(think.workload()))) {
                    send(node, think.workload(), think.user());
                }
            }
            case CALL_STEP -> caller.onTimer(node, (Timer.CallStep) timer);
            default -> {}
        }
    }

    @Override
    public void onMessage(Node node, Envelope envelope) {
        pickers.forEach(picker -> picker.resolved(node, envelope));
        caller.answered(node, envelope);
    }

    @Override
    public void ended(Node node, Outstanding request, Status status, int valueBytes, Message answer) {
        thinkAgain(node, request);
    }

    @Override
    public void unanswered(Node node, Outstanding request, long timeout) {
        node.local("timeout " + ServerHandler.describe(request.operation(), request.key()) + " after "
                + Micros.humanize(timeout));
    }

    /**
     * A closed-loop user thinks at least this long after an answer. With no think time, a user whose
     * requests are answered at once (a rejection over a zero-latency link) would send without end
     * at one moment of virtual time, and the run would never move on.
     */
    static final long MIN_THINK = Micros.PER_MILLISECOND;

    private void thinkAgain(Node node, Outstanding request) {
        if (request.user() < 0) {
            return;
        }
        LoadModel.ClosedLoop closed =
                (LoadModel.ClosedLoop) workloads.get(request.workload()).load();
        long think = Math.max(MIN_THINK, closed.thinkTime().sample(node.random()));
        node.setTimer(think, new Timer.ThinkDone(request.workload(), request.user()));
    }

    private void send(Node node, int w, int user) {
        Workload workload = workloads.get(w);
        Route route = targets.get(w);
        Zipf zipf = zipfs.get(w);
        int key = zipf == null ? node.random().nextInt(workload.keys().count()) : zipf.sample(node.random()) - 1;
        Operation op = node.random().nextDouble() < workload.readRatio() ? Operation.READ : writeOf(workload);
        int size = op == Operation.READ ? READ_BYTES : workload.payloadBytes();
        Message request = new Request(node.nextRequestId(), op, key, size, 0);
        caller.call(node, route, pickers.get(w), request, new Outstanding(w, user, op, key));
    }

    private static Operation writeOf(Workload workload) {
        return workload.writes() == WriteKind.INCREMENT ? Operation.INCREMENT : Operation.WRITE;
    }

    @Override
    public void onCrash() {
        caller.clear();
    }
}
