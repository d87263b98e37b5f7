package dsw.model.layout;

/**
 * Where the columns go horizontally: box width plus the column gap apart, plus the padding of
 * every frame edge that falls between two columns, so frames that end at one column never reach
 * the boxes or frames that start at the next. Thread-safe (stateless).
 */
final class ColumnPlacement {
    private ColumnPlacement() {}

    /** The centre of each column, the first at 0, on the grid. */
    static double[] centres(int columns, FrameSpans spans, FrameTree frames, LayoutOptions options) {
        int m = frames.size();
        // How many frame edges stack up at a frame's left (right) side: itself and the frames
        // inside it that start (end) in the same column.
        int[] left = new int[m];
        int[] right = new int[m];
        int[] leftEdges = new int[columns];
        int[] rightEdges = new int[columns];
        for (int g : frames.deepestFirst()) {
            if (!spans.covers(g)) {
                continue;
            }
            int innerLeft = 0;
            int innerRight = 0;
            for (int h : frames.childFrames(g)) {
                if (spans.covers(h) && spans.first(h) == spans.first(g)) {
                    innerLeft = Math.max(innerLeft, left[h]);
                }
                if (spans.covers(h) && spans.last(h) == spans.last(g)) {
                    innerRight = Math.max(innerRight, right[h]);
                }
            }
            left[g] = innerLeft + 1;
            right[g] = innerRight + 1;
            leftEdges[spans.first(g)] = Math.max(leftEdges[spans.first(g)], left[g]);
            rightEdges[spans.last(g)] = Math.max(rightEdges[spans.last(g)], right[g]);
        }
        double[] x = new double[columns];
        for (int c = 1; c < columns; c++) {
            double pitch = options.boxWidth()
                    + options.columnGap()
                    + (rightEdges[c - 1] + leftEdges[c]) * options.framePadding();
            x[c] = x[c - 1] + options.snapUp(pitch);
        }
        return x;
    }
}
