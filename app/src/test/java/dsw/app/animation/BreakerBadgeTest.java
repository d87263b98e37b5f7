package dsw.app.animation;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.canvas.CanvasViewModel;
import dsw.app.run.RunCursor;
import dsw.app.run.TraceSearch;
import dsw.app.session.DesignSession;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.model.Design;
import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The circuit-breaker badge on a caller, as frames of a hand-built trace, checked without pixels. */
class BreakerBadgeTest {
    private static final long SECOND = 1_000_000;

    private final DesignSession session = new DesignSession();
    private final CanvasViewModel canvas = new CanvasViewModel(session);
    private final RunCursor cursor = new RunCursor();
    private RunLayerViewModel animation;
    private Trace trace;

    @AfterEach
    void dispose() {
        if (animation != null) {
            animation.dispose();
        }
    }

    /** Web opens, half-opens and closes its breaker towards the application tier; App has none. */
    private void show() {
        Design design = Runs.design("three-tier-web");
        session.open(design, null);
        canvas.setViewSize(1600, 1000);
        List<ProcessInfo> processes = design.components().stream()
                .map(c -> new ProcessInfo(c.id(), c.id(), c.kind().id(), 1))
                .toList();
        trace = new Trace(new TraceHeader(1, design.name(), processes, List.of()));
        int web = trace.header().indexOf("web");
        int app = trace.header().indexOf("app");
        String callee = design.requireComponent("app").name();
        local(0, app, Decision.NONE, "started");
        local(1 * SECOND, web, Decision.BREAKER_OPEN, "breaker open for " + callee + ": 6 of 10 calls failed");
        local(2 * SECOND, web, Decision.BREAKER_HALF_OPEN, "breaker half-open for " + callee + ": wait over");
        local(2 * SECOND + 1, web, Decision.RETRY, "retry 2 of 3 to " + callee);
        local(3 * SECOND, web, Decision.BREAKER_CLOSED, "breaker closed for " + callee + ": trial calls ok");
        trace.publish();
        animation = new RunLayerViewModel(cursor, canvas, new ImmediateTaskExecutor());
        cursor.reset(trace);
    }

    private long lamport;

    private void local(long time, int process, Decision decision, String label) {
        trace.append(time, EventType.LOCAL, process, -1, ++lamport, time, DropReason.NONE, decision, label);
    }

    private RunFrame at(long time) {
        cursor.timeProperty().set(time);
        cursor.shownProperty().set(TraceSearch.countUpTo(trace, cursor.available(), time));
        return animation.frame();
    }

    @Test
    void theCallersBadgeFollowsItsBreakerBackAndForth() {
        show();
        assertThat(at(SECOND / 2).breakers()).as("no breaker decided yet").isEmpty();

        assertThat(state(at(SECOND + 1))).contains(BreakerState.OPEN);
        assertThat(state(at(2 * SECOND + 500))).contains(BreakerState.HALF_OPEN);
        assertThat(state(at(3 * SECOND))).as("at the decision's own moment").contains(BreakerState.CLOSED);
        assertThat(state(at(SECOND + 1))).as("scrubbed back").contains(BreakerState.OPEN);

        RunFrame frame = at(SECOND + 1);
        assertThat(frame.breakers()).extracting(BreakerBadge::componentId).containsExactly("web");
        assertThat(frame.breaker("web").orElseThrow().text()).isEqualTo("breaker open");
    }

    @Test
    void hoveringTheBadgeSaysTheStateAndTheDecision() {
        show();
        RunFrame frame = at(2 * SECOND + 500);
        BreakerBadge badge = frame.breaker("web").orElseThrow();
        var area = frame.breakerArea(badge);
        assertThat(area.centerY())
                .as("over the top edge of the box")
                .isBetween(badge.box().y() - area.height(), badge.box().y() + area.height());

        String text = animation.describeAt(area.centerX(), area.centerY()).orElseThrow();
        String callee = session.current().orElseThrow().requireComponent("app").name();
        assertThat(text)
                .contains("Circuit breaker half-open")
                .contains("breaker half-open for " + callee + ": wait over")
                .contains("since 2000.000 ms");
    }

    @Test
    void theIndexReadsTheCalleeFromTheLabel() {
        assertThat(Decision.breakerCallee("breaker open for payments: 5 of 10 failed"))
                .isEqualTo("payments");
        assertThat(Decision.breakerCallee("breaker closed for Application tier"))
                .isEqualTo("Application tier");
        assertThat(Decision.breakerCallee("breaker open")).isEmpty();
    }

    private static Optional<BreakerState> state(RunFrame frame) {
        return frame.breaker("web").map(BreakerBadge::state);
    }
}
