package dsw.diagrams.state;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.diagrams.testkit.Rendering;
import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The circuit-breaker state diagram labelled with the changes one caller's breakers made in a run. */
class BreakerTransitionsTest {
    private static final int API = 0;
    private static final int WEB = 1;

    /** api's breaker for payments opens twice, its breaker for stock once; web's once. */
    private static Trace trace() {
        Trace trace = new Trace(new TraceHeader(
                1,
                "Breakers",
                List.of(new ProcessInfo("api#1", "api", "service", 1), new ProcessInfo("web#1", "web", "service", 1)),
                List.of()));
        long[] lamport = new long[2];
        Object[][] events = {
            {API, Decision.BREAKER_OPEN, "breaker open for payments: 60% of 20 calls failed"},
            {WEB, Decision.BREAKER_OPEN, "breaker open for api: 100% of 10 calls failed"},
            {API, Decision.BREAKER_OPEN, "breaker open for stock: 50% of 10 calls failed"},
            {API, Decision.RETRY, "retry 2 of 3 for GET k4 in 750ms"},
            {API, Decision.BREAKER_HALF_OPEN, "breaker half-open for payments: 3 trial calls"},
            {API, Decision.BREAKER_OPEN, "breaker open for payments: 2 of 3 trial calls failed"},
            {API, Decision.BREAKER_HALF_OPEN, "breaker half-open for payments: 3 trial calls"},
            {API, Decision.BREAKER_CLOSED, "breaker closed for payments: 3 of 3 trial calls passed"},
        };
        long t = 0;
        for (Object[] e : events) {
            int p = (Integer) e[0];
            t += 1_000_000;
            trace.append(t, EventType.LOCAL, p, -1, ++lamport[p], t, DropReason.NONE, (Decision) e[1], (String) e[2]);
        }
        trace.publish();
        return trace;
    }

    @Test
    void eachBreakerOfTheCallerGoesFromItsOwnPreviousState() {
        List<ObservedTransition> seen = CircuitBreakerStates.observed(trace(), API);

        assertThat(seen)
                .extracting(o -> o.from() + "->" + o.to())
                .containsExactly(
                        "closed->open", // payments
                        "closed->open", // stock: its own breaker, still closed before
                        "open->half-open",
                        "half-open->open",
                        "open->half-open",
                        "half-open->closed");
        assertThat(seen.get(0).at()).isEqualTo(1_000_000);
        assertThat(seen.get(0).cause()).isEqualTo("breaker open for payments: 60% of 20 calls failed");
        assertThat(CircuitBreakerStates.observed(trace(), WEB)).hasSize(1);
    }

    @Test
    void theArrowsSayHowOftenTheyWereTakenAndTheDiagramRenders() {
        String puml = CircuitBreakerStates.diagram(trace(), API).puml();

        assertThat(puml)
                .containsPattern("closed -\\[#E67E22,bold]-> open : .*<b>seen 2×</b>")
                .containsPattern("open -\\[#E67E22,bold]-> half_open : .*<b>seen 2×</b>")
                .containsPattern("half_open -\\[#E67E22,bold]-> open : .*<b>seen 1×</b>")
                .containsPattern("half_open -\\[#E67E22,bold]-> closed : .*<b>seen 1×</b>")
                .doesNotContain("not a transition of this machine")
                .contains("1. 1s Closed → Open: breaker open for payments");
        Rendering.Rendered rendered = Rendering.svg(puml);
        assertThat(rendered.ok()).as(rendered.allText()).isTrue();
        assertThat(rendered.allText()).contains("seen 2×");
    }

    @Test
    void aCallerWithoutABreakerGetsThePlainMachine() {
        Trace trace = trace();
        String none = CircuitBreakerStates.diagram().puml();

        assertThat(CircuitBreakerStates.observed(trace, 5)).isEmpty();
        assertThat(CircuitBreakerStates.diagram(trace, 5).puml()).isEqualTo(none);
    }
}
