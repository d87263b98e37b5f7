package dsw.simulation.pattern;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.pattern.PatternSettings;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Workload;
import dsw.model.scenario.WriteKind;
import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import dsw.simulation.testkit.TraceInvariants;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The callee-side protections (rate limiter, load shedding, graceful shutdown) and the
 * idempotency patterns (idempotency keys, conditional writes), as a user sees them in the trace.
 */
class ProtectionPatternTest {
    private static final Pattern VALUE = Pattern.compile("^k0 (?:= |incremented again .*: now )(\\d+)");

    // ---- rate limiter ----

    @Test
    void aGlobalRateLimiterLetsThroughTheBurstPlusTheRate() {
        Trace trace = Runs.finished(limited("global", 2).build());

        int arrived = delivered(trace, "c1", "s") + delivered(trace, "c2", "s");
        int accepted = answered(trace, "c1", Status.OK) + answered(trace, "c2", Status.OK);
        // 2 clients at 100/s for 1s; a bucket of 10 tokens refilled at 50/s: 10 + 50 through.
        assertThat(arrived).isEqualTo(198);
        assertThat(accepted).isBetween(58, 61);
        assertThat(decisions(trace, Decision.RATE_LIMITED)).hasSize(arrived - accepted);
        assertThat(trace.detail(decisions(trace, Decision.RATE_LIMITED).get(0)))
                .isEqualTo("rate limited PUT k0: no token (50/s, burst 10)");
    }

    @Test
    void aPerClientRateLimiterGivesEachCallerItsOwnBucket() {
        Trace trace = Runs.finished(limited("per-client", 2).build());

        assertThat(answered(trace, "c1", Status.OK)).isBetween(58, 61);
        assertThat(answered(trace, "c2", Status.OK)).isBetween(58, 61);
    }

    @Test
    void throttlingMakesRequestsWaitForATokenInsteadOfTurningThemAway() {
        Trace trace = Runs.finished(limited("global", 1)
                .pattern(
                        "s",
                        PatternSettings.defaults("rateLimiter")
                                .with("rate", 50.0)
                                .with("burst", 10L)
                                .with("maxWait", Micros.PER_SECOND * 10))
                .build());

        assertThat(decisions(trace, Decision.RATE_LIMITED)).isEmpty();
        // 100/s offered, 50/s served after the burst: the backlog of waiting requests grows.
        List<Long> latencies = latencies(trace, "c1", "s", Status.OK);
        assertThat(latencies.get(latencies.size() - 1)).isGreaterThan(ms(300));
    }

    private static Tiny limited(String scope, int clients) {
        Tiny design = Tiny.design("rate limited")
                .component("s", "service")
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(0))
                .pattern(
                        "s",
                        PatternSettings.defaults("rateLimiter")
                                .with("rate", 50.0)
                                .with("burst", 10L)
                                .with("scope", scope))
                .duration(ms(1000));
        for (int i = 1; i <= clients; i++) {
            design.component("c" + i, "client").link("c" + i, "s").everyMillis("c" + i, "s", 10, 0, -1, 0.0, 100);
        }
        return design;
    }

    // ---- load shedding ----

    @Test
    void sheddingByQueueingTimeKeepsAcceptedLatencyBoundedUnderTwiceTheCapacity() {
        Trace shedding = Runs.finished(overloaded()
                .pattern(
                        "s",
                        PatternSettings.defaults("loadShedding")
                                .with("by", "queueing-time")
                                .with("maxQueueingTime", ms(30)))
                .build());
        Trace plain = Runs.finished(overloaded().build());

        // Service time 10 ms: accepted requests wait at most 30 ms, so p99 stays below 5 x 10 ms.
        List<Long> accepted = latencies(shedding, "c", "s", Status.OK);
        assertThat(percentile(accepted, 0.99)).isLessThan(ms(50));
        assertThat(decisions(shedding, Decision.SHED).size()).isBetween(150, 210);
        assertThat(shedding.detail(decisions(shedding, Decision.SHED).get(0)))
                .matches("shed PUT k0: waited 3\\d(\\.\\d+)?ms, limit 30ms");

        // Without shedding the line grows through the run: late requests wait far longer than early ones.
        List<Long> all = latencies(plain, "c", "s", Status.OK);
        assertThat(decisions(plain, Decision.SHED)).isEmpty();
        long early = percentile(all.subList(0, all.size() / 4), 0.5);
        long late = percentile(all.subList(all.size() * 3 / 4, all.size()), 0.5);
        assertThat(late).isGreaterThan(ms(500)).isGreaterThan(5 * early);
    }

    @Test
    void sheddingByQueueLengthTurnsArrivalsAwayAtTheLimit() {
        Trace trace = Runs.finished(overloaded()
                .pattern("s", PatternSettings.defaults("loadShedding").with("maxQueueLength", 3L))
                .build());

        assertThat(percentile(latencies(trace, "c", "s", Status.OK), 0.99)).isLessThan(ms(50));
        assertThat(decisions(trace, Decision.SHED)).isNotEmpty();
        assertThat(trace.detail(decisions(trace, Decision.SHED).get(0)))
                .isEqualTo("shed PUT k0: 3 requests waiting, limit 3");
    }

    /** A service that serves 100 requests a second, offered 200 a second for two seconds. */
    private static Tiny overloaded() {
        return Tiny.design("overloaded")
                .component("c", "client")
                .component("s", "service")
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(10)))
                .set("s", PropertyKeys.CONCURRENCY, 1)
                .set("s", PropertyKeys.QUEUE_CAPACITY, 10_000)
                .setDuration("c", PropertyKeys.TIMEOUT, Micros.PER_MINUTE)
                .link("c", "s")
                .everyMillis("c", "s", 5, 0, ms(2000), 0.0, 100)
                .duration(ms(2500));
    }

    // ---- idempotency keys ----

    @Test
    void withoutIdempotencyEveryDuplicatedIncrementIsAppliedTwice() {
        Trace trace = Runs.finished(duplicated().build());

        int requests = requests(trace, "c", "db").size();
        assertThat(requests).isEqualTo(89);
        assertThat(decisions(trace, Decision.APPLIED_AGAIN)).hasSize(requests);
        assertThat(finalValue(trace, "db")).isEqualTo(2L * requests);
    }

    @Test
    void withIdempotencyKeysTheFinalCountIsExact() {
        Trace trace = Runs.finished(duplicated()
                .pattern("db", PatternSettings.defaults("idempotency"))
                .build());

        int requests = requests(trace, "c", "db").size();
        assertThat(decisions(trace, Decision.APPLIED_AGAIN)).isEmpty();
        assertThat(decisions(trace, Decision.DEDUPLICATED)).hasSize(requests);
        assertThat(finalValue(trace, "db")).isEqualTo(requests);
    }

    @Test
    void aServiceWithIdempotencyKeysDoesNotRepeatTheReadModifyWrite() {
        Trace trace = Runs.finished(Tiny.design("service keys")
                .component("c", "client")
                .component("s", "service")
                .component("db", "database")
                .link("c", "s", NetworkProfile.DEFAULT.withDuplication(1.0))
                .link("s", "db")
                .pattern("s", PatternSettings.defaults("idempotency"))
                .workload(increments("c", "s", 50, ms(800)))
                .duration(ms(1000))
                .build());

        int requests = requests(trace, "c", "s").size();
        assertThat(decisions(trace, Decision.DEDUPLICATED)).hasSize(requests);
        assertThat(finalValue(trace, "db")).isEqualTo(requests);
    }

    /** A client sends an increment every 10 ms over a link that delivers every message twice. */
    private static Tiny duplicated() {
        return Tiny.design("duplicated increments")
                .component("c", "client")
                .component("db", "database")
                .link("c", "db", NetworkProfile.DEFAULT.withDuplication(1.0))
                .workload(increments("c", "db", 10, ms(900)))
                .duration(ms(1000));
    }

    // ---- conditional writes ----

    @Test
    void blindReadModifyWritesLoseConcurrentIncrements() {
        Trace trace = Runs.finished(racing().build());

        int acknowledged = answered(trace, "c", Status.OK);
        assertThat(acknowledged).isEqualTo(requests(trace, "c", "s").size());
        assertThat(finalValue(trace, "db")).isLessThan(acknowledged);
        assertThat(decisions(trace, Decision.LOST_UPDATE)).isNotEmpty();
        assertThat(trace.detail(decisions(trace, Decision.LOST_UPDATE).get(0)))
                .matches("write based on version \\d+ overwrote version \\d+: \\d+ increments? lost");
    }

    @Test
    void compareAndSetKeepsEveryAcknowledgedIncrement() {
        Trace trace = Runs.finished(racing().pattern("db", PatternSettings.defaults("conditionalWrites"))
                .build());

        int acknowledged = answered(trace, "c", Status.OK);
        assertThat(decisions(trace, Decision.LOST_UPDATE)).isEmpty();
        assertThat(decisions(trace, Decision.CONFLICT)).isNotEmpty();
        assertThat(trace.detail(decisions(trace, Decision.CONFLICT).get(0)))
                .matches("k0 is at version \\d+, write based on \\d+ refused");
        assertThat(acknowledged).isGreaterThan(requests(trace, "c", "s").size() / 2);
        assertThat(finalValue(trace, "db")).isEqualTo(acknowledged);
    }

    /** Increments every 3 ms through a service whose read-modify-write takes about 8 ms. */
    private static Tiny racing() {
        return Tiny.design("racing increments")
                .component("c", "client")
                .component("s", "service")
                .component("db", "database")
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .set("db", PropertyKeys.READ_TIME, Distribution.constant(ms(1)))
                .set("db", PropertyKeys.WRITE_TIME, Distribution.constant(ms(2)))
                .link("c", "s")
                .link("s", "db")
                .workload(increments("c", "s", 3, ms(800)))
                .duration(ms(1000));
    }

    private static Workload increments(String client, String target, double gapMillis, long stop) {
        return new Workload(
                        client,
                        target,
                        new LoadModel.OpenLoop(1000.0 / gapMillis, false),
                        0.0,
                        new KeySpace(1, 0),
                        0,
                        stop,
                        100)
                .withWrites(WriteKind.INCREMENT);
    }

    // ---- graceful shutdown ----

    @Test
    void aGracefulShutdownAnswersEveryRequestItAccepted() {
        Trace trace = Runs.finished(busy().fault(ms(300), new Fault.Shutdown("s", Micros.PER_MINUTE / 2))
                .build());

        assertThat(unanswered(trace)).isEmpty();
        assertThat(decisions(trace, Decision.DRAINING)).hasSize(1);
        List<Integer> stopped = decisions(trace, Decision.STOPPED);
        assertThat(stopped).hasSize(1);
        assertThat(trace.detail(stopped.get(0))).isEqualTo("stopped: every accepted request answered");
        assertThat(trace.time(stopped.get(0))).isGreaterThan(ms(300));
        assertThat(answered(trace, "c", Status.REJECTED)).isPositive();
        assertThat(Runs.events(trace, EventType.CRASH, "s")).hasSize(1);
        assertThat(TraceInvariants.crashedAndPausedProcessesAreSilent(trace).isEmpty())
                .isTrue();
    }

    @Test
    void aShortDrainStopsWithWorkUnfinished() {
        Trace trace = Runs.finished(
                busy().fault(ms(300), new Fault.Shutdown("s", ms(100))).build());

        List<Integer> stopped = decisions(trace, Decision.STOPPED);
        assertThat(stopped).hasSize(1);
        assertThat(trace.time(stopped.get(0))).isEqualTo(ms(400));
        assertThat(unanswered(trace)).isNotEmpty();
    }

    @Test
    void aCrashAtTheSameMomentLeavesAcceptedRequestsUnanswered() {
        Trace trace = Runs.finished(busy().fault(ms(300), new Fault.Crash("s")).build());

        assertThat(unanswered(trace)).isNotEmpty();
        assertThat(decisions(trace, Decision.STOPPED)).isEmpty();
    }

    /** A service with two workers of 50 ms each, offered a request every 10 ms: a line builds up. */
    private static Tiny busy() {
        return Tiny.design("busy")
                .component("c", "client")
                .component("s", "service")
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(50)))
                .set("s", PropertyKeys.CONCURRENCY, 2)
                .setDuration("c", PropertyKeys.TIMEOUT, Micros.PER_MINUTE)
                .link("c", "s")
                .everyMillis("c", "s", 10, 0, -1, 1.0, 100)
                .duration(ms(1500));
    }

    /** Requests that s received before 300 ms and never answered. */
    private static List<Integer> unanswered(Trace trace) {
        List<Integer> replied = new ArrayList<>();
        for (int msg : Runs.messages(trace, MessageKind.RESPONSE, "s", "c")) {
            replied.add(trace.messageReplyTo(msg));
        }
        List<Integer> missing = new ArrayList<>();
        for (int msg : requests(trace, "c", "s")) {
            List<Integer> received = Runs.fates(trace, msg, EventType.RECEIVE);
            if (!received.isEmpty() && trace.time(received.get(0)) < ms(300) && !replied.contains(msg)) {
                missing.add(msg);
            }
        }
        return missing;
    }

    // ---- reading the trace ----

    private static List<Integer> requests(Trace trace, String from, String to) {
        return Runs.messages(trace, MessageKind.REQUEST, from, to);
    }

    /** Requests from {@code from} that reached {@code to} before the run ended. */
    private static int delivered(Trace trace, String from, String to) {
        int count = 0;
        for (int msg : requests(trace, from, to)) {
            if (!Runs.fates(trace, msg, EventType.RECEIVE).isEmpty()) {
                count++;
            }
        }
        return count;
    }

    private static List<Integer> decisions(Trace trace, Decision decision) {
        return Runs.events(trace, seq -> trace.decision(seq) == decision);
    }

    /** Responses with {@code status} that client {@code client} received. */
    private static int answered(Trace trace, String client, Status status) {
        int c = Runs.process(trace, client);
        int count = 0;
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            if (trace.messageKind(msg) == MessageKind.RESPONSE
                    && trace.messageTo(msg) == c
                    && trace.messageStatus(msg) == status
                    && !Runs.fates(trace, msg, EventType.RECEIVE).isEmpty()) {
                count++;
            }
        }
        return count;
    }

    /** How long each request from {@code client} to {@code server} took, for answers with {@code status}, in send order. */
    private static List<Long> latencies(Trace trace, String client, String server, Status status) {
        List<Long> latencies = new ArrayList<>();
        for (int msg : Runs.messages(trace, MessageKind.RESPONSE, server, client)) {
            List<Integer> received = Runs.fates(trace, msg, EventType.RECEIVE);
            if (trace.messageStatus(msg) == status && !received.isEmpty()) {
                latencies.add(trace.time(received.get(0)) - Runs.sentAt(trace, trace.messageReplyTo(msg)));
            }
        }
        return latencies;
    }

    private static long percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    /** The last value of key 0 that the store's events show. */
    private static long finalValue(Trace trace, String store) {
        long value = 0;
        int p = Runs.process(trace, store);
        for (int seq = 0; seq < trace.size(); seq++) {
            if (trace.type(seq) == EventType.LOCAL && trace.process(seq) == p) {
                Matcher m = VALUE.matcher(trace.detail(seq));
                if (m.find()) {
                    value = Long.parseLong(m.group(1));
                }
            }
        }
        return value;
    }
}
