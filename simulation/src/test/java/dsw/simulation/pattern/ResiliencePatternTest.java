package dsw.simulation.pattern;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.PropertyKeys;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.PatternSettings;
import dsw.model.scenario.Fault;
import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The caller-side resilience patterns as a user sees them in the trace: decisions, sends, latencies. */
class ResiliencePatternTest {

    /** A client {@code c} calling an external system {@code payments} every 10 ms over 1 ms links. */
    private static Tiny clientAndPayments(double failureRate) {
        return clientAndPayments(failureRate, -1);
    }

    /** As above, with the client's last request before {@code stop} (-1: to the end). */
    private static Tiny clientAndPayments(double failureRate, long stop) {
        return Tiny.design("client and payments")
                .component("c", "client")
                .component("payments", "external-system")
                .set("payments", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .set("payments", "failureRate", new PropertyValue.NumberValue(failureRate))
                .link("c", "payments")
                .everyMillis("c", "payments", 10, 0, stop, 1.0, 100)
                .duration(ms(500));
    }

    private static PatternSettings breaker() {
        return PatternSettings.defaults("circuitBreaker")
                .with("windowSize", 10)
                .with("minimumCalls", 5)
                .with("failureRateThreshold", 50.0)
                .with("waitInOpen", ms(200))
                .with("permittedInHalfOpen", 3);
    }

    private static List<Integer> decisions(Trace trace, Decision decision) {
        return Runs.events(trace, seq -> trace.decision(seq) == decision);
    }

    /** Requests sent from {@code from} to {@code to} between {@code start} (inclusive) and {@code end}. */
    private static List<Integer> sentBetween(Trace trace, String from, String to, long start, long end) {
        List<Integer> sent = new ArrayList<>();
        for (int msg : Runs.messages(trace, MessageKind.REQUEST, from, to)) {
            long at = Runs.sentAt(trace, msg);
            if (at >= start && at < end) {
                sent.add(msg);
            }
        }
        return sent;
    }

    /** The status of the answer to request message {@code msg}, or null. */
    private static Status answer(Trace trace, int msg) {
        for (int m = msg + 1; m < trace.messageCount(); m++) {
            if (trace.messageKind(m) == MessageKind.RESPONSE && trace.messageReplyTo(m) == msg) {
                return trace.messageStatus(m);
            }
        }
        return null;
    }

    @Test
    void aBreakerOpensAtTheMinimumCallsThFailureRefusesUntilItsWaitThenSendsTrialCalls() {
        Trace trace = Runs.finished(
                clientAndPayments(1.0).pattern("c", "payments", breaker()).build());

        List<Integer> opened = decisions(trace, Decision.BREAKER_OPEN);
        assertThat(opened).hasSizeGreaterThanOrEqualTo(2);
        long open = trace.time(opened.get(0));
        assertThat(trace.detail(opened.get(0))).isEqualTo("breaker open for payments: 100% of 5 calls failed");
        List<Integer> failures = Runs.messages(trace, MessageKind.RESPONSE, "payments", "c");
        int fifth = Runs.fates(trace, failures.get(4), EventType.RECEIVE).get(0);
        assertThat(open).as("opens as the 5th failure arrives").isEqualTo(trace.time(fifth));
        assertThat(sentBetween(trace, "c", "payments", 0, open)).hasSize(5);

        assertThat(sentBetween(trace, "c", "payments", open, open + ms(200)))
                .as("nothing is sent while open")
                .isEmpty();
        List<Integer> refused = decisions(trace, Decision.CALL_REFUSED);
        assertThat(refused.stream().filter(seq -> trace.time(seq) < open + ms(200)))
                .hasSize(20)
                .allMatch(seq -> trace.detail(seq).startsWith("breaker open for payments: GET k0 refused"));

        int halfOpen = decisions(trace, Decision.BREAKER_HALF_OPEN).get(0);
        assertThat(trace.time(halfOpen)).isBetween(open + ms(200), open + ms(210));
        assertThat(trace.detail(halfOpen)).startsWith("breaker half-open for payments: after 200ms open");
        long reopen = trace.time(opened.get(1));
        assertThat(sentBetween(trace, "c", "payments", trace.time(halfOpen), reopen))
                .as("trial calls")
                .hasSize(3);
        assertThat(trace.detail(opened.get(1)))
                .isEqualTo("breaker open for payments: 100% of 3 calls failed in half-open");
        assertThat(decisions(trace, Decision.BREAKER_CLOSED)).isEmpty();
    }

    @Test
    void aBreakerClosesWhenItsTrialCallsSucceedAfterTheDependencyRecovers() {
        Trace trace = Runs.finished(clientAndPayments(0.0)
                .pattern("c", "payments", breaker())
                .pattern("c", "payments", PatternSettings.defaults("timeout").with("duration", ms(20)))
                .fault(ms(55), new Fault.Crash("payments"))
                .fault(ms(200), new Fault.Recover("payments"))
                .build());

        assertThat(decisions(trace, Decision.TIMEOUT)).hasSizeGreaterThanOrEqualTo(5);
        List<Integer> opened = decisions(trace, Decision.BREAKER_OPEN);
        assertThat(opened).hasSize(1);
        assertThat(trace.detail(opened.get(0))).isEqualTo("breaker open for payments: 50% of 10 calls failed");
        long open = trace.time(opened.get(0));
        int halfOpen = decisions(trace, Decision.BREAKER_HALF_OPEN).get(0);
        assertThat(trace.time(halfOpen)).isGreaterThanOrEqualTo(open + ms(200));
        List<Integer> closed = decisions(trace, Decision.BREAKER_CLOSED);
        assertThat(closed).hasSize(1);
        assertThat(trace.detail(closed.get(0)))
                .isEqualTo("breaker closed for payments: 0% of 3 trial calls failed, 0% slow in half-open");
        long close = trace.time(closed.get(0));
        assertThat(close).isBetween(trace.time(halfOpen), trace.time(halfOpen) + ms(30));
        assertThat(decisions(trace, Decision.CALL_REFUSED).stream().filter(seq -> trace.time(seq) > close))
                .isEmpty();
        List<Integer> after = sentBetween(trace, "c", "payments", close, ms(490));
        assertThat(after).hasSizeGreaterThanOrEqualTo(10);
        for (int msg : after) {
            assertThat(answer(trace, msg)).as("answer to message %d", msg).isEqualTo(Status.OK);
        }
    }

    /**
     * Fifty client instances each send one request at 100 ms to a system that fails them all;
     * the largest number of retries sent in any 10 ms.
     */
    private static int retryPeak(PatternSettings retry, long seed) {
        Trace trace = Runs.finished(Tiny.design("retry storm")
                .component("c", "client", 50)
                .component("s", "external-system")
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .set("s", "failureRate", new PropertyValue.NumberValue(1.0))
                .link("c", "s")
                .everyMillis("c", "s", 2, 0, ms(150), 1.0, 100)
                .pattern("c", "s", retry)
                .seed(seed)
                .duration(ms(1500))
                .build());
        int s = Runs.process(trace, "s");
        Set<Integer> seen = new HashSet<>();
        Map<Long, Integer> buckets = new HashMap<>();
        int retries = 0;
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            if (trace.messageKind(msg) == MessageKind.REQUEST
                    && trace.messageTo(msg) == s
                    && !seen.add(trace.messageRequest(msg))) {
                retries++;
                buckets.merge(Runs.sentAt(trace, msg) / ms(10), 1, Integer::sum);
            }
        }
        assertThat(retries)
                .as("seed %d: 3 retries of each of 50 requests", seed)
                .isEqualTo(150);
        return buckets.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @Test
    void retriesWithExponentialBackoffAndFullJitterSpreadOutWhileFixedRetriesSynchronise() {
        PatternSettings fixed =
                PatternSettings.defaults("retry").with("maxAttempts", 4).with("waitDuration", ms(50));
        int fixedPeak = retryPeak(fixed, 1);
        assertThat(fixedPeak).as("fixed retries arrive together").isGreaterThanOrEqualTo(45);
        for (long seed = 1; seed <= 3; seed++) {
            int jitteredPeak = retryPeak(
                    fixed.with("backoff", "exponential").with("multiplier", 2.0).with("jitter", "full"), seed);
            assertThat(jitteredPeak * 3).as("seed %d", seed).isLessThanOrEqualTo(fixedPeak);
        }
    }

    /** Requests sent on the link per client request, during an outage of the whole run. */
    private static double amplification(double budget) {
        Trace trace = Runs.finished(clientAndPayments(1.0, ms(1500))
                .pattern(
                        "c",
                        "payments",
                        PatternSettings.defaults("retry")
                                .with("waitDuration", ms(20))
                                .with("budget", budget))
                .duration(ms(2000))
                .build());
        List<Integer> sent = Runs.messages(trace, MessageKind.REQUEST, "c", "payments");
        Set<Integer> requests = new HashSet<>();
        sent.forEach(msg -> requests.add(trace.messageRequest(msg)));
        return (double) sent.size() / requests.size();
    }

    @Test
    void aRetryBudgetOfTwentyPercentKeepsAmplificationNearOnePointTwoWhileUnlimitedRetriesTriple() {
        assertThat(amplification(0)).isEqualTo(3.0);
        assertThat(amplification(20)).isBetween(1.15, 1.2);
    }

    @Test
    void theTimeoutPatternFiresAtItsDurationForClientsAndServers() {
        Trace trace = Runs.finished(Tiny.design("timeouts")
                .component("c", "client")
                .component("svc", "service")
                .component("slow", "external-system")
                .set("svc", PropertyKeys.SERVICE_TIME, Distribution.constant(0))
                .set("slow", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(100)))
                .link("c", "svc")
                .link("svc", "slow")
                .everyMillis("c", "svc", 50, 0, ms(300), 1.0, 100)
                .pattern("svc", "slow", PatternSettings.defaults("timeout").with("duration", ms(30)))
                .build());
        List<Integer> calls = Runs.messages(trace, MessageKind.REQUEST, "svc", "slow");
        List<Integer> timeouts = decisions(trace, Decision.TIMEOUT);
        assertThat(timeouts).hasSize(calls.size()).hasSize(5);
        for (int i = 0; i < calls.size(); i++) {
            assertThat(trace.time(timeouts.get(i))).isEqualTo(Runs.sentAt(trace, calls.get(i)) + ms(30));
            assertThat(trace.detail(timeouts.get(i))).isEqualTo("timeout GET k0 to slow after 30ms");
        }
        List<Integer> answers = Runs.messages(trace, MessageKind.RESPONSE, "svc", "c");
        assertThat(answers).hasSize(5).allMatch(msg -> trace.messageStatus(msg) == Status.ERROR);
        for (int i = 0; i < answers.size(); i++) {
            assertThat(Runs.sentAt(trace, answers.get(i))).isEqualTo(trace.time(timeouts.get(i)));
        }
    }

    /**
     * A client sends 200 requests a second for one second to a gateway (20 at a time, no waiting
     * line) that alternates between a fast system (2 ms) and a slow one (900 ms).
     */
    private static Trace gatewayWithSlowDependency(PatternSettings... slowPatterns) {
        Tiny design = Tiny.design("bulkhead")
                .component("c", "client")
                .component("gw", "api-gateway")
                .component("fast", "external-system")
                .component("slow", "external-system")
                .set("gw", PropertyKeys.CONCURRENCY, 20)
                .set("gw", PropertyKeys.QUEUE_CAPACITY, 0)
                .set("fast", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(2)))
                .set("slow", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(900)))
                .set("slow", PropertyKeys.CONCURRENCY, 1000)
                .link("c", "gw")
                .link("gw", "fast")
                .link("gw", "slow")
                .everyMillis("c", "gw", 5, 0, ms(1000), 1.0, 100)
                .duration(ms(1500));
        for (PatternSettings pattern : slowPatterns) {
            design.pattern("gw", "slow", pattern);
        }
        return Runs.finished(design.build());
    }

    private static long answeredOk(Trace trace, String from, String to) {
        return Runs.messages(trace, MessageKind.RESPONSE, from, to).stream()
                .filter(msg -> trace.messageStatus(msg) == Status.OK)
                .count();
    }

    @Test
    void aBulkheadKeepsAFastDependencysCallsFlowingWhileASlowOneIsSaturated() {
        Trace without = gatewayWithSlowDependency();
        Trace with =
                gatewayWithSlowDependency(PatternSettings.defaults("bulkhead").with("maxConcurrentCalls", 5));
        int offered = Runs.messages(with, MessageKind.REQUEST, "c", "gw").size();

        assertThat(answeredOk(without, "fast", "gw")).as("without a bulkhead").isLessThan(offered / 4);
        assertThat(answeredOk(with, "fast", "gw")).as("with a bulkhead").isGreaterThan(offered * 9 / 20);
        List<Integer> refused = decisions(with, Decision.CALL_REFUSED);
        assertThat(refused).isNotEmpty().allMatch(seq -> with.detail(seq)
                .startsWith("bulkhead full for slow: GET k0 refused, 5 calls in flight"));
        assertThat(decisions(without, Decision.CALL_REFUSED)).isEmpty();
    }

    /** The 99th percentile of the client's latencies, from a request's first send to its first answer. */
    private static long p99(Trace trace, String client) {
        int c = Runs.process(trace, client);
        Map<Integer, Long> firstSent = new HashMap<>();
        Map<Integer, Long> latency = new HashMap<>();
        for (int seq = 0; seq < trace.size(); seq++) {
            int msg = trace.message(seq);
            if (msg < 0 || trace.process(seq) != c) {
                continue;
            }
            int request = trace.messageRequest(msg);
            if (trace.type(seq) == EventType.SEND) {
                firstSent.putIfAbsent(request, trace.time(seq));
            } else if (trace.type(seq) == EventType.RECEIVE) {
                latency.putIfAbsent(request, trace.time(seq) - firstSent.get(request));
            }
        }
        assertThat(latency).hasSameSizeAs(firstSent);
        List<Long> sorted = latency.values().stream().sorted().toList();
        return sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
    }

    /**
     * A client calls through a round-robin load balancer to three backends, the third of which
     * takes 200 ms instead of 5 ms. A hedge can land on the slow backend too, so the client may
     * send two.
     */
    private static Trace oneSlowBackendOfThree(PatternSettings... clientPatterns) {
        Tiny design = Tiny.design("hedging").component("c", "client").component("lb", "load-balancer");
        for (String b : List.of("b1", "b2", "b3")) {
            design.component(b, "service")
                    .set(b, PropertyKeys.SERVICE_TIME, Distribution.constant(ms(b.equals("b3") ? 200 : 5)))
                    .link("lb", b);
        }
        design.link("c", "lb").everyMillis("c", "lb", 10, 0, ms(1000), 1.0, 100).duration(ms(1500));
        for (PatternSettings pattern : clientPatterns) {
            design.pattern("c", "lb", pattern);
        }
        return Runs.finished(design.build());
    }

    @Test
    void hedgingCutsTheP99WithOneSlowInstanceOutOfThree() {
        Trace plain = oneSlowBackendOfThree();
        Trace hedged = oneSlowBackendOfThree(
                PatternSettings.defaults("hedging").with("delay", ms(30)).with("maxHedges", 2));

        assertThat(p99(plain, "c")).isGreaterThanOrEqualTo(ms(200));
        assertThat(p99(hedged, "c")).isLessThan(ms(100));
        List<Integer> hedges = decisions(hedged, Decision.HEDGE);
        assertThat(hedges).hasSizeBetween(33, 66).allMatch(seq -> hedged.detail(seq)
                .matches("hedge [12] of 2: GET k0 to lb after 30ms without an answer"));
    }

    /** A client offers 500 requests a second to a service that serves 50 and rejects the rest. */
    private static Trace overloadedService(PatternSettings... clientPatterns) {
        Tiny design = Tiny.design("throttling")
                .component("c", "client")
                .component("s", "service")
                .set("s", PropertyKeys.CONCURRENCY, 1)
                .set("s", PropertyKeys.QUEUE_CAPACITY, 0)
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(20)))
                .link("c", "s")
                .everyMillis("c", "s", 2, 0, -1, 1.0, 100)
                .duration(ms(2000));
        for (PatternSettings pattern : clientPatterns) {
            design.pattern("c", "s", pattern);
        }
        return Runs.finished(design.build());
    }

    /** The share of the requests sent to the service that it rejected. */
    private static double rejectedShare(Trace trace) {
        List<Integer> answers = Runs.messages(trace, MessageKind.RESPONSE, "s", "c");
        long rejected = answers.stream()
                .filter(msg -> trace.messageStatus(msg) == Status.REJECTED)
                .count();
        return (double) rejected / answers.size();
    }

    @Test
    void adaptiveThrottlingRefusesLocallyDuringAnOverloadOfRejections() {
        Trace plain = overloadedService();
        Trace throttled =
                overloadedService(PatternSettings.defaults("adaptiveThrottling").with("window", ms(1000)));
        int plainSent = Runs.messages(plain, MessageKind.REQUEST, "c", "s").size();
        int sent = Runs.messages(throttled, MessageKind.REQUEST, "c", "s").size();
        List<Integer> refused = decisions(throttled, Decision.CALL_REFUSED);

        assertThat(sent + refused.size()).as("every request is sent or refused").isEqualTo(plainSent);
        assertThat(sent).as("requests that reach the service").isLessThan(plainSent * 3 / 10);
        assertThat(refused).allMatch(seq -> throttled.detail(seq).startsWith("throttled GET k0 to s: "));
        assertThat(rejectedShare(plain)).as("rejected share without throttling").isGreaterThan(0.85);
        assertThat(rejectedShare(throttled))
                .as("rejected share with throttling")
                .isLessThan(0.6);
    }

    @Test
    void aTimeBasedBreakerOpensOnSlowCalls() {
        Trace trace = Runs.finished(clientAndPayments(0.0)
                .set("payments", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(100)))
                .pattern(
                        "c",
                        "payments",
                        breaker()
                                .with("windowType", "time-based")
                                .with("windowSize", 1)
                                .with("slowCallRateThreshold", 50.0)
                                .with("slowCallDuration", ms(50)))
                .build());

        List<Integer> opened = decisions(trace, Decision.BREAKER_OPEN);
        assertThat(opened).isNotEmpty();
        assertThat(trace.detail(opened.get(0)))
                .isEqualTo("breaker open for payments: 100% of 5 calls slower than 50ms");
        List<Integer> answers = Runs.messages(trace, MessageKind.RESPONSE, "payments", "c");
        int fifth = Runs.fates(trace, answers.get(4), EventType.RECEIVE).get(0);
        assertThat(trace.time(opened.get(0))).isEqualTo(trace.time(fifth));
    }

    @Test
    void aBulkheadCallWaitsForASlotUpToItsMaxWaitThenIsRefused() {
        Trace trace = Runs.finished(clientAndPayments(0.0, ms(450))
                .set("payments", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(30)))
                .pattern(
                        "c",
                        "payments",
                        PatternSettings.defaults("bulkhead")
                                .with("maxConcurrentCalls", 1)
                                .with("maxWait", ms(15)))
                .build());

        List<Integer> sent = Runs.messages(trace, MessageKind.REQUEST, "c", "payments");
        List<Integer> answers = Runs.messages(trace, MessageKind.RESPONSE, "payments", "c");
        for (int i = 1; i < sent.size(); i++) {
            int previousAnswer =
                    Runs.fates(trace, answers.get(i - 1), EventType.RECEIVE).get(0);
            assertThat(Runs.sentAt(trace, sent.get(i)))
                    .as("request %d goes once the one before is answered", i)
                    .isGreaterThanOrEqualTo(trace.time(previousAnswer));
        }
        assertThat(sent.stream().filter(msg -> Runs.sentAt(trace, msg) % ms(10) != 0))
                .as("requests that waited for a slot")
                .isNotEmpty();
        List<Integer> refused = decisions(trace, Decision.CALL_REFUSED);
        assertThat(refused).isNotEmpty().allMatch(seq -> trace.detail(seq)
                .equals("bulkhead full for payments: GET k0 refused, 1 call in flight after waiting 15ms"));
        assertThat(sent.size() + refused.size())
                .as("every call from 10 ms to 440 ms is sent or refused")
                .isEqualTo(44);
    }
}
