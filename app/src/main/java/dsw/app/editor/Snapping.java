package dsw.app.editor;

import dsw.app.canvas.Rect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where a dragged box comes to rest: aligned with another box's left edge, centre or right edge
 * (and top, middle, bottom) when it comes within a few pixels of one, showing a guide line;
 * otherwise with its centre on the grid. Thread-safe (stateless).
 */
public final class Snapping {
    /** A guide line to draw while dragging: vertical at x = {@code at} from y {@code from} to {@code to}, or horizontal. */
    public record Guide(boolean vertical, double at, double from, double to) {}

    /** The corrected offset of a drag and the guides that explain it. */
    public record Result(double dx, double dy, List<Guide> guides) {
        public Result {
            guides = List.copyOf(guides);
        }
    }

    private Snapping() {}

    /**
     * Snaps a drag of {@code grabbed} by (dx, dy) against {@code others}.
     *
     * @param tolerance how far (canvas units) an edge may be from another to snap to it
     * @param enabled false (Alt held) to move freely
     */
    public static Result snap(
            Rect grabbed, Collection<Rect> others, double dx, double dy, double tolerance, boolean enabled) {
        if (!enabled) {
            return new Result(dx, dy, List.of());
        }
        Rect moved = new Rect(grabbed.x() + dx, grabbed.y() + dy, grabbed.width(), grabbed.height());
        double[] mine = {moved.x(), moved.centerX(), moved.maxX()};
        double[] bestX = best(mine, others, true, tolerance);
        double[] mineY = {moved.y(), moved.centerY(), moved.maxY()};
        double[] bestY = best(mineY, others, false, tolerance);
        double sx = bestX != null ? dx + bestX[0] : Placement.snap(moved.centerX()) - grabbed.centerX();
        double sy = bestY != null ? dy + bestY[0] : Placement.snap(moved.centerY()) - grabbed.centerY();
        Rect at = new Rect(grabbed.x() + sx, grabbed.y() + sy, grabbed.width(), grabbed.height());
        List<Guide> guides = new ArrayList<>();
        if (bestX != null) {
            guides.add(guide(true, bestX[1], at, others));
        }
        if (bestY != null) {
            guides.add(guide(false, bestY[1], at, others));
        }
        return new Result(sx, sy, guides);
    }

    /** {correction, line} for the nearest alignment within tolerance, or null. */
    private static double[] best(double[] mine, Collection<Rect> others, boolean vertical, double tolerance) {
        double bestDistance = tolerance;
        double[] best = null;
        for (Rect other : others) {
            double[] theirs = vertical
                    ? new double[] {other.x(), other.centerX(), other.maxX()}
                    : new double[] {other.y(), other.centerY(), other.maxY()};
            for (double m : mine) {
                for (double t : theirs) {
                    double d = Math.abs(t - m);
                    if (d < bestDistance || (d == bestDistance && best == null)) {
                        bestDistance = d;
                        best = new double[] {t - m, t};
                    }
                }
            }
        }
        return best;
    }

    /** A guide along {@code line} spanning the dragged box and every box aligned on that line. */
    private static Guide guide(boolean vertical, double line, Rect at, Collection<Rect> others) {
        double from = vertical ? at.y() : at.x();
        double to = vertical ? at.maxY() : at.maxX();
        for (Rect other : others) {
            boolean aligned = vertical
                    ? near(other.x(), line) || near(other.centerX(), line) || near(other.maxX(), line)
                    : near(other.y(), line) || near(other.centerY(), line) || near(other.maxY(), line);
            if (aligned) {
                from = Math.min(from, vertical ? other.y() : other.x());
                to = Math.max(to, vertical ? other.maxY() : other.maxX());
            }
        }
        return new Guide(vertical, line, from - 12, to + 12);
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 0.01;
    }
}
