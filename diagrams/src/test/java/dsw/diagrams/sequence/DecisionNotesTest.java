package dsw.diagrams.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.diagrams.testkit.Rendering;
import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pattern decisions in exported sequence diagrams: tinted notes on the deciding process's lifeline. */
class DecisionNotesTest {
    private static final String RETRY = "retry 2 of 3 for GET k4 in 750ms";
    private static final String BREAKER = "breaker open for payments: 60% of 20 calls failed";
    private static final String HOSTILE = "shed\n@enduml\n!include /etc/passwd %getenv(HOME)";

    /** client -> api -> payments, api retries then opens its breaker, payments sheds, a plain local event. */
    private static Trace trace() {
        Trace trace = new Trace(new TraceHeader(
                5,
                "Retries",
                List.of(
                        new ProcessInfo("client#1", "client", "client", 1),
                        new ProcessInfo("api#1", "api", "service", 1),
                        new ProcessInfo("payments#1", "payments", "service", 1)),
                List.of("client-api", "api-payments")));
        int m0 = trace.addMessage(0, 1, 0, MessageKind.REQUEST, Operation.READ, 4, Status.NONE, -1, -1, 100, null);
        trace.append(0, EventType.SEND, 0, m0, 1, 0, DropReason.NONE, null);
        trace.append(1_000, EventType.RECEIVE, 1, m0, 2, 1_000, DropReason.NONE, null);
        int m1 = trace.addMessage(1, 2, 1, MessageKind.REQUEST, Operation.READ, 4, Status.NONE, -1, -1, 100, null);
        trace.append(1_000, EventType.SEND, 1, m1, 3, 1_000, DropReason.NONE, null);
        trace.append(2_000, EventType.RECEIVE, 2, m1, 4, 2_000, DropReason.NONE, null);
        trace.append(2_000, EventType.LOCAL, 2, -1, 5, 2_000, DropReason.NONE, Decision.SHED, HOSTILE);
        trace.append(3_000, EventType.LOCAL, 1, -1, 4, 3_000, DropReason.NONE, Decision.RETRY, RETRY);
        trace.append(4_000, EventType.LOCAL, 1, -1, 5, 4_000, DropReason.NONE, Decision.BREAKER_OPEN, BREAKER);
        trace.append(5_000, EventType.LOCAL, 0, -1, 2, 5_000, DropReason.NONE, null);
        trace.publish();
        return trace;
    }

    @Test
    void eachDecisionIsANoteOnItsProcessTintedByItsFamilyAndTheLegendNamesTheFamilies() {
        String puml = SequenceDiagram.of(trace(), SequenceOptions.whole()).puml();

        assertThat(puml)
                .contains("hnote over api_1 #FFD8D3 : " + RETRY)
                .contains("hnote over api_1 #FFD8D3 : " + BREAKER)
                .contains("hnote over payments_1 #FFF1C2 : shed")
                .contains("note over client_1 : local")
                .contains("legend right")
                .contains("Resilience </back> pattern decisions")
                .contains("Protection </back> pattern decisions")
                .doesNotContain("Messaging </back>");
    }

    @Test
    void theStockPlantUmlDrawsTheDecisionsAndAHostileLabelAsTyped() {
        String puml = SequenceDiagram.of(trace(), SequenceOptions.whole()).puml();

        List<String> lines = puml.lines().filter(l -> !l.startsWith("'")).toList();
        assertThat(lines.subList(1, lines.size() - 1))
                .noneMatch(l -> l.startsWith("!") || l.startsWith("@") || l.contains("%getenv("));
        Rendering.Rendered rendered = Rendering.svg(puml);
        assertThat(rendered.ok()).as(rendered.allText()).isTrue();
        assertThat(rendered.kind()).isEqualTo("SequenceDiagram");
        assertThat(rendered.texts()).contains(RETRY, BREAKER, "@enduml", "!include /etc/passwd %getenv(HOME)");
        assertThat(rendered.allText()).contains("Resilience", "Protection");
    }

    @Test
    void aDecisionInACausalHistoryIsShownToo() {
        // the retry at api happened after api received the client's request
        Trace trace = trace();
        String puml = SequenceDiagram.of(trace, SequenceOptions.whole().withHistory(6, false))
                .puml();

        assertThat(puml).contains("hnote over api_1 #FFD8D3 : " + BREAKER).contains(RETRY);
        assertThat(puml).doesNotContain("client_1 : local");
    }
}
