package dsw.simulation.testkit;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.KeyPartitioning;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.kind.Behavior;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertyValue;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import dsw.model.value.Bandwidth;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random but valid designs and scenarios from one seed: clients (open and closed loop) over load
 * balancers, gateways and services down to databases, caches, queues with their consumers and
 * responders, with 1 to 3 replicas (databases and caches sometimes in 2 or 3 hash partitions); links that reach every component from the clients, plus extra
 * forward edges (sync or async, some two-way), each with a random network profile (latency
 * distribution, loss, duplication, reordering, corruption, bandwidth); and faults at random times
 * (crash and recover, pause, symmetric and one-way partitions with heals, link down and up, clock
 * skew). Runs are at most 2 s of virtual time and stay in the tens of thousands of events.
 * Thread-safe (stateless); the same seed always gives the same run.
 */
public final class RandomRuns {
    private static final KindCatalog KINDS = KindCatalog.standard();
    private static final String[] CLIENTS = {"client", "mobile-app", "web-browser"};
    private static final String[] FORWARDERS = {"load-balancer", "api-gateway", "sidecar-proxy"};
    private static final String[] RESPONDERS = {"registry", "lock-service", "external-system"};

    private RandomRuns() {}

    /** The run for {@code seed}, with faults. */
    public static RandomRun generate(long seed) {
        return new Generator(seed).run(true);
    }

    /** The run for {@code seed} without any fault, for tests that inject their own. */
    public static RandomRun withoutFaults(long seed) {
        return new Generator(seed).run(false);
    }

    /**
     * Random faults for the design, {@code count} of them (recoveries, heals and link-ups count
     * with the fault they end), at times up to {@code duration}.
     */
    public static List<ScheduledFault> faults(long seed, Design design, long duration, int count) {
        Generator g = new Generator(seed ^ 0x5DEECE66DL);
        g.duration = duration;
        design.components().forEach(c -> g.ids.add(c.id()));
        design.links().forEach(l -> g.linkIds.add(l.id()));
        design.groups().forEach(gr -> g.groupIds.add(gr.id()));
        for (int i = 0; i < count; i++) {
            g.fault(i);
        }
        return g.faults;
    }

    /** One generation: its random numbers and what it has made so far. */
    private static final class Generator {
        private final long seed;
        private final SplittableRandom random;
        private final List<Component> components = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<String> linkIds = new ArrayList<>();
        private final List<String> groupIds = new ArrayList<>();
        private final Set<String> pairs = new HashSet<>();
        private final List<ScheduledFault> faults = new ArrayList<>();
        private long duration;

        Generator(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
        }

        RandomRun run(boolean withFaults) {
            duration = ms(200 + random.nextInt(1801));
            List<String> clients = add("c", CLIENTS, 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 2));
            List<String> forwarders = add("fw", FORWARDERS, random.nextInt(3));
            List<String> services = add("svc", new String[] {"service"}, 1 + random.nextInt(3));
            List<String> queues = add("q", new String[] {"queue"}, random.nextInt(4) == 0 ? 1 : 0);
            List<String> workers = add("wrk", new String[] {"service"}, queues.size());
            List<String> caches = add("cache", new String[] {"cache"}, random.nextInt(3) == 0 ? 0 : 1);
            List<String> databases = add("db", new String[] {"database"}, random.nextInt(3));
            List<String> responders = add("ext", RESPONDERS, random.nextInt(3));

            // Every component is reached from above.
            for (String f : forwarders) {
                linkFrom(pick(union(clients, before(forwarders, f))), f);
            }
            for (String s : services) {
                linkFrom(pick(union(clients, forwarders, before(services, s))), s);
            }
            for (String q : queues) {
                linkFrom(pick(services), q);
            }
            for (int i = 0; i < workers.size(); i++) {
                linkFrom(queues.get(i), workers.get(i));
            }
            List<String> callers = union(services, workers);
            for (String c : caches) {
                linkFrom(pick(callers), c);
            }
            for (String d : databases) {
                linkFrom(pick(union(callers, before(databases, d))), d);
            }
            for (String r : responders) {
                linkFrom(pick(callers), r);
            }
            // Every client calls something.
            for (String c : clients) {
                if (links.stream().noneMatch(l -> l.from().equals(c))) {
                    linkFrom(c, pick(union(forwarders, services)));
                }
            }
            // A few extra forward edges (the component order is a topological order).
            int extra = random.nextInt(5);
            for (int i = 0; i < extra; i++) {
                int from = random.nextInt(ids.size());
                int to = random.nextInt(ids.size());
                if (from < to && callsDown(ids.get(from), ids.get(to))) {
                    linkFrom(ids.get(from), ids.get(to));
                }
            }
            List<Group> groups = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                groups.add(new Group("zone", "Zone", GroupKind.ZONE, null, null));
                groupIds.add("zone");
                components.replaceAll(c -> random.nextBoolean() ? c.withGroup("zone") : c);
            }

            List<Workload> workloads = new ArrayList<>();
            for (String c : clients) {
                int count = random.nextInt(4) == 0 ? 2 : 1;
                for (int i = 0; i < count; i++) {
                    workloads.add(workload(c));
                }
            }
            if (withFaults) {
                int count = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(6);
                for (int i = 0; i < count; i++) {
                    fault(i);
                }
            }
            Scenario scenario = new Scenario(random.nextLong(), duration, workloads, faults);
            return new RandomRun(seed, new Design("random " + seed, "", components, links, groups, scenario));
        }

        private List<String> add(String prefix, String[] kinds, int count) {
            List<String> added = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String id = prefix + i;
                Component c = Component.of(id, id, KINDS.get(kinds[random.nextInt(kinds.length)]));
                components.add(configure(c));
                ids.add(id);
                added.add(id);
            }
            return added;
        }

        private Component configure(Component c) {
            if (c.kind().property(PropertyKeys.REPLICAS).isPresent()) {
                c = c.withProperty(PropertyKeys.REPLICAS, whole(1 + random.nextInt(3)));
            }
            switch (c.kind().behavior()) {
                case CLIENT -> c = c.withProperty(PropertyKeys.TIMEOUT, duration(ms(20 + random.nextInt(1000))));
                case SERVICE -> {
                    c = c.withProperty(PropertyKeys.CONCURRENCY, whole(1 + random.nextInt(16)));
                    c = c.withProperty(PropertyKeys.QUEUE_CAPACITY, whole(random.nextInt(17)));
                    c = c.withProperty(PropertyKeys.SERVICE_TIME, timing(ms(5)));
                }
                case LOAD_BALANCER, GATEWAY -> c = c.withProperty(PropertyKeys.SERVICE_TIME, timing(ms(1)));
                case DATABASE, CACHE -> {
                    c = c.withProperty(PropertyKeys.CONCURRENCY, whole(1 + random.nextInt(32)));
                    c = c.withProperty(PropertyKeys.QUEUE_CAPACITY, whole(random.nextInt(33)));
                    c = c.withProperty(PropertyKeys.READ_TIME, timing(ms(2)));
                    c = c.withProperty(PropertyKeys.WRITE_TIME, timing(ms(4)));
                    if (random.nextInt(4) == 0) {
                        c = c.withProperty(KeyPartitioning.PARTITIONS, whole(2 + random.nextInt(2)));
                    }
                    if (c.kind().behavior() == Behavior.CACHE) {
                        c = c.withProperty("capacity", whole(1 + random.nextInt(20)));
                        c = c.withProperty("ttl", duration(ms(10 + random.nextInt(1000))));
                    }
                }
                case QUEUE -> {
                    c = c.withProperty("capacity", whole(1 + random.nextInt(20)));
                    c = c.withProperty(PropertyKeys.SERVICE_TIME, timing(ms(1)));
                }
                case REGISTRY, LOCK -> c = c.withProperty(PropertyKeys.SERVICE_TIME, timing(ms(2)));
                case EXTERNAL -> {
                    c = c.withProperty(PropertyKeys.SERVICE_TIME, timing(ms(10)));
                    c = c.withProperty("failureRate", new PropertyValue.NumberValue(random.nextDouble(0.3)));
                }
            }
            return c;
        }

        /** Whether a link from {@code from} down to {@code to} makes sense for the behaviours. */
        private boolean callsDown(String from, String to) {
            Behavior a = behavior(from);
            Behavior b = behavior(to);
            if (b == Behavior.CLIENT) {
                return false;
            }
            return switch (a) {
                case CLIENT, LOAD_BALANCER, GATEWAY, SERVICE -> b != Behavior.QUEUE || a == Behavior.SERVICE;
                case DATABASE -> b == Behavior.DATABASE || b == Behavior.CACHE;
                case QUEUE -> b == Behavior.SERVICE;
                default -> false;
            };
        }

        private Behavior behavior(String id) {
            return components.get(ids.indexOf(id)).kind().behavior();
        }

        private void linkFrom(String from, String to) {
            if (!pairs.add(from + ">" + to)) {
                return;
            }
            String id = "l" + (links.size() + 1);
            boolean toQueue = behavior(to) == Behavior.QUEUE;
            LinkMode mode = random.nextInt(4) == 0 && !toQueue ? LinkMode.ASYNC : LinkMode.SYNC;
            LinkDirection direction = random.nextInt(4) == 0 ? LinkDirection.BOTH : LinkDirection.FORWARD;
            links.add(Link.of(id, from, to)
                    .withMode(mode)
                    .withDirection(direction)
                    .withNetwork(random.nextInt(4) == 0 ? NetworkProfile.DEFAULT : network()));
            linkIds.add(id);
        }

        private NetworkProfile network() {
            return new NetworkProfile(
                    distribution(ms(10)),
                    chance(0.4, 0.2),
                    chance(0.3, 0.2),
                    chance(0.3, 0.6),
                    chance(0.3, 0.1),
                    random.nextInt(3) == 0
                            ? new Bandwidth(List.of(10_000_000L, 100_000_000L, 1_000_000_000L)
                                    .get(random.nextInt(3)))
                            : Bandwidth.UNLIMITED);
        }

        /** With probability {@code p} a probability up to {@code max}, else 0; sometimes exactly max. */
        private double chance(double p, double max) {
            if (random.nextDouble() >= p) {
                return 0;
            }
            return random.nextInt(5) == 0 ? max : random.nextDouble(max);
        }

        /** A random distribution with a mean around {@code scale} (bounded tails). */
        private Distribution distribution(long scale) {
            long mean = 1 + random.nextLong(scale + 1);
            return switch (random.nextInt(5)) {
                case 0 -> Distribution.constant(random.nextInt(6) == 0 ? 0 : mean);
                case 1 -> new Distribution.Uniform(mean / 2, mean + mean / 2);
                case 2 -> new Distribution.Normal(mean, mean / 3);
                case 3 -> new Distribution.Exponential(mean);
                default -> new Distribution.LogNormal(mean, random.nextDouble(1.0));
            };
        }

        private Workload workload(String client) {
            List<String> direct = links.stream()
                    .filter(l -> l.from().equals(client))
                    .map(Link::to)
                    .toList();
            String target = random.nextInt(4) == 0 ? direct.get(random.nextInt(direct.size())) : null;
            LoadModel load = random.nextBoolean()
                    ? new LoadModel.OpenLoop(10 + random.nextInt(390), random.nextInt(4) != 0)
                    : new LoadModel.ClosedLoop(1 + random.nextInt(12), distribution(ms(40)));
            long start = random.nextInt(3) == 0 ? random.nextLong(duration / 2) : 0;
            long stop = random.nextInt(4) == 0 ? start + 1 + random.nextLong(duration) : -1;
            KeySpace keys = new KeySpace(1 + random.nextInt(50), random.nextBoolean() ? 0 : 0.5 + random.nextDouble());
            int payload = random.nextInt(4) == 0 ? random.nextInt(16 * 1024) : random.nextInt(1024);
            return new Workload(client, target, load, random.nextDouble(), keys, start, stop, payload);
        }

        private long time() {
            return random.nextInt(10) == 0 ? 0 : random.nextLong(duration + 1);
        }

        private void fault(int i) {
            long at = time();
            switch (random.nextInt(6)) {
                case 0 -> {
                    String target = pick(ids);
                    add(at, new Fault.Crash(target));
                    if (random.nextInt(10) < 7) {
                        add(later(at), new Fault.Recover(target));
                    }
                }
                case 1 -> add(at, new Fault.Pause(pick(ids), 1 + random.nextLong(ms(300))));
                case 2 -> {
                    String name = "p" + i;
                    List<String> sideA = new ArrayList<>();
                    List<String> sideB = new ArrayList<>();
                    List<String> names = union(ids, groupIds);
                    for (String id : names) {
                        int side = random.nextInt(3);
                        if (side == 0) {
                            sideA.add(id);
                        } else if (side == 1) {
                            sideB.add(id);
                        }
                    }
                    if (sideA.isEmpty() || sideB.isEmpty()) {
                        sideA = List.of(ids.get(0));
                        sideB = List.of(ids.get(ids.size() - 1));
                    }
                    add(at, new Fault.Partition(name, sideA, sideB, random.nextInt(3) == 0));
                    if (random.nextInt(10) < 8) {
                        add(later(at), new Fault.Heal(random.nextInt(4) == 0 ? null : name));
                    }
                }
                case 3 -> {
                    String link = pick(linkIds);
                    add(at, new Fault.LinkDown(link));
                    if (random.nextInt(10) < 8) {
                        add(later(at), new Fault.LinkUp(link));
                    }
                }
                case 4 -> {
                    long offset = random.nextLong(-Micros.PER_SECOND, Micros.PER_SECOND + 1);
                    double drift = random.nextBoolean() ? 0 : random.nextDouble(-2000, 2000);
                    add(at, new Fault.ClockSkew(pick(ids), offset, drift));
                }
                default -> {
                    String target = pick(ids);
                    add(at, new Fault.Crash(target));
                    add(later(at), new Fault.Recover(target));
                    add(later(at), new Fault.Pause(target, 1 + random.nextLong(ms(100))));
                }
            }
        }

        private long later(long at) {
            return Math.min(duration, at + random.nextLong(1 + Math.max(1, duration / 2)));
        }

        private void add(long at, Fault fault) {
            faults.add(new ScheduledFault(at, fault));
        }

        private String pick(List<String> from) {
            return from.get(random.nextInt(from.size()));
        }

        private static List<String> before(List<String> list, String item) {
            return list.subList(0, list.indexOf(item));
        }

        @SafeVarargs
        private static List<String> union(List<String>... lists) {
            List<String> all = new ArrayList<>();
            for (List<String> list : lists) {
                all.addAll(list);
            }
            return all;
        }

        private PropertyValue timing(long scale) {
            return new PropertyValue.DistributionValue(distribution(scale));
        }

        private static PropertyValue whole(long value) {
            return new PropertyValue.IntValue(value);
        }

        private static PropertyValue duration(long micros) {
            return new PropertyValue.DurationValue(micros);
        }
    }

    private static long ms(long millis) {
        return millis * Micros.PER_MILLISECOND;
    }
}
