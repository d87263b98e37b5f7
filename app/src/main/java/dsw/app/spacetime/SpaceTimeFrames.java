package dsw.app.spacetime;

import dsw.app.run.MarkedEvents;
import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

/**
 * Computes a {@link SpaceTimeFrame}: a pure function of the trace (through its {@link EventIndex}
 * and, in Lamport order, its {@link LamportOrder}), the events shown, the viewport and size, the
 * options and the highlighted sets. It costs about the items in view plus a binary search per lane:
 * dots closer than about a dot's radius and a half on one lane are drawn as one, message arrows are found by scanning
 * sends from the view's start minus the longest flight, and when more messages cross the view than
 * {@link #MAX_ARROWS} only every n-th is drawn (the frame's stride says so). Thread-safe.
 */
public final class SpaceTimeFrames {
    /**
     * At most about this many message arrows per frame; beyond, every n-th (plus the selection's):
     * more are a blur at that zoom, and each long arrow costs the software renderer about 25 µs.
     */
    public static final int MAX_ARROWS = 300;
    /** A drop at the moment of sending is drawn this far along the way, so the arrow shows its direction. */
    static final double AT_SEND_FRACTION = 0.2;
    /** Arrows between one pair of lanes closer than this many pixels at the send are drawn as one. */
    static final double ARROW_SPACING = 2;
    /** Ticks on the axis are at least this many pixels apart. */
    static final double TICK_SPACING = 110;

    private SpaceTimeFrames() {}

    /** Everything a frame is computed from. {@code vectors} gives an event's vector clock, or null. */
    public record Input(
            EventIndex index,
            LamportOrder order,
            IntFunction<int[]> vectors,
            int shown,
            long time,
            HighlightSets highlight,
            SpaceTimeViewport viewport,
            double width,
            double height,
            SpaceTimeOptions options,
            MarkedEvents marked) {
        public Input {
            marked = marked == null ? MarkedEvents.NONE : marked;
        }

        /** An input with no events marked by a checker. */
        public Input(
                EventIndex index,
                LamportOrder order,
                IntFunction<int[]> vectors,
                int shown,
                long time,
                HighlightSets highlight,
                SpaceTimeViewport viewport,
                double width,
                double height,
                SpaceTimeOptions options) {
            this(index, order, vectors, shown, time, highlight, viewport, width, height, options, MarkedEvents.NONE);
        }
    }

    public static SpaceTimeFrame build(Input input) {
        return new Builder(input).build();
    }

    /** How far along from the sender's lane to the receiver's lane a drop is drawn. */
    static double dropFraction(Trace trace, int drop, int send) {
        DropReason reason = trace.reason(drop);
        if (reason == DropReason.LOSS) {
            return 0.5;
        }
        if ((reason == DropReason.PARTITION || reason == DropReason.LINK_DOWN)
                && trace.time(drop) <= trace.time(send)) {
            return AT_SEND_FRACTION;
        }
        return 1;
    }

    private static final class Builder {
        private final Input in;
        private final EventIndex index;
        private final Trace trace;
        private final SpaceTimeOptions options;
        private final SpaceTimeViewport viewport;
        private final HighlightSets highlight;
        private final IntToDoubleFunction x;
        private final int size;
        /** Events at or after this are not drawn. */
        private final int limit;

        private final double plotLeft;
        private final double plotTop;
        private final double laneHeight;
        private final double x0;
        private final double x1;
        private final double nowAxis;
        private final double radius;

        private final List<SpaceTimeFrame.Dot> dots = new ArrayList<>();
        private final List<SpaceTimeFrame.Arrow> arrows = new ArrayList<>();
        private final List<SpaceTimeFrame.Cross> crosses = new ArrayList<>();
        private final List<SpaceTimeFrame.Label> labels = new ArrayList<>();
        private final List<SpaceTimeFrame.Note> notes = new ArrayList<>();
        /** The seqs given a dot in this frame, so that a decision is not drawn twice. */
        private final Set<Integer> drawn = new HashSet<>();

        private double[] lastArrowAt = new double[0];

        Builder(Input in) {
            this.in = in;
            this.index = in.index();
            this.trace = index.trace();
            this.options = in.options();
            this.viewport = in.viewport();
            this.highlight = in.highlight() == null ? HighlightSets.NONE : in.highlight();
            this.size = index.size();
            int shown = Math.min(Math.max(in.shown(), 0), size);
            this.limit = options.hideFuture() ? shown : size;
            LamportOrder order = in.order();
            if (!options.lamportOrder()) {
                x = trace::time;
                nowAxis = in.time();
            } else if (order != null) {
                x = order::x;
                nowAxis = order.frontier(shown);
            } else {
                x = seq -> Double.NaN;
                nowAxis = Double.NaN;
            }
            plotLeft = Math.min(options.gutter(), in.width() / 3);
            plotTop = options.axisHeight();
            laneHeight = options.laneHeight();
            radius = options.dotRadius();
            x0 = viewport.start();
            x1 = viewport.end(Math.max(0, in.width() - plotLeft));
        }

        SpaceTimeFrame build() {
            int n = index.processCount();
            int firstLane = Math.max(0, (int) Math.floor(viewport.scrollY() / laneHeight));
            int lastLane = Math.min(n - 1, (int) Math.ceil((viewport.scrollY() + in.height() - plotTop) / laneHeight));
            List<SpaceTimeFrame.Lane> lanes = new ArrayList<>();
            for (int p = firstLane; p <= lastLane; p++) {
                lanes.add(new SpaceTimeFrame.Lane(p, trace.header().processName(p), laneY(p), segments(p)));
                dotsOf(p);
                decisionsOf(p);
            }
            int messages = Double.isNaN(nowAxis) && options.lamportOrder() ? 0 : arrows();
            int stride = Math.max(1, (messages + MAX_ARROWS - 1) / MAX_ARROWS);
            return new SpaceTimeFrame(
                    in.width(),
                    in.height(),
                    plotLeft,
                    plotTop,
                    lanes,
                    ticks(),
                    dots,
                    arrows,
                    crosses,
                    markers(),
                    labels,
                    notes,
                    inView(nowAxis) ? screenX(nowAxis) : Double.NaN,
                    messages,
                    stride);
        }

        private double laneY(int p) {
            return plotTop + p * laneHeight + laneHeight / 2 - viewport.scrollY();
        }

        private double screenX(double axis) {
            return viewport.toScreen(axis, plotLeft);
        }

        private boolean inView(double axis) {
            return axis >= x0 && axis <= x1;
        }

        private boolean faded(int seq) {
            return seq >= in.shown();
        }

        // ---- lanes ----

        private List<SpaceTimeFrame.Segment> segments(int p) {
            IntList changes = index.changes(p);
            List<SpaceTimeFrame.Segment> segments = new ArrayList<>();
            int i = changes.firstAfter(x0, 0, x) - 1;
            LaneState state = LaneState.UP;
            boolean faded = false;
            if (i >= 0 && changes.get(i) < limit) {
                state = stateAfter(changes.get(i));
                faded = faded(changes.get(i));
            }
            double from = x0;
            for (int j = i + 1; j < changes.size(); j++) {
                int seq = changes.get(j);
                double at = x.applyAsDouble(seq);
                if (seq >= limit || Double.isNaN(at) || at > x1) {
                    break;
                }
                segments.add(new SpaceTimeFrame.Segment(screenX(from), screenX(at), state, faded));
                from = at;
                state = stateAfter(seq);
                faded = faded(seq);
            }
            segments.add(new SpaceTimeFrame.Segment(screenX(from), screenX(x1), state, faded));
            return segments;
        }

        private LaneState stateAfter(int seq) {
            return switch (trace.type(seq)) {
                case CRASH -> LaneState.CRASHED;
                case PAUSE -> LaneState.PAUSED;
                default -> LaneState.UP;
            };
        }

        // ---- dots and labels ----

        private void dotsOf(int p) {
            IntList lane = index.lane(p);
            double margin = radius / viewport.scale();
            double gap = 1.5 * radius / viewport.scale();
            double labelRight = Double.NEGATIVE_INFINITY;
            boolean selectedDrawn = false;
            boolean comparedDrawn = false;
            int i = lane.firstAtOrAfter(x0 - margin, 0, x);
            while (i < lane.size()) {
                int seq = lane.get(i);
                double at = x.applyAsDouble(seq);
                if (seq >= limit || Double.isNaN(at) || at > x1 + margin) {
                    break;
                }
                SpaceTimeFrame.Dot dot = dot(seq, p, at);
                selectedDrawn |= seq == highlight.selected();
                comparedDrawn |= seq == highlight.compared();
                labelRight = label(dot, labelRight);
                i++;
                if (i < lane.size() && x.applyAsDouble(lane.get(i)) < at + gap) {
                    i = lane.firstAtOrAfter(at + gap, i, x);
                }
            }
            if (!selectedDrawn) {
                alsoDraw(highlight.selected(), p, margin);
            }
            if (!comparedDrawn) {
                alsoDraw(highlight.compared(), p, margin);
            }
            for (int seq : in.marked().seqs()) {
                if (!drawn.contains(seq)) {
                    alsoDraw(seq, p, margin);
                }
            }
        }

        /** Draws the selected or compared event even where it shares its place with a neighbour. */
        private void alsoDraw(int seq, int p, double margin) {
            if (seq < 0 || seq >= limit || trace.process(seq) != p) {
                return;
            }
            double at = x.applyAsDouble(seq);
            if (at >= x0 - margin && at <= x1 + margin) {
                dot(seq, p, at);
            }
        }

        private SpaceTimeFrame.Dot dot(int seq, int p, double at) {
            Decision decision = trace.type(seq) == EventType.LOCAL ? trace.decision(seq) : Decision.NONE;
            SpaceTimeFrame.Dot dot = new SpaceTimeFrame.Dot(
                    seq,
                    p,
                    trace.type(seq),
                    screenX(at),
                    laneY(p),
                    faded(seq),
                    highlight.of(trace, seq),
                    decision,
                    in.marked().contains(seq));
            dots.add(dot);
            drawn.add(seq);
            if (decision != Decision.NONE && (seq == highlight.selected() || seq == highlight.compared())) {
                note(dot);
            }
            return dot;
        }

        /**
         * Adds the diamonds of process {@code p}'s pattern decisions in view that no dot stands for yet
         * (a decision often shares its instant with the receive that caused it, and the dot pass
         * keeps only the first of events that close): decisions closer than a dot's radius and a half
         * are still drawn as one.
         */
        private void decisionsOf(int p) {
            IntList lane = index.decisions(p);
            double margin = radius / viewport.scale();
            double gap = 1.5 * radius / viewport.scale();
            int i = lane.firstAtOrAfter(x0 - margin, 0, x);
            while (i < lane.size()) {
                int seq = lane.get(i);
                double at = x.applyAsDouble(seq);
                if (seq >= limit || Double.isNaN(at) || at > x1 + margin) {
                    break;
                }
                if (!drawn.contains(seq)) {
                    dot(seq, p, at);
                }
                i++;
                if (i < lane.size() && x.applyAsDouble(lane.get(i)) < at + gap) {
                    i = lane.firstAtOrAfter(at + gap, i, x);
                }
            }
        }

        /** The label of a selected decision, below its diamond. */
        private void note(SpaceTimeFrame.Dot dot) {
            String text = trace.detail(dot.seq());
            if (text == null || text.isBlank()) {
                text = dot.decision().wireName();
            }
            notes.add(new SpaceTimeFrame.Note(
                    dot.seq(),
                    dot.x() + radius + 2,
                    dot.y() + radius + options.fontSize() * 0.9,
                    text.strip(),
                    dot.family(),
                    dot.faded()));
        }

        /** Adds the dot's label if it clears the previous one on its lane; returns the lane's label end. */
        private double label(SpaceTimeFrame.Dot dot, double labelRight) {
            LabelMode mode = options.labelMode();
            double left = dot.x() + radius + 1;
            double minimum = options.charWidth() * 2;
            if (mode == LabelMode.NONE || left < labelRight + 4 || left + minimum < plotLeft) {
                return labelRight;
            }
            String text;
            if (mode == LabelMode.LAMPORT) {
                text = Long.toString(trace.lamport(dot.seq()));
            } else {
                int[] vector = in.vectors() == null ? null : in.vectors().apply(dot.seq());
                if (vector == null) {
                    return labelRight;
                }
                text = EventText.vectorLabel(vector, trace.header());
            }
            labels.add(new SpaceTimeFrame.Label(
                    dot.seq(), left, dot.y() - radius - 2, text, dot.faded(), dot.highlight()));
            return left + text.length() * options.charWidth();
        }

        // ---- arrows and crosses ----

        /** Adds the arrows of the messages that may cross the view; returns how many there are. */
        private int arrows() {
            int n = index.processCount();
            if ((long) n * n <= 1 << 20) {
                lastArrowAt = new double[n * n];
                Arrays.fill(lastArrowAt, Double.NEGATIVE_INFINITY);
            }
            if (options.lamportOrder()) {
                return arrowsInLamportOrder();
            }
            IntList sends = index.sends();
            int from = sends.firstAtOrAfter(x0 - index.longestFlight(), 0, x);
            int to = sends.firstAfter(x1, from, x);
            // sent in view: one slow message must not thin out the arrows of a small view
            int count = to - sends.firstAtOrAfter(x0, from, x);
            int stride = Math.max(1, (count + MAX_ARROWS - 1) / MAX_ARROWS);
            for (int j = from; j < to; j += stride) {
                int send = sends.get(j);
                if (send >= limit) {
                    break;
                }
                message(send, true);
            }
            // the selection's messages are drawn even when the stride skips them
            for (int seq : new int[] {highlight.selected(), highlight.compared()}) {
                int msg = seq < 0 || seq >= size ? -1 : trace.message(seq);
                int send = msg < 0 ? -1 : trace.sendSeq(msg);
                int j = send < 0 ? -1 : sends.indexOf(send);
                if (j >= from && j < to && (j - from) % stride != 0 && send < limit) {
                    message(send, false);
                }
            }
            return count;
        }

        private int arrowsInLamportOrder() {
            LamportOrder order = in.order();
            int from = (int) Math.max(0, Math.floor(x0 - order.longestFlight()));
            int to = (int) Math.min(order.count(), Math.ceil(x1) + 1);
            int count = 0;
            for (int rank = (int) Math.max(from, Math.floor(x0)); rank < to; rank++) {
                if (trace.type(order.seqAt(rank)) == EventType.SEND) {
                    count++;
                }
            }
            int stride = Math.max(1, (count + MAX_ARROWS - 1) / MAX_ARROWS);
            int ordinal = 0;
            for (int rank = from; rank < to; rank++) {
                int send = order.seqAt(rank);
                if (send < limit && send < size && trace.type(send) == EventType.SEND) {
                    message(send, ordinal % stride == 0);
                    ordinal++;
                }
            }
            return count;
        }

        private void message(int send, boolean sampled) {
            int msg = trace.message(send);
            int first = index.firstEnd(msg);
            int second = index.secondEnd(msg);
            if (first >= 0) {
                arrow(msg, send, first, sampled, false);
            }
            if (second >= 0) {
                arrow(msg, send, second, sampled, true);
            }
        }

        /** {@code copy}: the second copy of a duplicated message, drawn whenever the first is. */
        private void arrow(int msg, int send, int end, boolean sampled, boolean copy) {
            if (end >= size) {
                return;
            }
            double xs = x.applyAsDouble(send);
            double xe = x.applyAsDouble(end);
            if (Double.isNaN(xs) || Double.isNaN(xe) || xe < x0 || xs > x1) {
                return;
            }
            boolean selection = send == highlight.selected()
                    || end == highlight.selected()
                    || send == highlight.compared()
                    || end == highlight.compared();
            if (!sampled && !selection) {
                return;
            }
            int fromLane = trace.process(send);
            boolean dropped = trace.type(end) == EventType.DROP;
            int toLane = dropped ? trace.messageTo(msg) : trace.process(end);
            double ys = laneY(fromLane);
            double ye = dropped ? ys + dropFraction(trace, end, send) * (laneY(toLane) - ys) : laneY(toLane);
            if ((ys < plotTop && ye < plotTop) || (ys > in.height() && ye > in.height())) {
                return;
            }
            double sx = screenX(xs);
            if (!selection && !copy && lastArrowAt.length > 0) {
                int pair = fromLane * index.processCount() + toLane;
                if (sx - lastArrowAt[pair] < ARROW_SPACING) {
                    return;
                }
                lastArrowAt[pair] = sx;
            }
            boolean inFlight = end >= limit;
            double ex = screenX(xe);
            if (inFlight) {
                double f = xe > xs ? (nowAxis - xs) / (xe - xs) : 1;
                f = Math.max(0, Math.min(1, f));
                ex = screenX(xs + f * (xe - xs));
                ye = ys + f * (ye - ys);
            }
            boolean faded = faded(end);
            arrows.add(new SpaceTimeFrame.Arrow(
                    msg, send, end, sx, ys, ex, ye, faded, highlight.ofArrow(trace, send, end), dropped, inFlight));
            if (dropped && !inFlight && xe <= x1) {
                crosses.add(new SpaceTimeFrame.Cross(end, msg, ex, ye, faded));
            }
        }

        // ---- faults and the axis ----

        private List<SpaceTimeFrame.Marker> markers() {
            List<SpaceTimeFrame.Marker> markers = new ArrayList<>();
            IntList faults = index.faults();
            for (int i = faults.firstAtOrAfter(x0, 0, x); i < faults.size(); i++) {
                int seq = faults.get(i);
                double at = x.applyAsDouble(seq);
                if (seq >= limit || Double.isNaN(at) || at > x1) {
                    break;
                }
                markers.add(
                        new SpaceTimeFrame.Marker(seq, screenX(at), EventText.marker(trace.detail(seq)), faded(seq)));
            }
            return markers;
        }

        private List<SpaceTimeFrame.Tick> ticks() {
            List<SpaceTimeFrame.Tick> ticks = new ArrayList<>();
            double step = niceStep(TICK_SPACING / viewport.scale(), options.lamportOrder());
            double first = Math.ceil(Math.max(0, x0) / step) * step;
            for (double at = first; at <= x1 && ticks.size() < 200; at += step) {
                long value = Math.round(at);
                String text = options.lamportOrder() ? "#" + value : seconds(value, step);
                ticks.add(new SpaceTimeFrame.Tick(screenX(at), text));
            }
            return ticks;
        }

        /** A tick's time in seconds, with as many decimals as the step between ticks needs. */
        private static String seconds(long micros, double step) {
            int decimals = (int) Math.max(0, Math.min(6, Math.ceil(-Math.log10(step / Micros.PER_SECOND) - 1e-9)));
            return String.format(java.util.Locale.ROOT, "%." + decimals + "fs", micros / (double) Micros.PER_SECOND);
        }

        /** The smallest 1, 2 or 5 times a power of ten at or above {@code minimum}, and at least 1. */
        private static double niceStep(double minimum, boolean whole) {
            double step = 1;
            while (step < minimum) {
                if (step * 2 >= minimum) {
                    return step * 2;
                }
                if (step * 5 >= minimum) {
                    return step * 5;
                }
                step *= 10;
            }
            return whole ? Math.max(1, step) : step;
        }
    }
}
