package dsw.app.spacetime;

import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import java.util.List;
import java.util.Optional;

/**
 * What one picture of the space-time diagram holds, in screen coordinates: the visible lanes, the
 * time axis ticks, event dots, message arrows, crosses where messages were dropped, fault markers,
 * event labels, the notes of selected pattern decisions and the now line. Only items that are (partly) in view are in it. Computed by
 * {@link SpaceTimeFrames#build}, drawn by {@link SpaceTimePainter}. Immutable, thread-safe.
 *
 * @param plotLeft where the plot starts, right of the column of process names
 * @param plotTop where the lanes start, below the time axis
 * @param nowX the now line's x, or NaN when it is out of view
 * @param messagesInRange messages sent in the view
 * @param stride 1 when every message is drawn; n when only every n-th is (zoomed far out)
 */
public record SpaceTimeFrame(
        double width,
        double height,
        double plotLeft,
        double plotTop,
        List<Lane> lanes,
        List<Tick> ticks,
        List<Dot> dots,
        List<Arrow> arrows,
        List<Cross> crosses,
        List<Marker> markers,
        List<Label> labels,
        List<Note> notes,
        double nowX,
        int messagesInRange,
        int stride) {

    public SpaceTimeFrame {
        lanes = List.copyOf(lanes);
        ticks = List.copyOf(ticks);
        dots = List.copyOf(dots);
        arrows = List.copyOf(arrows);
        crosses = List.copyOf(crosses);
        markers = List.copyOf(markers);
        labels = List.copyOf(labels);
        notes = List.copyOf(notes);
    }

    /** One process's lane: its name (drawn in the sticky column) and its states across the view. */
    public record Lane(int process, String name, double y, List<Segment> segments) {
        public Lane {
            segments = List.copyOf(segments);
        }
    }

    /** A stretch of a lane from x1 to x2 in one state; {@code faded} when it starts in the future. */
    public record Segment(double x1, double x2, LaneState state, boolean faded) {}

    /** A time (or rank) axis tick. */
    public record Tick(double x, String text) {}

    /**
     * An event at a process; a crash is drawn as a bold cross, a pattern's decision ({@code decision}
     * not {@link Decision#NONE}) as a diamond in its family's colour, and an event a checker points
     * at ({@code marked}) gets a dashed ring.
     */
    public record Dot(
            int seq,
            int process,
            EventType type,
            double x,
            double y,
            boolean faded,
            Highlight highlight,
            Decision decision,
            boolean marked) {

        /** The family of the decision this dot marks, {@link DecisionFamily#NONE} for a plain event. */
        public DecisionFamily family() {
            return DecisionFamily.of(decision);
        }
    }

    /**
     * A message from its send to one of its receives or drops. {@code dropped}: it ends in a
     * {@link Cross}. {@code inFlight}: the receive is hidden in the future, so the arrow stops at
     * the now line.
     */
    public record Arrow(
            int message,
            int sendSeq,
            int endSeq,
            double x1,
            double y1,
            double x2,
            double y2,
            boolean faded,
            Highlight highlight,
            boolean dropped,
            boolean inFlight) {}

    /** Where a message was dropped: between the lanes, as far from the sender as the drop happened. */
    public record Cross(int seq, int message, double x, double y, boolean faded) {}

    /** A fault (partition, heal, link down or up, clock skew): a vertical line across the lanes. */
    public record Marker(int seq, double x, String text, boolean faded) {}

    /** An event's clock, up and right of its dot. */
    public record Label(int seq, double x, double y, String text, boolean faded, Highlight highlight) {}

    /**
     * A pattern decision's label ("retry 2 of 3 for GET k4 in 750ms"), below its diamond, shown for
     * the selected and compared events.
     */
    public record Note(int seq, double x, double y, String text, DecisionFamily family, boolean faded) {}

    /** The event drawn nearest to the point, within {@code radius} pixels: a dot or a drop's cross. */
    public Optional<Integer> hit(double x, double y, double radius) {
        int best = -1;
        double bestDistance = radius * radius;
        for (Dot dot : dots) {
            double d = (dot.x() - x) * (dot.x() - x) + (dot.y() - y) * (dot.y() - y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = dot.seq();
            }
        }
        for (Cross cross : crosses) {
            double d = (cross.x() - x) * (cross.x() - x) + (cross.y() - y) * (cross.y() - y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = cross.seq();
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /** The dot of event {@code seq}, if drawn. */
    public Optional<Dot> dot(int seq) {
        return dots.stream().filter(d -> d.seq() == seq).findFirst();
    }

    /** The dots drawn as pattern decisions' diamonds. */
    public List<Dot> decisions() {
        return dots.stream().filter(d -> d.decision() != Decision.NONE).toList();
    }

    /** The arrows of message {@code msg} drawn (two for a duplicated message). */
    public List<Arrow> arrowsOf(int msg) {
        return arrows.stream().filter(a -> a.message() == msg).toList();
    }

    /** The lane of process {@code process}, if in view. */
    public Optional<Lane> lane(int process) {
        return lanes.stream().filter(l -> l.process() == process).findFirst();
    }
}
