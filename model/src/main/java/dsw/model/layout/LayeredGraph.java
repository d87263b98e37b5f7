package dsw.model.layout;

import java.util.Arrays;

/**
 * The graph that crossing reduction orders: the real nodes (components, and stand-ins for empty
 * frames) and, for every link spanning more than one column, a chain of virtual nodes, so that
 * each edge joins neighbouring columns and crossings can be counted column pair by column pair.
 * A virtual node belongs to the innermost frame holding both ends of its link. Holds the current
 * order of every column. Not thread-safe (mutable, one per layout).
 */
final class LayeredGraph {
    private final int realCount;
    private final int[] column;
    private final int[] owner;
    private final int[][] above;
    private final int[][] below;
    private final int[][] order;

    private LayeredGraph(int realCount, int[] column, int[] owner, int[][] above, int[][] below, int[][] order) {
        this.realCount = realCount;
        this.column = column;
        this.owner = owner;
        this.above = above;
        this.below = below;
        this.order = order;
    }

    /**
     * @param column the column of each real node
     * @param owner the frame of each real node, or -1
     * @param tail start of each link, column at most that of its head
     * @param head end of each link; links within one column are left out
     * @param virtualBudget at most this many virtual nodes; links that would need more are left out
     *     of crossing reduction (they are still drawn), so huge designs stay fast
     */
    static LayeredGraph of(int[] column, int[] owner, int[] tail, int[] head, FrameTree frames, int virtualBudget) {
        int n = column.length;
        int m = tail.length;
        int[] virtuals = new int[m];
        int used = 0;
        int segmentCount = 0;
        for (int e = 0; e < m; e++) {
            int span = column[head[e]] - column[tail[e]];
            if (span < 1 || used + span - 1 > virtualBudget) {
                virtuals[e] = -1;
                continue;
            }
            virtuals[e] = span - 1;
            used += span - 1;
            segmentCount += span;
        }
        int total = n + used;
        int[] allColumns = Arrays.copyOf(column, total);
        int[] allOwners = Arrays.copyOf(owner, total);
        int[] top = new int[segmentCount];
        int[] bottom = new int[segmentCount];
        int segment = 0;
        int next = n;
        for (int e = 0; e < m; e++) {
            if (virtuals[e] < 0) {
                continue;
            }
            int frame = frames.commonAncestor(owner[tail[e]], owner[head[e]]);
            int previous = tail[e];
            for (int k = 1; k <= virtuals[e]; k++) {
                int v = next++;
                allColumns[v] = column[tail[e]] + k;
                allOwners[v] = frame;
                top[segment] = previous;
                bottom[segment++] = v;
                previous = v;
            }
            top[segment] = previous;
            bottom[segment++] = head[e];
        }
        int[][] above = adjacency(total, bottom, top);
        int[][] below = adjacency(total, top, bottom);
        int columns = 0;
        for (int c : allColumns) {
            columns = Math.max(columns, c + 1);
        }
        int[] sizes = new int[columns];
        for (int c : allColumns) {
            sizes[c]++;
        }
        int[][] order = new int[columns][];
        for (int c = 0; c < columns; c++) {
            order[c] = new int[sizes[c]];
        }
        int[] fill = new int[columns];
        for (int u = 0; u < total; u++) {
            order[allColumns[u]][fill[allColumns[u]]++] = u;
        }
        return new LayeredGraph(n, allColumns, allOwners, above, below, order);
    }

    private static int[][] adjacency(int total, int[] from, int[] to) {
        int[] degree = new int[total];
        for (int f : from) {
            degree[f]++;
        }
        int[][] lists = new int[total][];
        for (int u = 0; u < total; u++) {
            lists[u] = new int[degree[u]];
        }
        int[] fill = new int[total];
        for (int i = 0; i < from.length; i++) {
            lists[from[i]][fill[from[i]]++] = to[i];
        }
        return lists;
    }

    /** Real nodes are 0 to {@code realCount() - 1}; virtual ones follow. */
    int realCount() {
        return realCount;
    }

    int size() {
        return column.length;
    }

    int columns() {
        return order.length;
    }

    int column(int node) {
        return column[node];
    }

    /** The frame the node belongs to, or -1. */
    int owner(int node) {
        return owner[node];
    }

    /** Neighbours in the column before, one entry per edge. */
    int[] above(int node) {
        return above[node];
    }

    /** Neighbours in the column after, one entry per edge. */
    int[] below(int node) {
        return below[node];
    }

    /** The nodes of a column, top to bottom; crossing reduction rewrites it in place. */
    int[] order(int c) {
        return order[c];
    }

    /** A copy of every column's order. */
    int[][] orders() {
        int[][] copy = new int[order.length][];
        for (int c = 0; c < order.length; c++) {
            copy[c] = order[c].clone();
        }
        return copy;
    }

    /** Replaces every column's order with a copy taken earlier. */
    void restore(int[][] orders) {
        for (int c = 0; c < order.length; c++) {
            System.arraycopy(orders[c], 0, order[c], 0, order[c].length);
        }
    }
}
