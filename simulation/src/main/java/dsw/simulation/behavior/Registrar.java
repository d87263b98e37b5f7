package dsw.simulation.behavior;

import dsw.model.Component;
import dsw.model.kind.Behavior;
import dsw.model.value.Micros;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Registration;
import dsw.simulation.message.Timer;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps one server instance registered with every registry its component links to: it registers
 * when it starts (again after a crash) and renews every third of the registry's time to live.
 * Not thread-safe.
 */
final class Registrar {
    static final String TTL = "ttl";
    private static final long DEFAULT_TTL = 30 * Micros.PER_SECOND;

    private final List<Route> registries = new ArrayList<>();

    Registrar(Topology topology, Component component) {
        for (Route route : topology.routesOf(component.id())) {
            if (route.targetBehavior() == Behavior.REGISTRY) {
                registries.add(route);
            }
        }
    }

    void start(Node node) {
        for (Route registry : registries) {
            register(node, registry, false);
        }
    }

    void renew(Node node, Timer.Renew renew) {
        for (Route registry : registries) {
            if (registry.link() == renew.link()) {
                register(node, registry, true);
            }
        }
    }

    private static void register(Node node, Route registry, boolean renewal) {
        for (int i = 0; i < registry.instances(); i++) {
            node.send(
                    registry, registry.process(i), new Registration(node.info().id(), renewal));
        }
        long ttl = Properties.durationOr(registry.target(), TTL, DEFAULT_TTL);
        node.setTimer(Math.max(Micros.PER_MILLISECOND, ttl / 3), new Timer.Renew(registry.link()));
    }
}
