package dsw.model.analysis;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.PropertyKeys;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertyValue;
import dsw.model.scenario.Fault;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds small designs for tests: components by kind id, links named "from-to". Not thread-safe. */
final class Designs {
    private static final KindCatalog KINDS = KindCatalog.standard();

    private final String name;
    private final List<Component> components = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<ScheduledFault> faults = new ArrayList<>();

    private Designs(String name) {
        this.name = name;
    }

    /** Browsers -> Load balancer (1) -> Web tier (3) -> Database (1). */
    static Designs chain() {
        return design("chain")
                .client("b", "Browsers")
                .component("lb", "Load balancer", "load-balancer", 1)
                .service("web", "Web tier", 3)
                .component("db", "Database", "database", 1)
                .link("b", "lb")
                .link("lb", "web")
                .link("web", "db");
    }

    static Designs design(String name) {
        return new Designs(name);
    }

    /** A web browser client with one replica. */
    Designs client(String id, String name) {
        return component(id, name, "web-browser", 1);
    }

    /** A component of the kind, with this many replicas when the kind has a replica count. */
    Designs component(String id, String name, String kind, int replicas) {
        ComponentKind k = KINDS.get(kind);
        Component c = Component.of(id, name, k);
        if (k.property(PropertyKeys.REPLICAS).isPresent()) {
            c = c.withProperty(PropertyKeys.REPLICAS, new PropertyValue.IntValue(replicas));
        }
        components.add(c);
        return this;
    }

    Designs service(String id, String name, int replicas) {
        return component(id, name, "service", replicas);
    }

    /** A one-way synchronous link with id "from-to". */
    Designs link(String from, String to) {
        return link(from + "-" + to, from, to, LinkDirection.FORWARD, LinkMode.SYNC);
    }

    Designs twoWay(String from, String to) {
        return link(from + "-" + to, from, to, LinkDirection.BOTH, LinkMode.SYNC);
    }

    Designs async(String from, String to) {
        return link(from + "-" + to, from, to, LinkDirection.FORWARD, LinkMode.ASYNC);
    }

    Designs link(String id, String from, String to, LinkDirection direction, LinkMode mode) {
        links.add(Link.of(id, from, to).withDirection(direction).withMode(mode));
        return this;
    }

    /** A frame holding the components, inside {@code parent} (or at the top when null). */
    Designs frame(String id, String parent, String... members) {
        groups.add(new Group(id, "Frame " + id, GroupKind.ZONE, parent, null));
        for (String member : members) {
            components.replaceAll(c -> c.id().equals(member) ? c.withGroup(id) : c);
        }
        return this;
    }

    Designs partition(long atSeconds, String partition, List<String> sideA, List<String> sideB, boolean oneWay) {
        faults.add(new ScheduledFault(
                atSeconds * Micros.PER_SECOND, new Fault.Partition(partition, sideA, sideB, oneWay)));
        return this;
    }

    Design build() {
        return new Design(
                name,
                "",
                components,
                links,
                groups,
                Scenario.DEFAULT.withDuration(60 * Micros.PER_SECOND).withFaults(faults));
    }

    /**
     * A random design: about one component in six a client, up to three replicas, random links of
     * either direction and mode, two nested frames and a partition.
     */
    static Design random(Random random, int componentCount, int linkCount) {
        String[] kinds = {"service", "database", "load-balancer", "cache", "queue", "external-system"};
        Designs d = design("random");
        for (int i = 0; i < componentCount; i++) {
            String kind = random.nextInt(6) == 0 ? "client" : kinds[random.nextInt(kinds.length)];
            d.component("c" + i, "Component " + i, kind, 1 + random.nextInt(3));
        }
        for (int i = 0; i < linkCount && componentCount > 1; i++) {
            int from = random.nextInt(componentCount);
            int to = (from + 1 + random.nextInt(componentCount - 1)) % componentCount;
            d.link(
                    "l" + i,
                    "c" + from,
                    "c" + to,
                    random.nextInt(4) == 0 ? LinkDirection.BOTH : LinkDirection.FORWARD,
                    random.nextInt(4) == 0 ? LinkMode.ASYNC : LinkMode.SYNC);
        }
        List<String> outer = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        for (int i = 0; i < componentCount; i++) {
            List<String> place = List.of(outer, inner, loose, loose).get(random.nextInt(4));
            place.add("c" + i);
        }
        d.frame("outer", null, outer.toArray(String[]::new));
        d.frame("inner", "outer", inner.toArray(String[]::new));
        if (componentCount > 1) {
            List<String> sideA = new ArrayList<>(List.of(random.nextBoolean() ? "inner" : "c0"));
            List<String> sideB = new ArrayList<>();
            for (int i = 1; i < componentCount; i++) {
                if (random.nextInt(3) == 0 && !(sideA.contains("inner") && inner.contains("c" + i))) {
                    sideB.add("c" + i);
                }
            }
            if (sideB.isEmpty()) {
                sideB.add(loose.isEmpty() ? "c" + (componentCount - 1) : loose.get(0));
            }
            if (!sideB.equals(sideA)) {
                d.partition(1 + random.nextInt(5), "split", sideA, sideB, random.nextBoolean());
            }
        }
        return d.build();
    }
}
