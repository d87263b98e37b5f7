package dsw.app.spacetime;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.spacetime.SpaceTimeFrame.Dot;
import dsw.app.spacetime.SpaceTimeFrame.Note;
import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pattern decisions in the space-time diagram's frames: diamonds by family, notes when selected. */
class SpaceTimeDecisionsTest {
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 300;
    private static final String RETRY_LABEL = "retry 2 of 3 for GET k4 in 750ms";
    private static final String BREAKER_LABEL = "breaker open for payments: 60% of 20 calls failed";

    private final TestTraces t = TestTraces.of("client", "api", "payments");
    private final int request = t.send(1_000, "client", "api");
    private final int received = t.receive(2_000, request);
    private final int call = t.send(3_000, "api", "payments");
    private final int failed = t.receive(50_000, t.send(40_000, "payments", "api"));
    /** At the very instant of the failed reply's receive, as a breaker decides on it. */
    private final int opened = t.decision(50_000, "api", Decision.BREAKER_OPEN, BREAKER_LABEL);

    private final int retry = t.decision(60_000, "api", Decision.RETRY, RETRY_LABEL);
    private final int shed = t.decision(70_000, "payments", Decision.SHED, "shed GET k4: queue 12 > 10");
    private final int plain = t.event(80_000, "client", EventType.LOCAL);
    private final int redelivered = t.decision(90_000, "client", Decision.REDELIVER, "redeliver m3 (attempt 2)");
    private final int moved = t.decision(100_000, "payments", Decision.KEYS_MOVED, "3 of 10 keys moved");
    private final Trace trace = t.done();

    private SpaceTimeFrame frame(HighlightSets highlight) {
        EventIndex index = new EventIndex(trace);
        index.extendTo(trace.size());
        double extent = trace.time(trace.size() - 1);
        double plot = WIDTH - SpaceTimeOptions.DEFAULTS.gutter();
        SpaceTimeViewport viewport = new SpaceTimeViewport(-extent * 0.02, plot / (extent * 1.04), 0);
        return SpaceTimeFrames.build(new SpaceTimeFrames.Input(
                index,
                null,
                seq -> null,
                trace.size(),
                trace.time(trace.size() - 1),
                highlight,
                viewport,
                WIDTH,
                HEIGHT,
                SpaceTimeOptions.DEFAULTS));
    }

    private static Dot dot(SpaceTimeFrame frame, int seq) {
        return frame.dot(seq).orElseThrow(() -> new AssertionError("no dot for event " + seq));
    }

    @Test
    void eachDecisionIsADiamondOfItsFamilyAndOtherEventsArePlainDots() {
        SpaceTimeFrame frame = frame(HighlightSets.NONE);

        assertThat(dot(frame, retry).family()).isEqualTo(DecisionFamily.RESILIENCE);
        assertThat(dot(frame, opened).family()).isEqualTo(DecisionFamily.RESILIENCE);
        assertThat(dot(frame, shed).family()).isEqualTo(DecisionFamily.PROTECTION);
        assertThat(dot(frame, redelivered).family()).isEqualTo(DecisionFamily.MESSAGING);
        assertThat(dot(frame, moved).family()).isEqualTo(DecisionFamily.BALANCING);
        assertThat(dot(frame, plain).family()).isEqualTo(DecisionFamily.NONE);
        assertThat(dot(frame, received).family()).isEqualTo(DecisionFamily.NONE);
        assertThat(dot(frame, call).family()).isEqualTo(DecisionFamily.NONE);
        assertThat(frame.decisions())
                .extracting(Dot::seq)
                .containsExactlyInAnyOrder(opened, retry, shed, redelivered, moved);
    }

    @Test
    void aDecisionAtTheInstantOfTheReceiveThatCausedItIsNotHiddenBehindTheReceive() {
        SpaceTimeFrame frame = frame(HighlightSets.NONE);

        Dot receive = dot(frame, failed);
        Dot breaker = dot(frame, opened);
        assertThat(breaker.x()).isEqualTo(receive.x());
        assertThat(breaker.y()).isEqualTo(receive.y());
        // the mouse on that spot names the decision, not the receive under it
        assertThat(frame.hit(breaker.x(), breaker.y(), 4)).contains(opened);
    }

    @Test
    void aSelectedDecisionShowsItsLabelBesideItsDiamondAndNothingElseDoes() {
        assertThat(frame(HighlightSets.NONE).notes()).isEmpty();

        SpaceTimeFrame frame = frame(new HighlightSets(retry, -1, null, null));

        List<Note> notes = frame.notes();
        assertThat(notes).hasSize(1);
        Note note = notes.get(0);
        Dot diamond = dot(frame, retry);
        assertThat(note.text()).isEqualTo(RETRY_LABEL);
        assertThat(note.family()).isEqualTo(DecisionFamily.RESILIENCE);
        assertThat(note.x()).isGreaterThan(diamond.x());
        assertThat(note.y()).isGreaterThan(diamond.y());
    }

    @Test
    void selectingAPlainEventShowsNoNote() {
        assertThat(frame(new HighlightSets(plain, -1, null, null)).notes()).isEmpty();
    }

    @Test
    void theHoverTextLeadsWithTheDecisionAndSaysItsLabel() {
        String text = EventText.describe(trace, opened, null);

        assertThat(text.lines().findFirst().orElseThrow()).startsWith("breaker-open at api");
        assertThat(text).contains(BREAKER_LABEL);
    }

    @Test
    void theIndexKnowsWhetherTheRunHasDecisionsSoTheLegendShows() {
        TestTraces none = TestTraces.of("a", "b");
        none.event(1, "a", EventType.LOCAL);
        EventIndex plainIndex = new EventIndex(none.done());
        plainIndex.extendTo(1);
        EventIndex index = new EventIndex(trace);
        index.extendTo(trace.size());

        assertThat(plainIndex.hasDecisions()).isFalse();
        assertThat(index.hasDecisions()).isTrue();
    }
}
