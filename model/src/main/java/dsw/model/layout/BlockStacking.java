package dsw.model.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Makes the wanted heights of {@link VerticalPlacement} legal for frames: inside each frame (and
 * on the canvas) the boxes and frames it holds directly are taken top to bottom in the order of
 * the columns, and each goes as close to its wanted height as the things above it in the columns
 * it covers allow, only ever moving down. A frame covers every column from its first to its last,
 * so two frames, or a frame and a box, that share a column never overlap, and a frame moves with
 * everything in it. Not thread-safe (one per layout).
 */
final class BlockStacking {
    private final int nodes;
    private final int[] column;
    private final double[] wanted;
    private final FrameSpans spans;
    private final LayoutOptions options;
    private final int columns;
    /** Items of each parent (index parent + 1): a node as itself, a frame g as nodes + g. */
    private final int[][] items;
    /** Must-come-before pairs of items, per parent. */
    private final int[][] before;

    private final int[][] after;
    private final double[] wantedTop;
    private final double[] y;
    /** Scratch: an item's index among its parent's items. */
    private final int[] local;

    private BlockStacking(
            int[][] orders,
            int[] column,
            int[] owner,
            double[] wanted,
            FrameSpans spans,
            FrameTree frames,
            LayoutOptions options) {
        this.nodes = column.length;
        this.column = column;
        this.wanted = wanted;
        this.spans = spans;
        this.options = options;
        this.columns = orders.length;
        int m = frames.size();
        List<List<Integer>> itemLists = new ArrayList<>();
        for (int p = 0; p <= m; p++) {
            itemLists.add(new ArrayList<>());
        }
        for (int u = 0; u < nodes; u++) {
            itemLists.get(owner[u] + 1).add(u);
        }
        for (int g = 0; g < m; g++) {
            if (spans.covers(g)) {
                itemLists.get(frames.parent(g) + 1).add(nodes + g);
            }
        }
        this.items = new int[m + 1][];
        for (int p = 0; p <= m; p++) {
            items[p] = itemLists.get(p).stream().mapToInt(Integer::intValue).toArray();
        }
        // Two neighbours in a column are ordered inside the innermost frame holding both, as the
        // things that frame holds directly on their way down.
        List<List<Integer>> firsts = new ArrayList<>();
        List<List<Integer>> seconds = new ArrayList<>();
        for (int p = 0; p <= m; p++) {
            firsts.add(new ArrayList<>());
            seconds.add(new ArrayList<>());
        }
        for (int[] order : orders) {
            for (int i = 0; i + 1 < order.length; i++) {
                int u = order[i];
                int v = order[i + 1];
                int p = frames.commonAncestor(owner[u], owner[v]);
                firsts.get(p + 1).add(owner[u] == p ? u : nodes + frames.childToward(p, owner[u]));
                seconds.get(p + 1).add(owner[v] == p ? v : nodes + frames.childToward(p, owner[v]));
            }
        }
        this.before = new int[m + 1][];
        this.after = new int[m + 1][];
        for (int p = 0; p <= m; p++) {
            before[p] = firsts.get(p).stream().mapToInt(Integer::intValue).toArray();
            after[p] = seconds.get(p).stream().mapToInt(Integer::intValue).toArray();
        }
        this.wantedTop = new double[nodes + m];
        for (int u = 0; u < nodes; u++) {
            wantedTop[u] = wanted[u] - options.boxHeight() / 2;
        }
        for (int g : frames.deepestFirst()) {
            double top = Double.POSITIVE_INFINITY;
            for (int item : items[g + 1]) {
                top = Math.min(top, wantedTop[item]);
            }
            wantedTop[nodes + g] = top - options.frameTop();
        }
        this.y = new double[nodes];
        this.local = new int[nodes + m];
    }

    /**
     * The final centre heights: the wanted ones, moved down where frames would overlap.
     *
     * @param orders the real nodes of each column, top to bottom
     * @param column the column of each real node
     * @param owner the frame of each real node, or -1
     * @param wanted the wanted centre height of each real node, on the grid
     * @return the centre height of each real node
     */
    static double[] stack(
            int[][] orders,
            int[] column,
            int[] owner,
            double[] wanted,
            FrameSpans spans,
            FrameTree frames,
            LayoutOptions options) {
        BlockStacking stacking = new BlockStacking(orders, column, owner, wanted, spans, frames, options);
        stacking.placeAll();
        return stacking.y;
    }

    /**
     * One frame (or the canvas) being filled: what it holds directly, top to bottom, the next one
     * to place, and the lowest edge so far in each column it covers.
     */
    private final class Level {
        final int[] order;
        final double floor;
        final double shift;
        final int base;
        final double[] skyline;
        int next;
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;

        Level(int parent, double floor, double shift) {
            this.order = topToBottom(parent);
            this.floor = floor;
            this.shift = shift;
            this.base = parent < 0 ? 0 : spans.first(parent);
            this.skyline = new double[parent < 0 ? columns : spans.last(parent) - base + 1];
            Arrays.fill(skyline, Double.NEGATIVE_INFINITY);
        }

        int first(int item) {
            return item < nodes ? column[item] : spans.first(item - nodes);
        }

        int last(int item) {
            return item < nodes ? column[item] : spans.last(item - nodes);
        }

        /** The highest top the item may have: below everything placed in its columns. */
        double limit(int item) {
            double limit = floor;
            for (int c = first(item); c <= last(item); c++) {
                limit = Math.max(limit, skyline[c - base] + options.rowGap());
            }
            return limit;
        }

        /** Records the item's box (a frame's from its contents) and moves on to the next item. */
        void placed(int item, double itemTop, double itemBottom) {
            for (int c = first(item); c <= last(item); c++) {
                skyline[c - base] = itemBottom;
            }
            top = Math.min(top, itemTop);
            bottom = Math.max(bottom, itemBottom);
            next++;
        }
    }

    /**
     * Places everything, frame by frame from the canvas inwards: the things a frame holds directly
     * go in order, each no higher than its wanted place moved down by the frame's shift, and below
     * what is above it in its columns; a frame that must go lower than wanted takes everything in it
     * along. Iterative, since frames may nest two thousand deep.
     */
    private void placeAll() {
        Deque<Level> open = new ArrayDeque<>();
        open.push(new Level(-1, Double.NEGATIVE_INFINITY, 0));
        while (true) {
            Level level = open.peek();
            if (level.next == level.order.length) {
                open.pop();
                Level outer = open.peek();
                if (outer == null) {
                    return;
                }
                // the frame just filled is the current item of the level around it
                outer.placed(
                        outer.order[outer.next], level.top - options.frameTop(), level.bottom + options.framePadding());
                continue;
            }
            int item = level.order[level.next];
            double limit = level.limit(item);
            if (item < nodes) {
                double centre = wanted[item] + level.shift;
                if (centre - options.boxHeight() / 2 < limit) {
                    centre = options.snapUp(limit + options.boxHeight() / 2);
                }
                y[item] = centre;
                level.placed(item, centre - options.boxHeight() / 2, centre + options.boxHeight() / 2);
            } else {
                double want = wantedTop[item] + level.shift;
                double extra = want < limit ? options.snapUp(limit - want) : 0;
                open.push(new Level(item - nodes, want + extra + options.frameTop(), level.shift + extra));
            }
        }
    }

    /**
     * The items of a parent in an order that agrees with every column (a topological order of the
     * column neighbours), the one wanted higher first among those free to go next.
     */
    private int[] topToBottom(int parent) {
        int[] own = items[parent + 1];
        for (int i = 0; i < own.length; i++) {
            local[own[i]] = i;
        }
        int[] firsts = before[parent + 1];
        int[] seconds = after[parent + 1];
        int[] waiting = new int[own.length];
        int[] outStart = new int[own.length + 1];
        for (int k = 0; k < firsts.length; k++) {
            waiting[local[seconds[k]]]++;
            outStart[local[firsts[k]] + 1]++;
        }
        for (int i = 0; i < own.length; i++) {
            outStart[i + 1] += outStart[i];
        }
        int[] out = new int[firsts.length];
        int[] fill = outStart.clone();
        for (int k = 0; k < firsts.length; k++) {
            out[fill[local[firsts[k]]]++] = local[seconds[k]];
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>(
                Comparator.comparingDouble((Integer i) -> wantedTop[own[i]]).thenComparingInt(i -> own[i]));
        for (int i = 0; i < own.length; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        int[] sorted = new int[own.length];
        int count = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            sorted[count++] = own[i];
            for (int k = outStart[i]; k < outStart[i + 1]; k++) {
                if (--waiting[out[k]] == 0) {
                    ready.add(out[k]);
                }
            }
        }
        if (count != own.length) {
            throw new IllegalStateException("columns disagree on the order of frames"); // a bug, never the design
        }
        return sorted;
    }
}
