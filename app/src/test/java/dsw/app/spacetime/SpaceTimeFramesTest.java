package dsw.app.spacetime;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.spacetime.SpaceTimeFrame.Arrow;
import dsw.app.spacetime.SpaceTimeFrame.Dot;
import dsw.app.spacetime.SpaceTimeFrame.Label;
import dsw.model.trace.Causality;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.trace.VectorClocks;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The space-time diagram's frames, checked as data: positions, styles and what is left out. */
class SpaceTimeFramesTest {
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 400;
    private static final SpaceTimeOptions OPTIONS = SpaceTimeOptions.DEFAULTS;

    private final TestTraces.Shop shop = TestTraces.shop();

    /** A frame showing the whole shop trace. */
    private SpaceTimeFrame frame(int shown, SpaceTimeOptions options, HighlightSets highlight) {
        return frame(shop.trace, shown, fitTime(shop.trace, options), options, highlight);
    }

    private static SpaceTimeFrame frame(
            Trace trace, int shown, SpaceTimeViewport viewport, SpaceTimeOptions options, HighlightSets highlight) {
        EventIndex index = new EventIndex(trace);
        index.extendTo(trace.size());
        LamportOrder order = options.lamportOrder() ? LamportOrder.of(trace, trace.size()) : null;
        VectorClocks clocks = VectorClocks.of(trace);
        return SpaceTimeFrames.build(new SpaceTimeFrames.Input(
                index,
                order,
                seq -> trace.type(seq).isProcessEvent() ? clocks.vector(seq) : null,
                shown,
                shown == 0 ? 0 : trace.time(shown - 1),
                highlight,
                viewport,
                WIDTH,
                HEIGHT,
                options));
    }

    private static SpaceTimeViewport fitTime(Trace trace, SpaceTimeOptions options) {
        double extent = trace.time(trace.size() - 1);
        double plot = WIDTH - options.gutter();
        return new SpaceTimeViewport(-extent * 0.02, plot / (extent * 1.04), 0);
    }

    private int send(int msg) {
        return shop.trace.sendSeq(msg);
    }

    @Test
    void theMessageFromClientToApiIsAnArrowFromLaneClientToLaneApi() {
        SpaceTimeFrame frame = frame(shop.trace.size(), OPTIONS, HighlightSets.NONE);

        List<Arrow> arrows = frame.arrowsOf(shop.request);
        assertThat(arrows).hasSize(1);
        Arrow arrow = arrows.get(0);
        double clientY = frame.lane(0).orElseThrow().y();
        double apiY = frame.lane(1).orElseThrow().y();
        assertThat(frame.lane(0).orElseThrow().name()).isEqualTo("client");
        assertThat(arrow.y1()).isEqualTo(clientY);
        assertThat(arrow.y2()).isEqualTo(apiY);
        assertThat(arrow.x1())
                .isEqualTo(frame.dot(send(shop.request)).orElseThrow().x());
        assertThat(arrow.x2())
                .isEqualTo(frame.dot(shop.apiReceive).orElseThrow().x());
        assertThat(arrow.x2()).as("time runs left to right").isGreaterThan(arrow.x1());
        assertThat(arrow.dropped()).isFalse();
    }

    @Test
    void lanesAreInHeaderOrderTopToBottom() {
        SpaceTimeFrame frame = frame(shop.trace.size(), OPTIONS, HighlightSets.NONE);

        assertThat(frame.lanes()).extracting(SpaceTimeFrame.Lane::name).containsExactly("client", "api", "db");
        assertThat(frame.lanes()).isSortedAccordingTo(Comparator.comparingDouble(SpaceTimeFrame.Lane::y));
    }

    @Test
    void aDroppedMessageEndsInACrossBetweenTheLanesWhereTheDropHappened() {
        SpaceTimeFrame frame = frame(shop.trace.size(), OPTIONS, HighlightSets.NONE);

        List<Arrow> arrows = frame.arrowsOf(shop.lost);
        assertThat(arrows).hasSize(1);
        Arrow arrow = arrows.get(0);
        assertThat(arrow.dropped()).isTrue();
        SpaceTimeFrame.Cross cross = frame.crosses().stream()
                .filter(c -> c.seq() == shop.drop)
                .findFirst()
                .orElseThrow();
        assertThat(cross.x()).isEqualTo(arrow.x2());
        assertThat(cross.y()).isEqualTo(arrow.y2());
        double clientY = frame.lane(0).orElseThrow().y();
        double apiY = frame.lane(1).orElseThrow().y();
        assertThat(cross.y()).as("a loss happens halfway").isEqualTo((clientY + apiY) / 2);
        SpaceTimeViewport fit = fitTime(shop.trace, OPTIONS);
        assertThat(cross.x()).isEqualTo(fit.toScreen(700, frame.plotLeft()));
    }

    @Test
    void aDropAtArrivalSitsOnTheReceiversLane() {
        TestTraces t = TestTraces.of("a", "b");
        int msg = t.send(0, "a", "b");
        int drop = t.drop(500, msg, DropReason.CRASH);
        t.event(600, "a", EventType.LOCAL);
        Trace trace = t.done();

        SpaceTimeFrame frame = frame(trace, trace.size(), fitTime(trace, OPTIONS), OPTIONS, HighlightSets.NONE);

        SpaceTimeFrame.Cross cross = frame.crosses().get(0);
        assertThat(cross.seq()).isEqualTo(drop);
        assertThat(cross.y()).isEqualTo(frame.lane(1).orElseThrow().y());
    }

    @Test
    void aDuplicatedMessageShowsBothArrows() {
        SpaceTimeFrame frame = frame(shop.trace.size(), OPTIONS, HighlightSets.NONE);

        assertThat(frame.arrowsOf(shop.copied))
                .extracting(Arrow::endSeq)
                .containsExactlyInAnyOrder(shop.firstCopy, shop.secondCopy);
    }

    @Test
    void eventsAfterShownAreFadedAndTheNowLineSitsAtTheTime() {
        int shown = shop.clientReceive; // the reply's receive has not happened yet
        SpaceTimeFrame frame = frame(shown, OPTIONS, HighlightSets.NONE);

        for (Dot dot : frame.dots()) {
            assertThat(dot.faded()).as("seq %d", dot.seq()).isEqualTo(dot.seq() >= shown);
        }
        assertThat(frame.dots()).hasSize(processEvents(shop.trace, shop.trace.size()));
        assertThat(frame.arrowsOf(shop.reply).get(0).faded()).isTrue();
        assertThat(frame.arrowsOf(shop.request).get(0).faded()).isFalse();
        SpaceTimeViewport fit = fitTime(shop.trace, OPTIONS);
        assertThat(frame.nowX()).isEqualTo(fit.toScreen(shop.trace.time(shown - 1), frame.plotLeft()));
    }

    @Test
    void hiddenFutureLeavesOutLaterEventsAndStopsMessagesInFlightAtTheNowLine() {
        int shown = shop.clientReceive;
        SpaceTimeFrame frame = frame(shown, OPTIONS.withHideFuture(true), HighlightSets.NONE);

        assertThat(frame.dots()).allSatisfy(dot -> assertThat(dot.seq()).isLessThan(shown));
        assertThat(frame.dots()).hasSize(processEvents(shop.trace, shown));
        Arrow inFlight = frame.arrowsOf(shop.reply).get(0);
        assertThat(inFlight.inFlight()).isTrue();
        assertThat(inFlight.x2()).isEqualTo(frame.nowX());
        assertThat(frame.arrowsOf(shop.lost)).as("sent in the future").isEmpty();
        assertThat(frame.markers()).isEmpty();
    }

    @Test
    void theCausalPastHighlightedEqualsCausalityCausalPast() {
        Causality causality = Causality.of(shop.trace);
        int selected = shop.apiGetsResult;
        BitSet past = causality.causalPast(selected);
        BitSet future = causality.causalFuture(selected);
        HighlightSets sets = new HighlightSets(selected, -1, past, future);

        SpaceTimeFrame frame = frame(shop.trace.size(), OPTIONS, sets);

        assertThat(frame.dots()).hasSize(processEvents(shop.trace, shop.trace.size()));
        assertThat(seqs(frame, Highlight.PAST)).isEqualTo(past.stream().boxed().collect(Collectors.toSet()));
        assertThat(seqs(frame, Highlight.FUTURE))
                .isEqualTo(future.stream().boxed().collect(Collectors.toSet()));
        assertThat(seqs(frame, Highlight.SELECTED)).containsExactly(selected);
        assertThat(seqs(frame, Highlight.CONCURRENT)).contains(shop.clientLocal);
        assertThat(frame.arrowsOf(shop.query).get(0).highlight()).isEqualTo(Highlight.PAST);
        assertThat(frame.arrowsOf(shop.result).get(0).highlight()).isEqualTo(Highlight.PAST);
        assertThat(frame.arrowsOf(shop.reply).get(0).highlight()).isEqualTo(Highlight.FUTURE);
        assertThat(frame.arrowsOf(shop.lost).get(0).highlight()).isEqualTo(Highlight.CONCURRENT);
    }

    @Test
    void aCrashGreysTheLaneUntilTheRecoveryAndAPauseUntilTheResume() {
        SpaceTimeFrame frame = frame(shop.trace.size(), OPTIONS, HighlightSets.NONE);
        SpaceTimeViewport fit = fitTime(shop.trace, OPTIONS);

        List<SpaceTimeFrame.Segment> db = frame.lane(2).orElseThrow().segments();
        assertThat(db)
                .extracting(SpaceTimeFrame.Segment::state)
                .containsExactly(LaneState.UP, LaneState.CRASHED, LaneState.UP);
        assertThat(db.get(1).x1()).isEqualTo(fit.toScreen(1050, frame.plotLeft()));
        assertThat(db.get(1).x2()).isEqualTo(fit.toScreen(1200, frame.plotLeft()));
        assertThat(frame.lane(1).orElseThrow().segments())
                .extracting(SpaceTimeFrame.Segment::state)
                .containsExactly(LaneState.UP, LaneState.PAUSED, LaneState.UP);
        assertThat(frame.dot(shop.crash).orElseThrow().type()).isEqualTo(EventType.CRASH);
    }

    @Test
    void aLaneScrolledInCrashedStartsCrashed() {
        SpaceTimeViewport fit = fitTime(shop.trace, OPTIONS);
        SpaceTimeViewport zoomed = new SpaceTimeViewport(1100, fit.scale() * 8, 0);

        SpaceTimeFrame frame = frame(shop.trace, shop.trace.size(), zoomed, OPTIONS, HighlightSets.NONE);

        assertThat(frame.lane(2).orElseThrow().segments().get(0).state()).isEqualTo(LaneState.CRASHED);
    }

    @Test
    void aFaultIsAMarkerAcrossTheLanesWithAShortLabel() {
        SpaceTimeFrame frame = frame(shop.trace.size(), OPTIONS, HighlightSets.NONE);

        assertThat(frame.markers()).hasSize(1);
        assertThat(frame.markers().get(0).text()).isEqualTo("partition api | db");
        assertThat(frame.markers().get(0).x())
                .isEqualTo(fitTime(shop.trace, OPTIONS).toScreen(650, frame.plotLeft()));
    }

    @Test
    void lamportLabelsSayTheLamportClockAndVectorLabelsTheVectorClock() {
        SpaceTimeFrame lamport = frame(shop.trace.size(), OPTIONS, HighlightSets.NONE);
        for (Label label : lamport.labels()) {
            assertThat(label.text()).isEqualTo(Long.toString(shop.trace.lamport(label.seq())));
        }
        assertThat(lamport.labels()).isNotEmpty();

        SpaceTimeFrame vector = frame(shop.trace.size(), OPTIONS.withLabelMode(LabelMode.VECTOR), HighlightSets.NONE);
        Label first = vector.labels().stream()
                .filter(l -> l.seq() == shop.apiGetsResult)
                .findFirst()
                .orElseThrow();
        assertThat(first.text()).isEqualTo("[1,3,2]");

        assertThat(frame(shop.trace.size(), OPTIONS.withLabelMode(LabelMode.NONE), HighlightSets.NONE)
                        .labels())
                .isEmpty();
    }

    @Test
    void labelsThatWouldOverlapAreLeftOutWhenZoomedOut() {
        Trace trace = pingPong(2_000, 3, 1);
        SpaceTimeViewport fit = fitTime(trace, OPTIONS);

        SpaceTimeFrame frame = frame(trace, trace.size(), fit, OPTIONS, HighlightSets.NONE);

        assertThat(frame.labels().size()).isLessThan(frame.dots().size());
        for (int p = 0; p < 3; p++) {
            double y = frame.lane(p).orElseThrow().y();
            List<Label> lane = frame.labels().stream()
                    .filter(l -> l.y() < y && l.y() > y - OPTIONS.laneHeight() / 2)
                    .sorted(Comparator.comparingDouble(Label::x))
                    .toList();
            for (int i = 1; i < lane.size(); i++) {
                double previousEnd =
                        lane.get(i - 1).x() + lane.get(i - 1).text().length() * OPTIONS.charWidth();
                assertThat(lane.get(i).x()).isGreaterThan(previousEnd);
            }
        }
    }

    @Test
    void inLamportOrderEventsAreRankedByLamportClockThenProcess() {
        SpaceTimeOptions options = OPTIONS.withLamportOrder(true);
        LamportOrder order = LamportOrder.of(shop.trace, shop.trace.size());
        double plot = WIDTH - options.gutter();
        SpaceTimeViewport fit = new SpaceTimeViewport(-1, plot / (order.count() + 2), 0);
        int shown = shop.clientReceive;

        SpaceTimeFrame frame = frame(shop.trace, shown, fit, options, HighlightSets.NONE);

        List<Dot> byX =
                frame.dots().stream().sorted(Comparator.comparingDouble(Dot::x)).toList();
        for (int i = 1; i < byX.size(); i++) {
            Dot a = byX.get(i - 1);
            Dot b = byX.get(i);
            long la = shop.trace.lamport(a.seq());
            long lb = shop.trace.lamport(b.seq());
            assertThat(la < lb || (la == lb && a.process() < b.process()))
                    .as("%s before %s", a, b)
                    .isTrue();
            assertThat(b.x() - a.x()).isEqualTo(fit.scale(), org.assertj.core.data.Offset.offset(1e-9));
        }
        int lastShownRank = IntStream.range(0, shown)
                .filter(seq -> shop.trace.type(seq).isProcessEvent())
                .map(order::rank)
                .max()
                .orElseThrow();
        assertThat(frame.nowX()).isEqualTo(fit.toScreen(lastShownRank, frame.plotLeft()));
    }

    @Test
    void aHundredThousandEventFrameHoldsOnlyWhatIsInView() {
        Trace trace = pingPong(100_000, 6, 42);
        long middle = trace.time(50_000);
        SpaceTimeViewport window = new SpaceTimeViewport(middle, (WIDTH - OPTIONS.gutter()) / 10_000.0, 0);

        SpaceTimeFrame frame = frame(trace, trace.size(), window, OPTIONS, HighlightSets.NONE);

        double r = OPTIONS.dotRadius();
        assertThat(frame.dots()).isNotEmpty();
        assertThat(frame.dots()).allSatisfy(d -> assertThat(d.x()).isBetween(frame.plotLeft() - r, WIDTH + r));
        long inWindow = IntStream.range(0, trace.size())
                .filter(seq -> trace.type(seq).isProcessEvent()
                        && trace.time(seq) >= middle
                        && trace.time(seq) <= middle + 10_000)
                .count();
        assertThat((long) frame.dots().size()).isBetween(1L, inWindow + 12);
        assertThat(frame.arrows())
                .allSatisfy(a -> assertThat(Math.max(a.x1(), a.x2())).isGreaterThanOrEqualTo(frame.plotLeft()));
        assertThat(frame.arrows())
                .allSatisfy(a -> assertThat(Math.min(a.x1(), a.x2())).isLessThanOrEqualTo(WIDTH));
        assertThat(frame.arrows().size()).isLessThan(trace.messageCount() / 20);

        SpaceTimeFrame whole = frame(trace, trace.size(), fitTime(trace, OPTIONS), OPTIONS, HighlightSets.NONE);
        double lanes = whole.lanes().size();
        assertThat((double) whole.dots().size())
                .as("dots closer than their width are drawn once")
                .isLessThanOrEqualTo(lanes * (WIDTH - whole.plotLeft()) / (1.5 * r) + lanes);
        assertThat(whole.arrows().size()).isLessThanOrEqualTo(SpaceTimeFrames.MAX_ARROWS + 1);
        assertThat(whole.stride()).isGreaterThan(1);
    }

    @Test
    void aMessageCrossingTheViewWithBothEndsOutsideIsStillDrawn() {
        TestTraces t = TestTraces.of("a", "b", "c");
        int slow = t.send(0, "a", "c");
        for (int i = 1; i <= 1900; i++) {
            int m = t.send(i * 10L, "a", "b");
            t.receive(i * 10L + 5, m);
        }
        t.receive(20_000, slow);
        Trace trace = t.done();
        SpaceTimeViewport middle = new SpaceTimeViewport(15_000, (WIDTH - OPTIONS.gutter()) / 100.0, 0);

        SpaceTimeFrame frame = frame(trace, trace.size(), middle, OPTIONS, HighlightSets.NONE);

        assertThat(frame.stride())
                .as("the slow message does not thin out the view's arrows")
                .isEqualTo(1);
        assertThat(frame.arrows()).as("the slow one and the 11 sent in view").hasSize(12);
        Arrow arrow = frame.arrowsOf(slow).get(0);
        assertThat(arrow.x1()).isLessThan(frame.plotLeft());
        assertThat(arrow.x2()).isGreaterThan(WIDTH);
        assertThat(frame.dot(t.sendSeq(slow))).isEmpty();
    }

    @Test
    void lanesScrolledOutOfViewAreLeftOut() {
        Trace trace = pingPong(200, 20, 3);
        double laneHeight = OPTIONS.laneHeight();
        SpaceTimeViewport scrolled = fitTime(trace, OPTIONS).withScrollY(laneHeight * 10);

        SpaceTimeFrame frame = frame(trace, trace.size(), scrolled, OPTIONS, HighlightSets.NONE);

        assertThat(frame.lanes().get(0).process()).isEqualTo(10);
        assertThat(frame.lanes().size()).isLessThan(20);
        Set<Integer> lanes =
                frame.lanes().stream().map(SpaceTimeFrame.Lane::process).collect(Collectors.toSet());
        assertThat(frame.dots()).allSatisfy(d -> assertThat(lanes).contains(d.process()));
    }

    /**
     * Random messages among {@code processes} processes, each received 50 to 500 microseconds after
     * it was sent, until the trace has {@code events} events.
     */
    static Trace pingPong(int events, int processes, long seed) {
        System.out.println("pingPong seed " + seed);
        String[] names = IntStream.range(0, processes).mapToObj(i -> "p" + i).toArray(String[]::new);
        TestTraces t = TestTraces.of(names);
        Random random = new Random(seed);
        java.util.PriorityQueue<long[]> inFlight = new java.util.PriorityQueue<>(Comparator.comparingLong(a -> a[0]));
        long now = 0;
        int count = 0;
        while (count < events) {
            now += 1 + random.nextInt(20);
            while (!inFlight.isEmpty() && inFlight.peek()[0] <= now && count < events) {
                long[] arrival = inFlight.poll();
                t.receive(arrival[0], (int) arrival[1]);
                count++;
            }
            if (count < events) {
                int from = random.nextInt(processes);
                int to = (from + 1 + random.nextInt(processes - 1)) % processes;
                int msg = t.send(now, names[from], names[to]);
                inFlight.add(new long[] {now + 50 + random.nextInt(450), msg});
                count++;
            }
        }
        return t.done();
    }

    private static int processEvents(Trace trace, int below) {
        return (int) IntStream.range(0, below)
                .filter(seq -> trace.type(seq).isProcessEvent())
                .count();
    }

    private static Set<Integer> seqs(SpaceTimeFrame frame, Highlight highlight) {
        return frame.dots().stream()
                .filter(d -> d.highlight() == highlight)
                .map(Dot::seq)
                .collect(Collectors.toSet());
    }
}
