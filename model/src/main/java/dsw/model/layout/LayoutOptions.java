package dsw.model.layout;

/**
 * Sizes and spacing for {@link LayeredLayout}, in canvas units. The defaults match the canvas:
 * 184 x 88 boxes, frames with a 32-unit title strip and 28 units of padding. Immutable,
 * thread-safe.
 *
 * @param boxWidth width of a component box; a position is the box's centre
 * @param boxHeight height of a component box
 * @param columnGap space between the boxes of neighbouring columns (frame padding comes on top)
 * @param rowGap space between boxes, or frames, one above the other
 * @param framePadding space between a frame's sides and bottom and what it holds
 * @param frameHeader height of a frame's title strip, above the top padding
 * @param grid box centres land on multiples of this; 0 for no grid
 * @param maxColumns at most this many columns, deeper call chains share the last one; 0 for no cap
 */
public record LayoutOptions(
        double boxWidth,
        double boxHeight,
        double columnGap,
        double rowGap,
        double framePadding,
        double frameHeader,
        double grid,
        int maxColumns) {

    /** The canvas's sizes, columns 110 apart, rows 50 apart, a grid of 20, no column cap. */
    public static final LayoutOptions DEFAULT = new LayoutOptions(184, 88, 110, 50, 28, 32, 20, 0);

    /** Largest size or gap accepted; anything bigger is a mistake. */
    static final double MAX_SIZE = 10_000;

    public LayoutOptions {
        requireSize("boxWidth", boxWidth, false);
        requireSize("boxHeight", boxHeight, false);
        requireSize("columnGap", columnGap, false);
        requireSize("rowGap", rowGap, false);
        requireSize("framePadding", framePadding, true);
        requireSize("frameHeader", frameHeader, true);
        requireSize("grid", grid, true);
        if (maxColumns < 0) {
            throw new IllegalArgumentException("maxColumns must be 0 (no cap) or more, got " + maxColumns);
        }
    }

    public LayoutOptions withMaxColumns(int value) {
        return new LayoutOptions(boxWidth, boxHeight, columnGap, rowGap, framePadding, frameHeader, grid, value);
    }

    /** The smallest grid multiple at or above {@code value}. */
    double snapUp(double value) {
        return grid == 0 ? value : Math.ceil(value / grid - 1e-9) * grid;
    }

    /** The grid multiple nearest to {@code value}. */
    double snap(double value) {
        return grid == 0 ? value : Math.round(value / grid) * grid;
    }

    /** Space a frame adds above what it holds. */
    double frameTop() {
        return framePadding + frameHeader;
    }

    private static void requireSize(String name, double value, boolean zeroAllowed) {
        if (!Double.isFinite(value) || value < 0 || (!zeroAllowed && value == 0) || value > MAX_SIZE) {
            throw new IllegalArgumentException(name + " must be a number " + (zeroAllowed ? "from 0" : "above 0")
                    + " to " + (long) MAX_SIZE + ", got " + value);
        }
    }
}
