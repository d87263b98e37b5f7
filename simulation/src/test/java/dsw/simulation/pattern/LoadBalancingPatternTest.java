package dsw.simulation.pattern;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.PropertyKeys;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.PatternSettings;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Workload;
import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Load-balancing strategies, health checks and registry discovery, as a user sees them in the trace. */
class LoadBalancingPatternTest {
    private static final long PROBE_INTERVAL = ms(100);
    private static final long PROBE_TIMEOUT = ms(50);

    /** Client {@code c} sends a read on one of 1,000 keys every {@code gapMillis} to {@code target}. */
    private static Workload reads(String target, double gapMillis) {
        return new Workload(
                "c", target, new LoadModel.OpenLoop(1000.0 / gapMillis, false), 1.0, new KeySpace(1000, 0), 0, -1, 100);
    }

    private static Tiny service(Tiny design, String id, int replicas, long serviceTime) {
        return design.component(id, "service", replicas)
                .set(id, PropertyKeys.SERVICE_TIME, Distribution.constant(serviceTime))
                .set(id, PropertyKeys.CONCURRENCY, 10_000);
    }

    /** A load balancer in front of two fast instances (1 ms) and one slow one (800 ms). */
    private static Trace slowBackend(String strategy) {
        Tiny design = Tiny.design("one slow backend")
                .component("c", "client")
                .component("lb", "load-balancer")
                .set("lb", "strategy", new PropertyValue.TextValue(strategy));
        design = service(design, "fast", 2, ms(1));
        design = service(design, "slow", 1, ms(800));
        return Runs.finished(design.link("c", "lb")
                .link("lb", "fast")
                .link("lb", "slow")
                .workload(reads("lb", 1))
                .duration(ms(3000))
                .build());
    }

    /** The 99th percentile of the client's request latency: answer received minus request sent. */
    private static long p99(Trace trace) {
        int client = Runs.process(trace, "c");
        List<Long> latencies = new ArrayList<>();
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            if (trace.messageKind(msg) == MessageKind.RESPONSE && trace.messageTo(msg) == client) {
                for (int seq : Runs.fates(trace, msg, EventType.RECEIVE)) {
                    latencies.add(trace.time(seq) - Runs.sentAt(trace, trace.messageReplyTo(msg)));
                }
            }
        }
        Collections.sort(latencies);
        return latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1);
    }

    private static int requests(Trace trace, String from, String to) {
        return Runs.messages(trace, MessageKind.REQUEST, from, to).size();
    }

    private static double slowShare(Trace trace) {
        int slow = requests(trace, "lb", "slow");
        return (double) slow / (slow + requests(trace, "lb", "fast#1") + requests(trace, "lb", "fast#2"));
    }

    private static List<Integer> decisions(Trace trace, Decision decision) {
        return Runs.events(trace, seq -> trace.decision(seq) == decision);
    }

    @Test
    void leastConnectionsBeatsRoundRobinOnP99WithOneSlowBackend() {
        long roundRobin = p99(slowBackend("round-robin"));
        long leastConnections = p99(slowBackend("least-connections"));
        System.out.printf(
                "p99 with one slow backend: round robin %.1f ms, least connections %.1f ms%n",
                roundRobin / 1000.0, leastConnections / 1000.0);
        assertThat(roundRobin).isGreaterThanOrEqualTo(ms(800));
        assertThat(leastConnections).isLessThan(ms(20));
    }

    @Test
    void powerOfTwoChoicesAvoidsTheSlowBackendMoreThanRandom() {
        double random = slowShare(slowBackend("random"));
        double powerOfTwo = slowShare(slowBackend("power-of-two"));
        System.out.printf(
                "share of requests to the slow backend: random %.3f, power of two %.3f%n", random, powerOfTwo);
        assertThat(random).isBetween(0.28, 0.38);
        assertThat(powerOfTwo).isLessThan(random / 4);
    }

    @Test
    void weightedRoundRobinSplitsThreeToOne() {
        Tiny design = Tiny.design("weights")
                .component("c", "client")
                .component("lb", "load-balancer")
                .set("lb", "strategy", new PropertyValue.TextValue("weighted-round-robin"));
        design = service(design, "a", 1, 0);
        design = service(design, "b", 1, 0);
        Trace trace = Runs.finished(design.link("c", "lb")
                .link("lb", "a")
                .link("lb", "b")
                .pattern("lb", "a", PatternSettings.defaults("weight").with("weight", 3))
                .workload(reads("lb", 5))
                .duration(ms(2000))
                .build());

        int a = requests(trace, "lb", "a");
        int b = requests(trace, "lb", "b");
        System.out.printf("weighted round robin 3:1 sent %d to a and %d to b%n", a, b);
        assertThat(a + b).isEqualTo(399);
        assertThat(Math.abs(a - 3 * b)).isLessThanOrEqualTo(3);
    }

    /** A load balancer with health checks in front of a, b and c; b crashes at 500 ms and recovers at 1,500 ms. */
    private static Trace crashAndRecovery(String strategy) {
        Tiny design = Tiny.design("health checks")
                .component("c", "client")
                .component("lb", "load-balancer")
                .set("lb", "strategy", new PropertyValue.TextValue(strategy))
                .pattern(
                        "lb",
                        PatternSettings.defaults("healthCheck")
                                .with("interval", new PropertyValue.DurationValue(PROBE_INTERVAL))
                                .with("timeout", new PropertyValue.DurationValue(PROBE_TIMEOUT)));
        for (String id : List.of("a", "b", "c2")) {
            design = service(design, id, 1, ms(1)).link("lb", id);
        }
        return Runs.finished(design.link("c", "lb")
                .workload(reads("lb", 5))
                .fault(ms(500), new Fault.Crash("b"))
                .fault(ms(1500), new Fault.Recover("b"))
                .duration(ms(2500))
                .build());
    }

    @Test
    void healthChecksStopSendingToACrashedBackendAndResumeAfterRecovery() {
        Trace trace = crashAndRecovery("round-robin");
        List<Integer> down = decisions(trace, Decision.BACKEND_DOWN);
        List<Integer> up = decisions(trace, Decision.BACKEND_UP);
        assertThat(down).hasSize(1);
        assertThat(up).hasSize(1);
        assertThat(trace.detail(down.get(0))).isEqualTo("b down after 3 failed health checks");
        assertThat(trace.detail(up.get(0))).isEqualTo("b up after 2 passed health checks");

        long downAt = trace.time(down.get(0));
        long upAt = trace.time(up.get(0));
        System.out.printf(
                "b crashed at 500 ms, marked down at %.1f ms, recovered at 1500 ms, marked up at %.1f ms%n",
                downAt / 1000.0, upAt / 1000.0);
        assertThat(downAt)
                .isBetween(ms(500) + 2 * PROBE_INTERVAL + PROBE_TIMEOUT, ms(500) + 3 * PROBE_INTERVAL + PROBE_TIMEOUT);
        assertThat(upAt).isBetween(ms(1500) + PROBE_INTERVAL, ms(1500) + 2 * PROBE_INTERVAL + PROBE_TIMEOUT);

        List<Long> sentToB = Runs.messages(trace, MessageKind.REQUEST, "lb", "b").stream()
                .map(msg -> Runs.sentAt(trace, msg))
                .toList();
        assertThat(sentToB).as("requests lost while the checks noticed").anyMatch(t -> t > ms(500) && t < downAt);
        assertThat(sentToB).as("requests while b was down").noneMatch(t -> t > downAt && t < upAt);
        assertThat(sentToB).as("requests after b came back").anyMatch(t -> t > upAt);
    }

    @Test
    void consistentHashingKeepsKeysOnOneBackendAndRecordsTheKeysThatMove() {
        Trace trace = crashAndRecovery("consistent-hash");
        Map<Integer, Integer> ownerOfKey = new HashMap<>();
        int lb = Runs.process(trace, "lb");
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            if (trace.messageKind(msg) == MessageKind.REQUEST
                    && trace.messageFrom(msg) == lb
                    && Runs.sentAt(trace, msg) < ms(500)) {
                int owner = trace.messageTo(msg);
                assertThat(ownerOfKey.merge(trace.messageKey(msg), owner, (x, y) -> x))
                        .as("backend of k%d", trace.messageKey(msg))
                        .isEqualTo(owner);
            }
        }

        List<Integer> moved = decisions(trace, Decision.KEYS_MOVED);
        assertThat(moved).hasSize(2);
        String left = trace.detail(moved.get(0));
        String joined = trace.detail(moved.get(1));
        // only b's keys move when b leaves, and only to b when it joins again; the label names some
        assertThat(left).matches("ring changed: b left, \\d+% of keys moved \\((k\\d+ b→(a|c2), ){4}…\\)");
        assertThat(joined).matches("ring changed: b joined, \\d+% of keys moved \\((k\\d+ (a|c2)→b, ){4}…\\)");
        int share = Integer.parseInt(left.replaceAll(".*, (\\d+)% .*", "$1"));
        assertThat(share).isBetween(20, 45);
    }

    @Test
    void registryStalenessLastsUntilTheRegistryExpiresTheInstanceAndTheCacheExpires() {
        long ttl = ms(3000);
        long cacheTtl = ms(2000);
        long crash = ms(2500);
        Tiny design = Tiny.design("service discovery")
                .component("c", "client")
                .component("gw", "api-gateway")
                .component("reg", "registry")
                .setDuration("reg", "ttl", ttl)
                .link("c", "gw")
                .link("gw", "reg");
        PatternSettings discovery = PatternSettings.defaults("balancing")
                .with("discovery", new PropertyValue.TextValue("registry"))
                .with("cacheTtl", new PropertyValue.DurationValue(cacheTtl));
        for (String id : List.of("api-1", "api-2", "api-3")) {
            design =
                    service(design, id, 1, ms(1)).link("gw", id).link(id, "reg").pattern("gw", id, discovery);
        }
        Trace trace = Runs.finished(design.workload(reads("gw", 5))
                .fault(crash, new Fault.Crash("api-2"))
                .duration(ms(10_000))
                .build());

        List<Integer> expired = decisions(trace, Decision.EXPIRED);
        assertThat(expired).hasSize(1);
        assertThat(trace.detail(expired.get(0))).startsWith("expired api-2: no renewal for 3s");
        long expiredAt = trace.time(expired.get(0));
        assertThat(expiredAt).isBetween(crash, crash + ttl);
        assertThat(decisions(trace, Decision.RESOLVED))
                .extracting(trace::detail)
                .contains("resolved api-2: 1 instance (api-2), cached 2s", "resolved api-2: 0 instances, cached 2s");

        List<Long> sentToDead = Runs.messages(trace, MessageKind.REQUEST, "gw", "api-2").stream()
                .map(msg -> Runs.sentAt(trace, msg))
                .filter(t -> t > crash)
                .toList();
        long lastSent = sentToDead.get(sentToDead.size() - 1);
        System.out.printf(
                "api-2 crashed at %.0f ms, the registry expired it at %.0f ms, the gateway last called it at %.0f ms (%d calls after the crash)%n",
                crash / 1000.0, expiredAt / 1000.0, lastSent / 1000.0, sentToDead.size());
        assertThat(sentToDead.size()).as("calls to the dead instance").isGreaterThan(10);
        assertThat(lastSent).as("stale cache outlives the registry's entry").isGreaterThan(expiredAt);
        assertThat(lastSent).isLessThanOrEqualTo(crash + ttl + cacheTtl + ms(10));
    }

    @Test
    void clientSideConsistentHashingSendsEachKeyToOneInstance() {
        Tiny design = Tiny.design("client-side hashing").component("c", "client");
        design = service(design, "api", 3, ms(1));
        Trace trace = Runs.finished(design.link("c", "api")
                .pattern(
                        "c",
                        "api",
                        PatternSettings.defaults("balancing")
                                .with("strategy", new PropertyValue.TextValue("consistent-hash")))
                .workload(reads("api", 2))
                .duration(ms(1000))
                .build());
        Map<Integer, Integer> ownerOfKey = new HashMap<>();
        int[] perInstance = new int[3];
        int c = Runs.process(trace, "c");
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            if (trace.messageKind(msg) == MessageKind.REQUEST && trace.messageFrom(msg) == c) {
                int owner = trace.messageTo(msg);
                assertThat(ownerOfKey.merge(trace.messageKey(msg), owner, (x, y) -> x))
                        .isEqualTo(owner);
                perInstance[owner - Runs.process(trace, "api#1")]++;
            }
        }
        assertThat(Arrays.stream(perInstance).boxed().toList()).allMatch(n -> n > 100);
    }

    @Test
    void aClientResolvesItsTargetThroughTheRegistryItLinksTo() {
        Tiny design = Tiny.design("client-side discovery")
                .component("c", "client")
                .component("reg", "registry")
                .link("c", "reg");
        design = service(design, "api", 2, ms(1));
        Trace trace = Runs.finished(design.link("c", "api")
                .link("api", "reg")
                .pattern(
                        "c",
                        "api",
                        PatternSettings.defaults("balancing")
                                .with("discovery", new PropertyValue.TextValue("registry")))
                .workload(reads("api", 10))
                .duration(ms(1000))
                .build());

        List<Integer> resolved = decisions(trace, Decision.RESOLVED);
        assertThat(resolved)
                .extracting(trace::detail)
                .containsExactly("resolved api: 2 instances (api#1, api#2), cached 30s");
        assertThat(trace.process(resolved.get(0))).isEqualTo(Runs.process(trace, "c"));
        assertThat(requests(trace, "c", "reg")).isZero();
        assertThat(Runs.messages(trace, MessageKind.CONTROL, "c", "reg")).hasSize(1);
        assertThat(Runs.messages(trace, MessageKind.HEARTBEAT, "api#1", "reg")).hasSize(1);
    }
}
