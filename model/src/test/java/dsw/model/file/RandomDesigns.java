package dsw.model.file;

import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.KeyPartitioning;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.NetworkProfile;
import dsw.model.Position;
import dsw.model.kind.Behavior;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertySpec;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.ComponentPatterns;
import dsw.model.pattern.ConsistencyModel;
import dsw.model.pattern.LinkPatterns;
import dsw.model.pattern.PatternCatalog;
import dsw.model.pattern.PatternKind;
import dsw.model.pattern.PatternSettings;
import dsw.model.pattern.Replication;
import dsw.model.scenario.Fault;
import dsw.model.scenario.FaultType;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import dsw.model.scenario.WriteKind;
import dsw.model.value.Bandwidth;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds random valid designs from a seeded {@link Random}: components of every kind with in-range
 * properties, links with every distribution, nested groups, a scenario with workload and every fault
 * type. Values lean towards the edges of their ranges, where bugs live. Not thread-safe (one per
 * random source).
 */
final class RandomDesigns {
    private static final String[] WORDS = {
        "orders", "Zürich", "cache", "東京", "db", "gRPC", "a/b", "\"quoted\"", "back\\slash", "café", "🚀", "x", "tab"
    };

    private final Random random;
    private final KindCatalog kinds = KindCatalog.standard();

    RandomDesigns(Random random) {
        this.random = random;
    }

    Design design() {
        List<Group> groups = groups();
        List<Component> components = components(groups);
        List<Link> links = links(components);
        Scenario scenario = scenario(components, links, groups);
        components = rangesThatFit(components, scenario);
        String description = random.nextInt(3) == 0 ? "" : text(0, 300, true);
        return new Design(name(), description, components, links, groups, scenario);
    }

    /** Hash partitioning where range partitioning would leave a partition without a key of the workload. */
    private static List<Component> rangesThatFit(List<Component> components, Scenario scenario) {
        return components.stream()
                .map(c -> {
                    KeyPartitioning mapping = KeyPartitioning.of(c, scenario);
                    boolean misfit = mapping.by() == KeyPartitioning.By.RANGE
                            && mapping.keyCount() > 0
                            && mapping.keyCount() < mapping.partitions();
                    return misfit
                            ? c.withProperty(KeyPartitioning.PARTITION_BY, new PropertyValue.TextValue("hash"))
                            : c;
                })
                .toList();
    }

    private List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String parent = i > 0 && random.nextBoolean()
                    ? groups.get(random.nextInt(groups.size())).id()
                    : null;
            Bounds bounds =
                    random.nextInt(4) == 0 ? null : new Bounds(coordinate(), coordinate(), positive(), positive());
            GroupKind kind = pick(List.of(GroupKind.values()));
            groups.add(new Group("g" + i, name(), kind, parent, bounds));
        }
        return groups;
    }

    private List<Component> components(List<Group> groups) {
        List<Component> components = new ArrayList<>();
        List<ComponentKind> all = kinds.all();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            // every kind turns up across tries; the first components cycle through a client first
            ComponentKind kind = i == 0
                    ? kinds.withBehavior(Behavior.CLIENT)
                            .get(random.nextInt(
                                    kinds.withBehavior(Behavior.CLIENT).size()))
                    : all.get(random.nextInt(all.size()));
            Map<String, PropertyValue> properties = new LinkedHashMap<>();
            for (PropertySpec spec : kind.properties()) {
                if (random.nextInt(4) != 0) {
                    properties.put(spec.key(), value(spec));
                }
            }
            Position position = random.nextInt(5) == 0 ? null : new Position(coordinate(), coordinate());
            String group = groups.isEmpty() || random.nextBoolean()
                    ? null
                    : groups.get(random.nextInt(groups.size())).id();
            String id = random.nextInt(4) == 0 ? "c" + i + "_x.y-" + i : "c" + i;
            Component component = new Component(
                    id,
                    name(),
                    kind,
                    position,
                    group,
                    properties,
                    new ComponentPatterns(
                            Replication.NONE,
                            pick(List.of(ConsistencyModel.values())),
                            patterns(PatternKind.Target.COMPONENT, kind.behavior())));
            components.add(component.withPatterns(new ComponentPatterns(
                    replication(component),
                    component.patterns().consistency(),
                    component.patterns().enabled())));
        }
        return components;
    }

    /** Sometimes a replication protocol for a database or cache, with quorums within its replicas. */
    private Replication replication(Component component) {
        Behavior behavior = component.kind().behavior();
        if ((behavior != Behavior.DATABASE && behavior != Behavior.CACHE) || random.nextInt(3) != 0) {
            return Replication.NONE;
        }
        int n = component.replicas();
        return switch (random.nextInt(3)) {
            case 0 -> new Replication.SingleLeader(
                    pick(Replication.SingleLeader.Mode.values()),
                    pick(Replication.SingleLeader.ReadFrom.values()),
                    pick(Replication.SingleLeader.Failover.values()),
                    1_000 * (1 + random.nextInt(5_000)),
                    random.nextBoolean());
            case 1 -> new Replication.MultiLeader(pick(Replication.MultiLeader.Resolution.values()));
            default -> new Replication.Leaderless(
                    1 + random.nextInt(n), 1 + random.nextInt(n), random.nextBoolean(), random.nextBoolean());
        };
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private List<Link> links(List<Component> components) {
        List<Link> links = new ArrayList<>();
        if (components.size() < 2) {
            return links;
        }
        int count = random.nextInt(15);
        for (int i = 0; i < count; i++) {
            int from = random.nextInt(components.size());
            int to = (from + 1 + random.nextInt(components.size() - 1)) % components.size();
            NetworkProfile network = new NetworkProfile(
                    distribution(), probability(), probability(), probability(), probability(), bandwidth());
            links.add(new Link(
                    "l" + i,
                    components.get(from).id(),
                    components.get(to).id(),
                    random.nextBoolean() ? LinkDirection.FORWARD : LinkDirection.BOTH,
                    random.nextBoolean() ? LinkMode.SYNC : LinkMode.ASYNC,
                    random.nextInt(3) == 0 ? "" : text(1, 40, false),
                    network,
                    new LinkPatterns(patterns(
                            PatternKind.Target.LINK, components.get(from).kind().behavior()))));
        }
        return links;
    }

    /** Some of the patterns that apply, each with some settings changed. */
    private List<PatternSettings> patterns(PatternKind.Target target, Behavior behavior) {
        List<PatternSettings> out = new ArrayList<>();
        for (PatternKind kind : PatternCatalog.standard().applicable(target, behavior)) {
            if (random.nextInt(3) == 0) {
                PatternSettings settings = PatternSettings.defaults(kind);
                for (PropertySpec spec : kind.properties()) {
                    if (random.nextBoolean()) {
                        settings = settings.with(spec.key(), value(spec));
                    }
                }
                out.add(settings);
            }
        }
        return out;
    }

    private Scenario scenario(List<Component> components, List<Link> links, List<Group> groups) {
        long duration = between(1, Micros.PER_HOUR);
        List<Workload> workload = new ArrayList<>();
        for (Component c : components) {
            if (c.kind().behavior() == Behavior.CLIENT && random.nextInt(4) != 0) {
                workload.add(workload(c, links, duration));
            }
        }
        List<ScheduledFault> faults = new ArrayList<>();
        List<String> partitions = new ArrayList<>();
        int count = random.nextInt(12);
        for (FaultType type : FaultType.values()) {
            faults.add(new ScheduledFault(
                    between(0, duration), fault(type, components, links, groups, partitions))); // every type, every try
        }
        for (int i = 0; i < count; i++) {
            FaultType type = pick(List.of(FaultType.values()));
            faults.add(new ScheduledFault(between(0, duration), fault(type, components, links, groups, partitions)));
        }
        return new Scenario(random.nextLong(), duration, workload, faults);
    }

    private Workload workload(Component client, List<Link> links, long duration) {
        List<String> targets = new ArrayList<>();
        for (Link l : links) {
            if (l.from().equals(client.id())) {
                targets.add(l.to());
            } else if (l.direction() == LinkDirection.BOTH && l.to().equals(client.id())) {
                targets.add(l.from());
            }
        }
        String target = targets.isEmpty() || random.nextBoolean() ? null : targets.get(random.nextInt(targets.size()));
        LoadModel load = random.nextBoolean()
                ? new LoadModel.OpenLoop(
                        edge(0.001, LoadModel.OpenLoop.MAX_RATE, LoadModel.OpenLoop.MAX_RATE), random.nextBoolean())
                : new LoadModel.ClosedLoop((int) between(1, LoadModel.ClosedLoop.MAX_USERS), distribution());
        long start = between(0, duration - 1);
        long stop = random.nextBoolean() ? -1 : between(start + 1, Micros.MAX);
        return new Workload(
                client.id(),
                target,
                load,
                probability(),
                new KeySpace((int) between(1, KeySpace.MAX_KEYS), edge(0, 10, 10)),
                start,
                stop,
                (int) between(0, Workload.MAX_PAYLOAD),
                pick(List.of(WriteKind.values())));
    }

    private Fault fault(
            FaultType type, List<Component> components, List<Link> links, List<Group> groups, List<String> partitions) {
        Component component = components.get(random.nextInt(components.size()));
        String target = component.id();
        String instance = target + "#" + between(1, component.replicas());
        return switch (type) {
            case CRASH -> new Fault.Crash(random.nextBoolean() ? target : instance);
            case PROMOTE -> new Fault.Promote(instance);
            case RECOVER -> new Fault.Recover(target);
            case SHUTDOWN -> new Fault.Shutdown(target, between(1, Micros.MAX));
            case PAUSE -> new Fault.Pause(target, between(1, Micros.MAX));
            case CLOCK_SKEW -> new Fault.ClockSkew(
                    target,
                    between(0, Micros.MAX) * (random.nextBoolean() ? 1 : -1),
                    edge(-Fault.ClockSkew.MAX_DRIFT_PPM, Fault.ClockSkew.MAX_DRIFT_PPM, 0));
            case LINK_DOWN, LINK_UP -> {
                if (links.isEmpty()) {
                    yield new Fault.Crash(target);
                }
                String link = links.get(random.nextInt(links.size())).id();
                yield type == FaultType.LINK_DOWN ? new Fault.LinkDown(link) : new Fault.LinkUp(link);
            }
            case LINK_LOSS -> {
                if (links.isEmpty()) {
                    yield new Fault.Crash(target);
                }
                yield new Fault.LinkLoss(links.get(random.nextInt(links.size())).id(), edge(0, 1, 0.5));
            }
            case PARTITION -> partition(target, components, groups, partitions);
            case HEAL -> new Fault.Heal(
                    partitions.isEmpty() || random.nextBoolean()
                            ? null
                            : partitions.get(random.nextInt(partitions.size())));
        };
    }

    private Fault partition(String target, List<Component> components, List<Group> groups, List<String> partitions) {
        List<String> ids = new ArrayList<>();
        components.forEach(c -> ids.add(c.id()));
        groups.forEach(g -> ids.add(g.id()));
        if (ids.size() < 2) {
            return new Fault.Crash(target);
        }
        Collections.shuffle(ids, random);
        int split = 1 + random.nextInt(ids.size() - 1);
        String name = "p" + partitions.size();
        partitions.add(name);
        return new Fault.Partition(name, ids.subList(0, split), ids.subList(split, ids.size()), random.nextBoolean());
    }

    private PropertyValue value(PropertySpec spec) {
        double min = spec.min() == null ? -1e6 : spec.min();
        double max = spec.max() == null ? 1e6 : spec.max();
        return switch (spec.type()) {
            case INTEGER -> new PropertyValue.IntValue(between((long) min, (long) max));
            case NUMBER -> new PropertyValue.NumberValue(edge(min, max, min));
            case DURATION -> new PropertyValue.DurationValue(between(
                    spec.min() == null ? 0 : spec.min().longValue(),
                    spec.max() == null ? Micros.MAX : spec.max().longValue()));
            case DISTRIBUTION -> new PropertyValue.DistributionValue(distribution());
            case BOOLEAN -> new PropertyValue.BooleanValue(random.nextBoolean());
            case TEXT -> new PropertyValue.TextValue(text(0, 40, false));
            case CHOICE -> new PropertyValue.TextValue(
                    spec.choices().get(random.nextInt(spec.choices().size())));
        };
    }

    Distribution distribution() {
        return switch (random.nextInt(5)) {
            case 0 -> new Distribution.Constant(duration());
            case 1 -> {
                long a = duration();
                long b = duration();
                yield new Distribution.Uniform(Math.min(a, b), Math.max(a, b));
            }
            case 2 -> new Distribution.Normal(duration(), duration());
            case 3 -> new Distribution.Exponential(duration());
            default -> new Distribution.LogNormal(duration(), edge(0, Distribution.LogNormal.MAX_SIGMA, 0.5));
        };
    }

    private long duration() {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> Micros.MAX;
            case 2 -> between(1, 999); // microseconds only: "123us"
            default -> between(0, 10 * Micros.PER_SECOND);
        };
    }

    private Bandwidth bandwidth() {
        return switch (random.nextInt(4)) {
            case 0 -> Bandwidth.UNLIMITED;
            case 1 -> new Bandwidth(between(1, 10_000_000_000_000L));
            default -> new Bandwidth(between(1, 10_000) * 1_000_000L);
        };
    }

    private double probability() {
        return edge(0, 1, 0);
    }

    private double coordinate() {
        return edge(-Position.LIMIT, Position.LIMIT, 0);
    }

    private double positive() {
        return edge(Double.MIN_VALUE, Position.LIMIT, 1);
    }

    /** A double in {@code [min, max]}: often an edge or {@code common}, else anything in between. */
    private double edge(double min, double max, double common) {
        return switch (random.nextInt(8)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> common;
            case 3 -> Math.rint(min + random.nextDouble() * (max - min)); // a whole number, as people write
            default -> Math.min(max, Math.max(min, min + random.nextDouble() * (max - min)));
        };
    }

    /** A long in {@code [min, max]}, the ends included and favoured. */
    private long between(long min, long max) {
        return switch (random.nextInt(6)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + (long) (random.nextDouble() * (max - min));
        };
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String name() {
        String name = text(1, Text.MAX_NAME_LENGTH, false);
        return name.isBlank() ? "x" + name.substring(1) : name;
    }

    private String text(int minLength, int maxLength, boolean multiline) {
        StringBuilder out = new StringBuilder();
        int length = minLength + random.nextInt(Math.min(maxLength, 60) - minLength + 1);
        if (random.nextInt(20) == 0) {
            length = maxLength; // the longest text allowed
        }
        while (out.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 3) {
                out.append(WORDS[random.nextInt(WORDS.length)]);
            } else if (pick < 9) {
                out.append((char) (' ' + random.nextInt(95)));
            } else {
                out.append(multiline ? "\n\t" : " ");
            }
        }
        String text = out.toString();
        if (text.length() > maxLength) {
            text = text.substring(0, maxLength);
            if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                text = text.substring(0, text.length() - 1) + "z";
            }
        }
        return text;
    }
}
