package dsw.app.animation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dsw.app.canvas.CanvasViewModel;
import dsw.app.canvas.DiagramLayout;
import dsw.app.canvas.Viewport;
import dsw.app.run.RunCursor;
import dsw.app.run.TraceSearch;
import dsw.app.session.DesignSession;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Trace;
import dsw.model.trace.VectorClocks;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Frames of real simulated runs, checked without pixels. */
class RunFrameTest {
    private static final long SECOND = 1_000_000;

    private final DesignSession session = new DesignSession();
    private final CanvasViewModel canvas = new CanvasViewModel(session);
    private final RunCursor cursor = new RunCursor();
    private RunLayerViewModel animation;
    private Trace trace;

    private void show(String example, long until) {
        session.open(Runs.design(example), null);
        canvas.setViewSize(1600, 1000);
        trace = Runs.of(example, until);
        animation = new RunLayerViewModel(cursor, canvas, new ImmediateTaskExecutor());
        cursor.reset(trace);
    }

    @AfterEach
    void dispose() {
        if (animation != null) {
            animation.dispose();
        }
    }

    private RunFrame at(long time) {
        cursor.timeProperty().set(time);
        cursor.shownProperty().set(TraceSearch.countUpTo(trace, cursor.available(), time));
        return animation.frame();
    }

    /** Where a message is {@code fraction} of the way from its sender along its link, on the screen. */
    private double[] along(int msg, double fraction) {
        String link = trace.header().links().get(trace.messageLink(msg));
        DiagramLayout.Edge edge = canvas.layout().edges().stream()
                .filter(e -> e.id().equals(link))
                .findFirst()
                .orElseThrow();
        String from = trace.header().processes().get(trace.messageFrom(msg)).component();
        double[] p = edge.pointAt(edge.link().from().equals(from) ? fraction : 1 - fraction);
        Viewport v = canvas.viewport();
        return new double[] {v.toScreenX(p[0]), v.toScreenY(p[1])};
    }

    private static List<Glyph> glyphsOf(RunFrame frame, int msg) {
        return frame.messages().toList().stream().filter(g -> g.msg() == msg).toList();
    }

    @Test
    void aRequestIsFortyPercentAlongItsLinkFortyPercentOfTheWayThroughItsFlight() {
        show("three-tier-web", SECOND);
        int msg = firstMessage("browsers", "lb", MessageKind.REQUEST);
        long send = trace.time(trace.sendSeq(msg));
        long arrival = trace.time(Runs.ends(trace, msg).get(0));
        RunFrame frame = at(send + Math.round(0.4 * (arrival - send)));
        List<Glyph> glyphs = glyphsOf(frame, msg);
        assertThat(glyphs).hasSize(1);
        double fraction = (frame.time() - send) / (double) (arrival - send);
        double[] expected = along(msg, fraction);
        assertThat(glyphs.get(0).fraction()).isCloseTo(0.4, within(0.01));
        assertThat(glyphs.get(0).x()).isCloseTo(expected[0], within(1e-6));
        assertThat(glyphs.get(0).y()).isCloseTo(expected[1], within(1e-6));
        assertThat(glyphs.get(0).kind()).isEqualTo(MessageKind.REQUEST);
        // and its answer travels the other way along the same link
        int answer = answerTo(msg);
        long answered = trace.time(trace.sendSeq(answer));
        long back = trace.time(Runs.ends(trace, answer).get(0));
        RunFrame later = at(answered + (back - answered) / 4);
        Glyph response = glyphsOf(later, answer).get(0);
        double[] near = along(answer, response.fraction());
        assertThat(response.x()).isCloseTo(near[0], within(1e-6));
        assertThat(response.kind()).isEqualTo(MessageKind.RESPONSE);
    }

    @Test
    void aLostMessageIsNotDrawnAfterItsDropButACrossIsAtTheMidpoint() {
        show("mobile-backend", 8 * SECOND);
        int drop = FlightsTest.firstDrop(trace, DropReason.LOSS);
        int msg = trace.message(drop);
        long lost = trace.time(drop);
        double[] midpoint = along(msg, 0.5);
        Glyph before = glyphsOf(at(lost - 1), msg).get(0);
        assertThat(before.x()).isCloseTo(midpoint[0], within(3.0));
        assertThat(before.y()).isCloseTo(midpoint[1], within(3.0));
        RunFrame after = at(lost + 1);
        assertThat(glyphsOf(after, msg)).isEmpty();
        LossMark cross =
                after.losses().stream().filter(l -> l.msg() == msg).findFirst().orElseThrow();
        assertThat(cross.reason()).isEqualTo(DropReason.LOSS);
        assertThat(cross.x()).isCloseTo(midpoint[0], within(1e-6));
        assertThat(cross.y()).isCloseTo(midpoint[1], within(1e-6));
        // The cross lasts a typical flight, then goes.
        animation.lossLingerProperty().set(1000);
        assertThat(at(lost + 2000).losses()).noneMatch(l -> l.msg() == msg);
    }

    @Test
    void aDuplicatedMessageShowsTwoGlyphsAtDifferentPlacesOnceTheyDiverge() {
        show("mobile-backend" + Runs.DUPLICATING, 10 * SECOND);
        int msg = -1;
        for (int m = 0; m < trace.messageCount() && msg < 0; m++) {
            List<Integer> ends = Runs.ends(trace, m);
            if (trace.messageCopies(m) == 2
                    && ends.size() == 2
                    && trace.time(ends.get(0)) > trace.time(trace.sendSeq(m)) + 2
                    && trace.time(ends.get(1)) > trace.time(ends.get(0))) {
                msg = m;
            }
        }
        assertThat(msg).as("a duplicated message in the run").isNotNegative();
        long send = trace.time(trace.sendSeq(msg));
        long first = trace.time(Runs.ends(trace, msg).get(0));
        List<Glyph> copies = glyphsOf(at((send + first) / 2 + 1), msg);
        assertThat(copies).hasSize(2);
        assertThat(copies).allMatch(Glyph::duplicate);
        assertThat(copies).extracting(Glyph::copy).containsExactlyInAnyOrder(0, 1);
        assertThat(Math.hypot(
                        copies.get(0).x() - copies.get(1).x(),
                        copies.get(0).y() - copies.get(1).y()))
                .isGreaterThan(0.5);
    }

    @Test
    void aLaterMessageOvertakesAnEarlierOneOnAReorderingLink() {
        show("mobile-backend", 30 * SECOND);
        int[] pair = overtaking();
        int earlier = pair[0];
        int later = pair[1];
        long laterArrives = trace.time(Runs.ends(trace, later).get(0));
        long t = laterArrives - 1;
        Glyph slow = glyphsOf(at(t), earlier).get(0);
        Glyph fast = glyphsOf(at(t), later).get(0);
        assertThat(trace.sendSeq(later)).isGreaterThan(trace.sendSeq(earlier));
        assertThat(fast.fraction()).as("the later message is ahead").isGreaterThan(slow.fraction());
        double[] end = along(later, 1);
        assertThat(Math.hypot(fast.x() - end[0], fast.y() - end[1]))
                .isLessThan(Math.hypot(slow.x() - end[0], slow.y() - end[1]));
    }

    @Test
    void aCrashedComponentsBadgeSaysCrashedAndAPausedOnePaused() {
        show("three-tier-web", 11 * SECOND);
        ComponentBadge db = at(10 * SECOND + 500_000).badge("db-primary").orElseThrow();
        assertThat(db.condition()).isEqualTo(Condition.CRASHED);
        assertThat(db.instances()).containsExactly(Condition.CRASHED);
        ComponentBadge before = at(9 * SECOND).badge("db-primary").orElseThrow();
        assertThat(before.condition()).isNotEqualTo(Condition.CRASHED);

        show("sharded-monolith", 13 * SECOND);
        assertThat(at(12 * SECOND + 500_000).badge("proxy").orElseThrow().condition())
                .isEqualTo(Condition.PAUSED);
    }

    @Test
    void aBadgeShowsTheLamportAndVectorClockOfTheLastEventAndReplicasAreSummarised() {
        show("three-tier-web", SECOND);
        RunFrame frame = at(SECOND / 2);
        ProcessSnapshot states =
                new ProcessStates.Builder(trace, new int[0]).build(trace.size()).at(cursor.shown());
        VectorClocks clocks = VectorClocks.of(trace);
        int db = trace.header().indexOf("db-primary");
        int last = states.lastEvent(db);
        ComponentBadge badge = frame.badge("db-primary").orElseThrow();
        assertThat(badge.text())
                .startsWith(ClockText.compact(trace.lamport(last), clocks.vector(last)))
                .startsWith("L" + trace.lamport(last) + " [");
        ComponentBadge web = frame.badge("web").orElseThrow();
        assertThat(web.instances()).hasSize(3);
        assertThat(web.text()).startsWith("3 up");
        java.util.Set<MessageKind> sent = java.util.EnumSet.noneOf(MessageKind.class);
        for (int m = 0; m < trace.messageCount(); m++) {
            sent.add(trace.messageKind(m));
        }
        assertThat(frame.legend()).containsExactlyElementsOf(sent).contains(MessageKind.REQUEST, MessageKind.RESPONSE);
    }

    @Test
    void scrubbingBackGivesTheSameFrameAsGoingForwardToTheSameTime() {
        show("mobile-backend", 12 * SECOND);
        long t = 10 * SECOND + 3_000;
        for (long time = 9 * SECOND; time < t; time += 16_667) {
            assertThat(at(time).time()).isEqualTo(time);
        }
        RunFrame forward = at(t);
        for (long time = t; time <= 11 * SECOND; time += 16_667) {
            assertThat(at(time).time()).isEqualTo(time);
        }
        RunFrame back = at(t);
        assertThat(back.messages().toList()).isEqualTo(forward.messages().toList());
        assertThat(back.losses()).isEqualTo(forward.losses());
        assertThat(back.badges()).isEqualTo(forward.badges());
        assertThat(back.messages().size()).isPositive();
    }

    @Test
    void whatIsUnderTheMouseIsDescribed() {
        show("mobile-backend", 2 * SECOND);
        int msg = firstMessage("phone-a", "backend", MessageKind.REQUEST);
        long send = trace.time(trace.sendSeq(msg));
        RunFrame frame = at(send + 1);
        Glyph glyph = glyphsOf(frame, msg).get(0);
        assertThat(frame.hitTest(glyph.x() + 2, glyph.y() - 2)).contains(new Hit.Message(msg, 0));
        String text = animation.describeAt(glyph.x(), glyph.y()).orElseThrow();
        assertThat(text)
                .contains("#" + msg)
                .contains(trace.messageLabel(msg))
                .contains("request")
                .contains("phone-a -> backend")
                .contains("Lamport " + trace.lamport(trace.sendSeq(msg)))
                .contains("vector [")
                .contains(trace.messageSize(msg) + " bytes");
        ComponentBadge db = frame.badge("db").orElseThrow();
        Optional<Hit> hit = frame.hitTest(db.box().centerX(), db.box().centerY());
        assertThat(hit).contains(new Hit.Component("db"));
        assertThat(animation.describe(hit.get()))
                .contains("up, queue ")
                .contains("Lamport ")
                .contains("db:");
        assertThat(frame.hitTest(-100, -100)).isEmpty();
    }

    @Test
    void aMessageWhoseEndIsNotAvailableYetStopsShortOfItsReceiver() {
        show("three-tier-web", SECOND);
        int available = trace.size() / 2;
        cursor.availableProperty().set(available);
        RunFrame frame = at(trace.time(available - 1) + SECOND);
        assertThat(frame.messages().toList()).isNotEmpty().allSatisfy(g -> {
            assertThat(g.estimated()).isTrue();
            assertThat(g.fraction()).isLessThanOrEqualTo(Flights.MAX_ESTIMATE);
        });
        cursor.availableProperty().set(trace.size());
        assertThat(animation.isCaughtUp()).isTrue();
        assertThat(at(trace.time(available - 1) + 1).messages().toList()).anyMatch(g -> !g.estimated());
    }

    @Test
    void glyphsOffTheScreenAreLeftOut() {
        show("three-tier-web", SECOND);
        int all = at(SECOND / 2).messages().size();
        canvas.zoomAt(6, 0, 0);
        int zoomed = at(SECOND / 2).messages().size();
        assertThat(all).isPositive();
        assertThat(zoomed).isLessThan(all);
    }

    private int firstMessage(String from, String to, MessageKind kind) {
        for (int seq = 0; seq < trace.size(); seq++) {
            if (trace.type(seq) != EventType.SEND) {
                continue;
            }
            int msg = trace.message(seq);
            if (trace.messageKind(msg) == kind
                    && component(trace.messageFrom(msg)).equals(from)
                    && component(trace.messageTo(msg)).equals(to)
                    && Runs.ends(trace, msg).size() == 1
                    && trace.type(Runs.ends(trace, msg).get(0)) == EventType.RECEIVE) {
                return msg;
            }
        }
        throw new AssertionError("no " + kind + " from " + from + " to " + to);
    }

    private String component(int process) {
        return trace.header().processes().get(process).component();
    }

    private int answerTo(int request) {
        for (int m = request + 1; m < trace.messageCount(); m++) {
            if (trace.messageReplyTo(m) == request && Runs.ends(trace, m).size() == 1) {
                return m;
            }
        }
        throw new AssertionError("no answer to " + request);
    }

    /** Two received messages between the same processes on one link, the later sent arriving first. */
    private int[] overtaking() {
        for (int a = 0; a < trace.messageCount(); a++) {
            List<Integer> endsA = Runs.ends(trace, a);
            if (endsA.size() != 1 || trace.type(endsA.get(0)) != EventType.RECEIVE) {
                continue;
            }
            long arrivesA = trace.time(endsA.get(0));
            for (int b = a + 1; b < trace.messageCount() && trace.sendSeq(b) < endsA.get(0); b++) {
                if (trace.messageLink(b) != trace.messageLink(a)
                        || trace.messageFrom(b) != trace.messageFrom(a)
                        || trace.messageTo(b) != trace.messageTo(a)
                        || trace.time(trace.sendSeq(b)) <= trace.time(trace.sendSeq(a))) {
                    continue;
                }
                List<Integer> endsB = Runs.ends(trace, b);
                if (endsB.size() == 1
                        && trace.type(endsB.get(0)) == EventType.RECEIVE
                        && trace.time(endsB.get(0)) < arrivesA - 1) {
                    return new int[] {a, b};
                }
            }
        }
        throw new AssertionError("no overtaking in the run");
    }
}
