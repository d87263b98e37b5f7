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
}
