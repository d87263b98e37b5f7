package dsw.simulation.behavior;

import dsw.model.pattern.PatternSettings;
import dsw.model.trace.Decision;
import dsw.simulation.balancing.Balancer;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Client-side load balancing on one route (the {@code balancing} link pattern): a strategy picks
 * among the far end's instances, or, with registry discovery, among those the registry last
 * listed. When the registry lists none, calls go round robin over the design's instances. Not
 * thread-safe.
 */
final class BalancingPicker implements Picker {
    static final String PATTERN = "balancing";

    private final Route route;
    private final Balancer balancer;
    private final Discovery discovery;
    private final Picker fallback = Picker.roundRobin();

    private BalancingPicker(Route route, Balancer balancer, Discovery discovery) {
        this.route = route;
        this.balancer = balancer;
        this.discovery = discovery;
    }

    /** The picker the route's patterns ask for: round robin unless the link has {@code balancing} on. */
    static Picker forRoute(Topology topology, Route route) {
        PatternSettings settings = route.model().patterns().find(PATTERN).orElse(null);
        if (settings == null) {
            return Picker.roundRobin();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < route.instances(); i++) {
            names.add(topology.process(route.process(i)).id());
        }
        int[] weights = new int[route.instances()];
        Arrays.fill(weights, BalancingPatterns.weight(route));
        Balancer balancer =
                new Balancer(settings.text("strategy"), names, weights, (int) settings.integer("virtualNodes"));
        Discovery discovery = BalancingPatterns.discoversByRegistry(settings)
                ? Discovery.of(topology, route.model().from(), route.target().id(), settings.duration("cacheTtl"))
                        .orElse(null)
                : null;
        return new BalancingPicker(route, balancer, discovery);
    }

    @Override
    public int pick(Node node, Route on, int key) {
        if (discovery != null) {
            discovery.refresh(node);
        }
        int instance = balancer.pick(node.random(), i -> true, key);
        return instance >= 0 ? instance : fallback.pick(node, on, key);
    }

    @Override
    public void started(int instance) {
        balancer.started(instance);
    }

    @Override
    public void ended(int instance) {
        balancer.ended(instance);
    }

    @Override
    public void resolved(Node node, Envelope envelope) {
        if (discovery != null && discovery.answered(node, envelope)) {
            balancer.setMembers(i -> discovery.lists(route.process(i)))
                    .ifPresent(change -> node.decide(Decision.KEYS_MOVED, change));
        }
    }
}
