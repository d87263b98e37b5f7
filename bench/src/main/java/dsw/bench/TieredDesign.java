package dsw.bench;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.LinkMode;
import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.kind.Behavior;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.LinkPatterns;
import dsw.model.pattern.PatternSettings;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.Workload;
import dsw.model.value.Bandwidth;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.List;

/**
 * A web shop of {@value #PROCESSES} processes on the standard behaviours: 4 clients (6 instances
 * each) send open-loop traffic to a load balancer, a frontend fans each request out to the orders,
 * catalog and users services, which use caches, databases (orders replicated) and a queue with a
 * consumer. Every link has a 0.3-1.5 ms latency and a little loss and reordering. Thread-safe
 * (stateless).
 */
public final class TieredDesign {
    /** Processes in the design (component instances). */
    public static final int PROCESSES = 100;

    /** Requests per second each of the 4 client components sends. */
    public static final double RATE_PER_CLIENT = 2_000;

    static final NetworkProfile NETWORK =
            new NetworkProfile(new Distribution.Uniform(300, 1_500), 0.0001, 0, 0.001, 0, Bandwidth.UNLIMITED);

    private TieredDesign() {}

    /** The design with a scenario of {@code duration} microseconds from {@code seed}. */
    public static Design of(long seed, long duration) {
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Workload> workload = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String client = "web-" + i;
            components.add(component(client, "client", 6));
            links.add(link(client, "lb"));
            workload.add(Workload.open(client, RATE_PER_CLIENT));
        }
        components.add(component("lb", "load-balancer", 2));
        components.add(component("frontend", "service", 12));
        components.add(component("orders", "service", 10));
        components.add(component("catalog", "service", 10));
        components.add(component("users", "service", 8));
        components.add(component("catalog-cache", "cache", 4));
        components.add(component("users-cache", "cache", 4));
        components.add(component("orders-db", "database", 4));
        components.add(component("orders-replica", "database", 4));
        components.add(component("catalog-db", "database", 5));
        components.add(component("users-db", "database", 5));
        components.add(component("events", "queue", 2));
        components.add(component("notifier", "service", 6));
        links.add(link("lb", "frontend"));
        links.add(link("frontend", "orders"));
        links.add(link("frontend", "catalog"));
        links.add(link("frontend", "users"));
        links.add(link("orders", "orders-db"));
        links.add(link("orders-db", "orders-replica"));
        links.add(link("orders", "events"));
        links.add(link("events", "notifier"));
        links.add(link("catalog", "catalog-cache"));
        links.add(link("catalog", "catalog-db"));
        links.add(link("users", "users-cache"));
        links.add(link("users", "users-db"));
        return new Design(
                "web shop",
                "benchmark design on the standard behaviours",
                components,
                links,
                List.of(),
                new Scenario(seed, duration, workload, List.of()));
    }

    /** The design run for {@code seconds} virtual seconds. */
    public static Design forSeconds(long seed, long seconds) {
        return of(seed, seconds * Micros.PER_SECOND);
    }

    /**
     * The same design with the caller-side patterns on every synchronous link a client, load
     * balancer or service calls along: a 200 ms timeout, three attempts with exponential backoff
     * and full jitter under a 20% budget, and a count-based circuit breaker. Calls rarely fail in
     * this design, so it measures what the patterns cost on the ordinary path.
     */
    public static Design withResilience(Design design) {
        LinkPatterns patterns = LinkPatterns.of(
                PatternSettings.defaults("timeout").with("duration", 200 * Micros.PER_MILLISECOND),
                PatternSettings.defaults("retry")
                        .with("backoff", "exponential")
                        .with("jitter", "full")
                        .with("budget", 20.0),
                PatternSettings.defaults("circuitBreaker")
                        .with("windowSize", 50L)
                        .with("minimumCalls", 20L));
        List<Link> links = new ArrayList<>();
        for (Link link : design.links()) {
            Behavior caller = design.requireComponent(link.from()).kind().behavior();
            boolean calls = caller == Behavior.CLIENT || caller == Behavior.LOAD_BALANCER || caller == Behavior.SERVICE;
            links.add(calls && link.mode() == LinkMode.SYNC ? link.withPatterns(patterns) : link);
        }
        return design.withLinks(links);
    }

    private static Component component(String id, String kind, int replicas) {
        return Component.of(id, id, KindCatalog.standard().get(kind))
                .withProperty(PropertyKeys.REPLICAS, new PropertyValue.IntValue(replicas));
    }

    private static Link link(String from, String to) {
        return Link.of(from + "-" + to, from, to).withNetwork(NETWORK);
    }
}
