package dsw.diagrams.testkit;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertyValue;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.util.List;

/** Small designs for diagram tests, and their simulated runs. Stateless, thread-safe. */
public final class Runs {
    private static final KindCatalog KINDS = KindCatalog.standard();

    private Runs() {}

    /** Milliseconds as virtual microseconds. */
    public static long ms(double millis) {
        return Math.round(millis * Micros.PER_MILLISECOND);
    }

    /** The trace of the design's scenario, run to its end. */
    public static Trace run(Design design) {
        Simulation simulation = Simulation.of(design);
        simulation.runToEnd(RunMonitor.NONE);
        return simulation.trace();
    }

    /**
     * A shop: a browser calls a load balancer in front of two shop replicas over a lossy link that
     * duplicates; the shop reads through a cache, writes to a primary database that replicates to
     * a replica, and publishes orders to a queue a mailer consumes. Faults: the replica crashes and
     * recovers, a one-way partition cuts the load balancer from the shop for a while, and the
     * mailer pauses.
     */
    public static Design shop() {
        return shop(11);
    }

    /** {@link #shop()} with another seed. */
    public static Design shop(long seed) {
        NetworkProfile flaky = NetworkProfile.DEFAULT
                .withLatency(new Distribution.Uniform(ms(1), ms(2)))
                .withLoss(0.1)
                .withDuplication(0.1);
        List<Component> components = List.of(
                component("web", "Web browser", "web-browser", 1)
                        .withProperty("timeout", new PropertyValue.DurationValue(ms(15))),
                component("lb", "Load balancer", "load-balancer", 1),
                component("shop", "Shop", "service", 2)
                        .withProperty(PropertyKeys.SERVICE_TIME, distribution(Distribution.constant(ms(1)))),
                component("cache", "Cache", "cache", 1),
                component("orders", "Orders DB", "database", 1),
                component("replica", "Orders replica", "database", 1),
                component("events", "Order events", "queue", 1),
                component("mailer", "Mailer", "service", 1));
        List<Link> links = List.of(
                Link.of("web-lb", "web", "lb"),
                Link.of("lb-shop", "lb", "shop").withNetwork(flaky),
                Link.of("shop-cache", "shop", "cache"),
                Link.of("shop-orders", "shop", "orders"),
                async("orders-replica", "orders", "replica"),
                async("shop-events", "shop", "events"),
                async("events-mailer", "events", "mailer"));
        Workload workload =
                new Workload("web", "lb", new LoadModel.OpenLoop(200, false), 0.4, new KeySpace(3, 0), 0, ms(50), 100);
        List<ScheduledFault> faults = List.of(
                new ScheduledFault(ms(25), new Fault.Crash("replica")),
                new ScheduledFault(ms(30), new Fault.Partition("cut", List.of("lb"), List.of("shop"), true)),
                new ScheduledFault(ms(38), new Fault.Heal("cut")),
                new ScheduledFault(ms(45), new Fault.Recover("replica")),
                new ScheduledFault(ms(50), new Fault.Pause("mailer", ms(6))));
        return new Design(
                "Shop", "", components, links, List.of(), new Scenario(seed, ms(80), List.of(workload), faults));
    }

    /**
     * One client calls one service that calls a database, every 5 ms for {@code requests}
     * requests, on a quiet network: about four messages per request.
     */
    public static Design chain(int requests) {
        List<Component> components = List.of(
                component("client", "Client", "client", 1),
                component("api", "API", "service", 1),
                component("db", "DB", "database", 1));
        List<Link> links = List.of(Link.of("client-api", "client", "api"), Link.of("api-db", "api", "db"));
        Workload workload =
                new Workload("client", "api", new LoadModel.OpenLoop(200, false), 0.5, new KeySpace(10, 0), 0, -1, 100);
        long duration = ms(5.0 * requests + 2);
        return new Design(
                "Chain", "", components, links, List.of(), new Scenario(5, duration, List.of(workload), List.of()));
    }

    private static Component component(String id, String name, String kind, int replicas) {
        Component c = Component.of(id, name, KINDS.get(kind));
        return replicas == 1 ? c : c.withProperty(PropertyKeys.REPLICAS, new PropertyValue.IntValue(replicas));
    }

    private static PropertyValue distribution(Distribution d) {
        return new PropertyValue.DistributionValue(d);
    }

    private static Link async(String id, String from, String to) {
        return Link.of(id, from, to).withMode(LinkMode.ASYNC).withDirection(LinkDirection.FORWARD);
    }
}
