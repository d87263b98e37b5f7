package dsw.simulation.behavior;

import dsw.model.KeyPartitioning;
import dsw.model.PropertyKeys;
import dsw.model.kind.Behavior;
import dsw.model.pattern.PatternSettings;
import dsw.model.trace.Decision;
import dsw.model.trace.Status;
import dsw.model.value.Distribution;
import dsw.simulation.balancing.Balancer;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.HealthProbe;
import dsw.simulation.message.Lookup;
import dsw.simulation.message.Message;
import dsw.simulation.message.Request;
import dsw.simulation.message.Timer;
import java.util.ArrayList;
import java.util.List;

/**
 * A load balancer, gateway or proxy: passes each request to a backend picked by its
 * {@code strategy} over every instance of every component it links to (never back to the caller's
 * component, never to a registry; at a partitioned database or cache, only to the key's replica
 * group), and relays the answer. With health checks on, backends marked
 * down get nothing; with registry discovery on a backend link, only the instances the registry
 * listed get requests. Not thread-safe.
 */
final class ForwarderHandler extends ServerHandler {
    private static final String STRATEGY = "strategy";
    private static final String VIRTUAL_NODES = "virtualNodes";

    private final Distribution serviceTime;
    private final List<Route> routes = new ArrayList<>();
    private final List<Integer> instances = new ArrayList<>();
    private final List<Discovery> discoveries = new ArrayList<>();
    private final int self;
    private final Balancer balancer;
    private final HealthChecks health;

    ForwarderHandler(Topology topology, int process) {
        super(topology, process);
        serviceTime = Properties.distributionOr(component, PropertyKeys.SERVICE_TIME, Distribution.constant(0));
        self = topology.componentIndexOf(process);
        List<String> names = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (Route route : topology.routesOf(component.id())) {
            if (route.targetBehavior() == Behavior.REGISTRY) {
                continue;
            }
            Discovery discovery = discovery(topology, route);
            for (int i = 0; i < route.instances(); i++) {
                routes.add(route);
                instances.add(i);
                discoveries.add(discovery);
                names.add(topology.process(route.process(i)).id());
                weights.add(BalancingPatterns.weight(route));
            }
        }
        balancer = new Balancer(
                Properties.textOr(component, STRATEGY, Balancer.ROUND_ROBIN),
                names,
                weights.stream().mapToInt(Integer::intValue).toArray(),
                Properties.intOr(component, VIRTUAL_NODES, Balancer.DEFAULT_VIRTUAL_NODES));
        health = component
                .patterns()
                .find(HealthChecks.PATTERN)
                .map(s -> new HealthChecks(s, balancer, routes, instances))
                .orElse(null);
    }

    private Discovery discovery(Topology topology, Route route) {
        PatternSettings balancing =
                route.model().patterns().find(BalancingPicker.PATTERN).orElse(null);
        if (balancing == null || !BalancingPatterns.discoversByRegistry(balancing)) {
            return null;
        }
        return Discovery.of(topology, component.id(), route.target().id(), balancing.duration("cacheTtl"))
                .orElse(null);
    }

    @Override
    public void start(Node node) {
        super.start(node);
        if (health != null) {
            health.start(node);
        }
    }

    @Override
    protected long serviceTime(Node node, Job job) {
        return serviceTime.sample(node.random());
    }

    @Override
    protected void work(Node node, Job job) {
        int caller = topology.componentIndexOf(job.envelope.from());
        Message body = job.envelope.body();
        for (Discovery discovery : discoveries) {
            if (discovery != null) {
                discovery.refresh(node);
            }
        }
        int pick = balancer.pick(node.random(), b -> mayCall(b, caller, body), body.key());
        if (pick < 0) {
            node.local("no backend for " + describe(job));
            finish(node, job, Status.ERROR, 0);
            return;
        }
        Route route = routes.get(pick);
        call(node, job, route, instances.get(pick), forwarded(body), pick);
        if (route.isAsync()) {
            finish(node, job, Status.OK, 0);
        } else {
            balancer.started(pick);
        }
    }

    private boolean mayCall(int backend, int caller, Message body) {
        Route route = routes.get(backend);
        int target = topology.componentIndexOf(route.process(0));
        return target != caller
                && !(body instanceof Request r && r.visited(target))
                && holdsKey(route.partitioning(), instances.get(backend), body.key());
    }

    /** At a partitioned database or cache, only the instances of the key's replica group hold it. */
    private static boolean holdsKey(KeyPartitioning partitioning, int instance, int key) {
        return !partitioning.isPartitioned()
                || partitioning.partitionOfInstance(instance) == partitioning.partitionOf(key);
    }

    private Message forwarded(Message body) {
        return body instanceof Request request ? request.via(self) : body;
    }

    @Override
    protected void onAnswer(Node node, Job job, int tag, Status status, int valueBytes) {
        balancer.ended(tag);
        finish(node, job, status, valueBytes);
    }

    @Override
    protected void onOther(Node node, Envelope envelope) {
        Message body = envelope.body();
        if (body instanceof HealthProbe probe && probe.status() == Status.OK) {
            if (health != null && health.answered(node, envelope)) {
                updateMembers(node);
            }
        } else if (body instanceof Lookup lookup && lookup.status() == Status.OK) {
            boolean changed = false;
            for (Discovery discovery : discoveries) {
                changed |= discovery != null && discovery.answered(node, envelope);
            }
            if (changed) {
                updateMembers(node);
            }
        } else {
            super.onOther(node, envelope);
        }
    }

    @Override
    protected void onOtherTimer(Node node, Timer timer) {
        if (health == null) {
            return;
        }
        if (timer instanceof Timer.Probe probe) {
            health.probe(node, probe);
        } else if (timer instanceof Timer.ProbeTimeout timeout && health.timedOut(node, timeout)) {
            updateMembers(node);
        }
    }

    /** Backends that are up and listed by their registry get requests; others none. */
    private void updateMembers(Node node) {
        balancer.setMembers(b -> (health == null || health.isUp(b))
                        && (discoveries.get(b) == null
                                || discoveries.get(b).lists(routes.get(b).process(instances.get(b)))))
                .ifPresent(change -> node.decide(Decision.KEYS_MOVED, change));
    }

    @Override
    public void onCrash() {
        super.onCrash();
        balancer.reset();
        for (Discovery discovery : discoveries) {
            if (discovery != null) {
                discovery.forget();
            }
        }
    }
}
