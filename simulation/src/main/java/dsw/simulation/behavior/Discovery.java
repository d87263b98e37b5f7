package dsw.simulation.behavior;

import dsw.model.kind.Behavior;
import dsw.model.trace.Decision;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Lookup;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A caller's cached registry answer about one component: which of its instances are live. The
 * caller asks again once the answer is older than the cache TTL and keeps using the old answer
 * until the new one arrives, so an instance that died stays in use until the registry expires it
 * and the cache expires. Not thread-safe.
 */
final class Discovery {
    private final Topology topology;
    private final Route registry;
    private final String component;
    private final long cacheTtl;
    private List<Integer> live;
    private long expiresAt;
    private int pending = -1;
    private long askedAt;
    private int nextRegistry;

    private Discovery(Topology topology, Route registry, String component, long cacheTtl) {
        this.topology = topology;
        this.registry = registry;
        this.component = component;
        this.cacheTtl = cacheTtl;
    }

    /** Discovery of {@code target} for {@code caller}, if the caller links to a registry. */
    static Optional<Discovery> of(Topology topology, String caller, String target, long cacheTtl) {
        for (Route route : topology.routesOf(caller)) {
            if (route.targetBehavior() == Behavior.REGISTRY) {
                return Optional.of(new Discovery(topology, route, target, cacheTtl));
            }
        }
        return Optional.empty();
    }

    /** Asks the registry when the cached answer has expired and no question is out. */
    void refresh(Node node) {
        long now = node.now();
        boolean fresh = live != null && now < expiresAt;
        boolean asking = pending >= 0 && now - askedAt < ServerHandler.CALL_TIMEOUT;
        if (!fresh && !asking) {
            int instance = nextRegistry++ % registry.instances();
            pending = node.send(registry, registry.process(instance), Lookup.of(component));
            askedAt = now;
        }
    }

    /** Takes the registry's answer if {@code envelope} is the answer to this discovery's question. */
    boolean answered(Node node, Envelope envelope) {
        if (pending < 0 || envelope.replyTo() != pending || !(envelope.body() instanceof Lookup answer)) {
            return false;
        }
        pending = -1;
        live = answer.processes();
        expiresAt = node.now() + cacheTtl;
        String names = live.stream().map(p -> topology.process(p).id()).collect(Collectors.joining(", "));
        node.decide(
                Decision.RESOLVED,
                "resolved " + component + ": " + Text.count(live.size(), "instance")
                        + (live.isEmpty() ? "" : " (" + names + ")") + ", cached " + Micros.humanize(cacheTtl));
        return true;
    }

    /** Whether the cached answer lists process {@code process}; before the first answer, every instance is listed. */
    boolean lists(int process) {
        return live == null || live.contains(process);
    }

    /** Forgets the answer and the question, as a crash does. */
    void forget() {
        live = null;
        pending = -1;
    }
}
