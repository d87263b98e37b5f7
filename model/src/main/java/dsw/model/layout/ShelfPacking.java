package dsw.model.layout;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Lays out things without links in tidy rows: boxes left to right, a new row when one is full,
 * each frame a block holding rows of its own (an empty frame holds a stand-in box). For the
 * components and frames that have no links to the rest of a design, and for whole designs too big
 * for a layered layout. Not thread-safe (one per layout).
 */
final class ShelfPacking {
    /** Rows come out about this much wider than the block is tall. */
    private static final double ASPECT = 1.6;

    private final FrameTree frames;
    private final LayoutOptions options;
    private final Placement placement;
    private final double[] blockWidth;
    private final double[] blockHeight;
    /** Frames whose place is known and whose contents are still to be placed, with that place. */
    private final Deque<double[]> toFill = new ArrayDeque<>();

    private ShelfPacking(FrameTree frames, LayoutOptions options, Placement placement) {
        this.frames = frames;
        this.options = options;
        this.placement = placement;
        this.blockWidth = new double[frames.size()];
        this.blockHeight = new double[frames.size()];
        // Inner frames first, so measuring a frame finds its children measured: no recursion, since
        // frames may nest two thousand deep.
        for (int g : frames.deepestFirst()) {
            double[] size = frame(g, 0, 0, false);
            blockWidth[g] = size[0];
            blockHeight[g] = size[1];
        }
    }

    /**
     * Packs components and frames (with everything inside them) in rows from a point on the grid.
     *
     * @param items a component {@code c} as {@code c}, a frame {@code g} as {@code -1 - g}
     * @param minRowWidth rows may be at least this wide
     * @return the right and bottom edge of what was packed
     */
    static double[] pack(
            int[] items,
            double left,
            double top,
            double minRowWidth,
            FrameTree frames,
            LayoutOptions options,
            Placement placement) {
        ShelfPacking packing = new ShelfPacking(frames, options, placement);
        double[] end = packing.rows(items, left, top, Math.max(minRowWidth, packing.rowWidth(items)), true);
        while (!packing.toFill.isEmpty()) {
            double[] next = packing.toFill.pop();
            packing.frame((int) next[0], next[1], next[2], true);
        }
        return end;
    }

    /** The width rows of these items aim at: a roughly square block, never narrower than an item. */
    private double rowWidth(int[] items) {
        double area = 0;
        double widest = 0;
        for (int item : items) {
            double w = width(item);
            area += (w + options.rowGap()) * (height(item) + options.rowGap());
            widest = Math.max(widest, w);
        }
        return Math.max(widest, Math.sqrt(area * ASPECT));
    }

    private double[] rows(int[] items, double left, double top, double rowWidth, boolean place) {
        double x = left;
        double rowTop = top;
        double rowBottom = top;
        double right = left;
        boolean rowEmpty = true;
        for (int item : items) {
            double w = width(item);
            if (!rowEmpty && x + w > left + rowWidth) {
                rowTop = rowBottom + options.rowGap();
                x = left;
                rowEmpty = true;
            }
            double itemRight;
            double itemBottom;
            if (item >= 0) {
                double cx = options.snapUp(x + options.boxWidth() / 2);
                double cy = options.snapUp(rowTop + options.boxHeight() / 2);
                if (place) {
                    placement.place(item, cx, cy);
                }
                itemRight = cx + options.boxWidth() / 2;
                itemBottom = cy + options.boxHeight() / 2;
            } else {
                double fx = options.snapUp(x);
                double fy = options.snapUp(rowTop);
                if (place) {
                    toFill.push(new double[] {-1 - item, fx, fy});
                }
                itemRight = fx + w;
                itemBottom = fy + height(item);
            }
            x = itemRight + options.rowGap();
            right = Math.max(right, itemRight);
            rowBottom = Math.max(rowBottom, itemBottom);
            rowEmpty = false;
        }
        return new double[] {right, rowBottom};
    }

    /**
     * Lays out a frame's block with its top left corner at a grid point; returns its size. Frames
     * inside it are queued to be filled in turn.
     */
    private double[] frame(int g, double left, double top, boolean place) {
        double contentLeft = left + options.framePadding();
        double contentTop = top + options.frameTop();
        double[] end;
        if (frames.isEmpty(g)) {
            double cx = options.snapUp(contentLeft + options.boxWidth() / 2);
            double cy = options.snapUp(contentTop + options.boxHeight() / 2);
            if (place) {
                placement.placeHolder(g, cx, cy);
            }
            end = new double[] {cx + options.boxWidth() / 2, cy + options.boxHeight() / 2};
        } else {
            int[] items = contents(g);
            end = rows(items, contentLeft, contentTop, rowWidth(items), place);
        }
        return new double[] {end[0] + options.framePadding() - left, end[1] + options.framePadding() - top};
    }

    private int[] contents(int g) {
        int[] members = frames.members(g);
        int[] children = frames.childFrames(g);
        int[] items = Arrays.copyOf(members, members.length + children.length);
        for (int i = 0; i < children.length; i++) {
            items[members.length + i] = -1 - children[i];
        }
        return items;
    }

    private double width(int item) {
        return item >= 0 ? options.boxWidth() : blockWidth[-1 - item];
    }

    private double height(int item) {
        return item >= 0 ? options.boxHeight() : blockHeight[-1 - item];
    }
}
