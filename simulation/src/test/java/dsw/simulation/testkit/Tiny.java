package dsw.simulation.testkit;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.ComponentPatterns;
import dsw.model.pattern.PatternSettings;
import dsw.model.pattern.Replication;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small designs by hand for tests: components by kind id, links named {@code from-to},
 * workloads and faults, and a run length and seed. Not thread-safe.
 */
public final class Tiny {
    private static final KindCatalog KINDS = KindCatalog.standard();

    private final String name;
    private final List<Component> components = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<ScheduledFault> faults = new ArrayList<>();
    private long duration = Micros.PER_SECOND;
    private long seed = 1;

    private Tiny(String name) {
        this.name = name;
    }

    public static Tiny design(String name) {
        return new Tiny(name);
    }

    /**
     * Client {@code c} sends a read to service {@code s} every 10 ms over a 1 ms link; the service
     * answers at once; the run lasts 500 ms.
     */
    public static Tiny clientAndService() {
        return design("client and service")
                .component("c", "client")
                .component("s", "service")
                .set("s", dsw.model.PropertyKeys.SERVICE_TIME, Distribution.constant(0))
                .link("c", "s")
                .everyMillis("c", "s", 10, 0, -1, 1.0, 100)
                .duration(ms(500));
    }

    /** Milliseconds as virtual microseconds. */
    public static long ms(double millis) {
        return Math.round(millis * Micros.PER_MILLISECOND);
    }

    /** A component of the kind with its default properties and one instance. */
    public Tiny component(String id, String kind) {
        ComponentKind k = KINDS.get(kind);
        components.add(Component.of(id, id, k));
        return this;
    }

    /** A component of the kind with {@code replicas} instances. */
    public Tiny component(String id, String kind, int replicas) {
        component(id, kind);
        return set(id, PropertyKeys.REPLICAS, new PropertyValue.IntValue(replicas));
    }

    public Tiny set(String id, String key, PropertyValue value) {
        components.replaceAll(c -> c.id().equals(id) ? c.withProperty(key, value) : c);
        return this;
    }

    public Tiny set(String id, String key, long whole) {
        return set(id, key, new PropertyValue.IntValue(whole));
    }

    public Tiny set(String id, String key, Distribution distribution) {
        return set(id, key, new PropertyValue.DistributionValue(distribution));
    }

    public Tiny setDuration(String id, String key, long micros) {
        return set(id, key, new PropertyValue.DurationValue(micros));
    }

    /** A synchronous one-way link {@code from-to} on a quiet 1 ms network. */
    public Tiny link(String from, String to) {
        return link(from, to, NetworkProfile.DEFAULT);
    }

    public Tiny link(String from, String to, NetworkProfile network) {
        links.add(Link.of(from + "-" + to, from, to).withNetwork(network));
        return this;
    }

    /** An asynchronous one-way link {@code from-to}. */
    public Tiny async(String from, String to, NetworkProfile network) {
        links.add(Link.of(from + "-" + to, from, to)
                .withNetwork(network)
                .withMode(LinkMode.ASYNC)
                .withDirection(LinkDirection.FORWARD));
        return this;
    }

    /**
     * Switches a link pattern on for link {@code from-to}, e.g.
     * {@code pattern("c", "s", PatternSettings.defaults("retry").with("maxAttempts", 5))}.
     */
    public Tiny pattern(String from, String to, PatternSettings settings) {
        String id = from + "-" + to;
        links.replaceAll(l -> l.id().equals(id) ? l.withPatterns(l.patterns().with(settings)) : l);
        return this;
    }

    /** Switches a component pattern on for component {@code id}. */
    public Tiny pattern(String id, PatternSettings settings) {
        components.replaceAll(
                c -> c.id().equals(id) ? c.withPatterns(c.patterns().with(settings)) : c);
        return this;
    }

    /** Sets how component {@code id} replicates its data. */
    public Tiny replication(String id, Replication replication) {
        components.replaceAll(c -> c.id().equals(id)
                ? c.withPatterns(new ComponentPatterns(
                        replication, c.patterns().consistency(), c.patterns().enabled()))
                : c);
        return this;
    }

    /** A frame holding the components. */
    public Tiny group(String id, String... members) {
        groups.add(new Group(id, id, GroupKind.ZONE, null, null));
        for (String member : members) {
            components.replaceAll(c -> c.id().equals(member) ? c.withGroup(id) : c);
        }
        return this;
    }

    public Tiny workload(Workload workload) {
        workloads.add(workload);
        return this;
    }

    /**
     * Evenly spaced requests from {@code client} to {@code target}: the first at {@code start} plus
     * one gap, then one per gap until {@code stop} (-1 for the end of the run).
     */
    public Tiny everyMillis(
            String client, String target, double gapMillis, long start, long stop, double readRatio, int bytes) {
        return workload(new Workload(
                client,
                target,
                new LoadModel.OpenLoop(1000.0 / gapMillis, false),
                readRatio,
                new KeySpace(1, 0),
                start,
                stop,
                bytes));
    }

    public Tiny fault(long at, Fault fault) {
        faults.add(new ScheduledFault(at, fault));
        return this;
    }

    public Tiny duration(long micros) {
        duration = micros;
        return this;
    }

    public Tiny seed(long value) {
        seed = value;
        return this;
    }

    public Design build() {
        return new Design(name, "", components, links, groups, new Scenario(seed, duration, workloads, faults));
    }
}
