package dsw.app.spacetime;

/**
 * Which part of the diagram the panel shows: the position on the x axis (microseconds of virtual
 * time, or ranks in the Lamport order) at the left edge of the plot, the pixels per unit, and how
 * far the lanes are scrolled down in pixels. Immutable, thread-safe; every change makes a new one.
 */
public record SpaceTimeViewport(double start, double scale, double scrollY) {
    public static final SpaceTimeViewport INITIAL = new SpaceTimeViewport(0, 0.001, 0);

    public SpaceTimeViewport {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
        if (!Double.isFinite(start) || !Double.isFinite(scrollY)) {
            throw new IllegalArgumentException("start and scroll must be finite");
        }
    }

    /** The screen x of axis position {@code x}, for a plot starting at {@code plotLeft}. */
    public double toScreen(double x, double plotLeft) {
        return plotLeft + (x - start) * scale;
    }

    /** The axis position at screen x {@code screenX}. */
    public double toAxis(double screenX, double plotLeft) {
        return start + (screenX - plotLeft) / scale;
    }

    /** The axis position at the right edge of a plot {@code plotWidth} pixels wide. */
    public double end(double plotWidth) {
        return start + plotWidth / scale;
    }

    /** Zooms the axis to {@code newScale}, keeping the position under screen x where it is. */
    public SpaceTimeViewport zoomTo(double newScale, double screenX, double plotLeft) {
        double anchor = toAxis(screenX, plotLeft);
        return new SpaceTimeViewport(anchor - (screenX - plotLeft) / newScale, newScale, scrollY);
    }

    public SpaceTimeViewport withStart(double value) {
        return new SpaceTimeViewport(value, scale, scrollY);
    }

    public SpaceTimeViewport withScrollY(double value) {
        return new SpaceTimeViewport(start, scale, value);
    }
}
