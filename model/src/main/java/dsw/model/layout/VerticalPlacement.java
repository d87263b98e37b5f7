package dsw.model.layout;

/**
 * Where each box would like to be vertically, column by column: near the mean height of the boxes
 * it is linked to in its own frame, keeping the column's order and the space that boxes and frame
 * edges between them need. Links that leave a frame do not pull, and a box with no link inside its
 * frame keeps to the frame's middle, so frames stay compact (on the benchmark designs, less than
 * half the frame height and total link slope of pulling along every link);
 * boxes in no frame follow all their links into frames. Each column is solved exactly (least
 * squares under the spacing, by pool-adjacent-violators), sweeping right, then left, a few times,
 * then once towards both sides. Frames that span columns are kept apart later, by
 * {@link BlockStacking}. Thread-safe (stateless).
 */
final class VerticalPlacement {
    private static final int ROUNDS = 6;

    private VerticalPlacement() {}

    /**
     * The wanted centre height of each real node.
     *
     * @param columns the real nodes of each column, top to bottom
     * @param column the column of each real node
     * @param owner the frame of each real node, or -1
     * @param neighbours the real nodes each real node is linked to (once per link)
     * @return the centre height of each real node, snapped to the grid
     */
    static double[] desired(
            int[][] columns, int[] column, int[] owner, int[][] neighbours, FrameTree frames, LayoutOptions options) {
        double[] y = new double[column.length];
        double[][] gaps = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            int[] nodes = columns[c];
            gaps[c] = new double[Math.max(0, nodes.length - 1)];
            for (int i = 0; i + 1 < nodes.length; i++) {
                gaps[c][i] = spacing(owner[nodes[i]], owner[nodes[i + 1]], frames, options);
            }
            double at = 0;
            for (int i = 0; i < nodes.length; i++) {
                y[nodes[i]] = at;
                at += i < gaps[c].length ? gaps[c][i] : 0;
            }
            for (int u : nodes) {
                y[u] -= at / 2; // columns start centred on one line
            }
        }
        int last = columns.length - 1;
        double[] frameMean = new double[frames.size()];
        for (int round = 0; round < ROUNDS; round++) {
            means(y, owner, frameMean);
            for (int c = 1; c <= last; c++) {
                place(columns[c], gaps[c], y, column, neighbours, -1, owner, frameMean);
            }
            means(y, owner, frameMean);
            for (int c = last - 1; c >= 0; c--) {
                place(columns[c], gaps[c], y, column, neighbours, 1, owner, frameMean);
            }
        }
        means(y, owner, frameMean);
        for (int c = 0; c <= last; c++) {
            place(columns[c], gaps[c], y, column, neighbours, 0, owner, frameMean);
        }
        for (int u = 0; u < y.length; u++) {
            y[u] = options.snap(y[u]);
        }
        return y;
    }

    /**
     * Distance between the centres of two boxes one right above the other in a column: the boxes,
     * the row gap, and the padding of every frame edge between them.
     */
    static double spacing(int upper, int lower, FrameTree frames, LayoutOptions options) {
        int common = frames.depth(frames.commonAncestor(upper, lower));
        int closing = frames.depth(upper) - common;
        int opening = frames.depth(lower) - common;
        return options.boxHeight() + options.rowGap() + closing * options.framePadding() + opening * options.frameTop();
    }

    /** The mean height of the nodes directly in each frame. */
    private static void means(double[] y, int[] owner, double[] mean) {
        double[] sum = new double[mean.length];
        int[] count = new int[mean.length];
        for (int u = 0; u < y.length; u++) {
            if (owner[u] >= 0) {
                sum[owner[u]] += y[u];
                count[owner[u]]++;
            }
        }
        for (int g = 0; g < mean.length; g++) {
            mean[g] = count[g] == 0 ? 0 : sum[g] / count[g];
        }
    }

    /**
     * Moves a column's nodes as close as the spacing allows to the mean of their neighbours on one
     * side (-1 left, 1 right, 0 both); for a node in a frame, only neighbours in the same frame
     * count. A node without such neighbours wants its frame's mean height, or to stay put.
     */
    private static void place(
            int[] nodes,
            double[] gaps,
            double[] y,
            int[] column,
            int[][] neighbours,
            int side,
            int[] owner,
            double[] frameMean) {
        int n = nodes.length;
        if (n == 0) {
            return;
        }
        // With offsets o_i (sum of the gaps above node i), z_i = y_i - o_i must not decrease:
        // an isotonic regression of the wanted heights minus the offsets.
        double[] target = new double[n];
        double offset = 0;
        for (int i = 0; i < n; i++) {
            int u = nodes[i];
            double sum = 0;
            int count = 0;
            for (int w : neighbours[u]) {
                int d = Integer.compare(column[w], column[u]);
                if (d != 0 && (side == 0 || d == side) && (owner[u] < 0 || owner[w] == owner[u])) {
                    sum += y[w];
                    count++;
                }
            }
            double stay = owner[u] < 0 ? y[u] : frameMean[owner[u]];
            target[i] = (count == 0 ? stay : sum / count) - offset;
            if (i < n - 1) {
                offset += gaps[i];
            }
        }
        double[] blockMean = new double[n];
        int[] blockWeight = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            blockMean[blocks] = target[i];
            blockWeight[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockMean[blocks - 2] > blockMean[blocks - 1]) {
                int w = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                blockMean[blocks - 2] = (blockMean[blocks - 2] * blockWeight[blocks - 2]
                                + blockMean[blocks - 1] * blockWeight[blocks - 1])
                        / w;
                blockWeight[blocks - 2] = w;
                blocks--;
            }
        }
        offset = 0;
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < blockWeight[b]; k++, i++) {
                y[nodes[i]] = blockMean[b] + offset;
                if (i < n - 1) {
                    offset += gaps[i];
                }
            }
        }
    }
}
