package dsw.model.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the columns of a {@link LayeredGraph} to reduce crossings: sweeps down and up the
 * columns, sorting each by the barycenter of its neighbours in the column just fixed, and keeps
 * the order with the fewest crossings. Frames stay whole: a column is sorted by the barycenter of
 * each frame's part of it (frames inside frames alike), and frames sharing a parent keep one
 * order in every column during a sweep, so they can be drawn as boxes that do not overlap. Between
 * sweeps that order follows where the neighbours pull each frame. Ties go to the earlier order,
 * so the result is deterministic. Not thread-safe (one per layout).
 */
final class CrossingReduction {
    private static final int MAX_ROUNDS = 12;
    /** Rounds without a better order before giving up. */
    private static final int PATIENCE = 3;

    private enum From {
        SELF,
        ABOVE,
        BELOW
    }

    private final LayeredGraph graph;
    private final FrameTree frames;
    private final int[] position;
    private final double[] value;
    private final int[] rank;
    private final double[] frameValue;
    private final double[] frameSum;
    private final int[] frameCount;
    private final int[] frameSeen;
    private final double[] score;
    private final int[] scoreCount;
    private int stamp;

    private CrossingReduction(LayeredGraph graph, FrameTree frames) {
        this.graph = graph;
        this.frames = frames;
        this.position = new int[graph.size()];
        this.value = new double[graph.size()];
        int m = frames.size();
        this.rank = new int[m];
        for (int g = 0; g < m; g++) {
            rank[g] = g;
        }
        this.frameValue = new double[m];
        this.frameSum = new double[m];
        this.frameCount = new int[m];
        this.frameSeen = new int[m];
        this.score = new double[m];
        this.scoreCount = new int[m];
        for (int c = 0; c < graph.columns(); c++) {
            int[] order = graph.order(c);
            for (int i = 0; i < order.length; i++) {
                position[order[i]] = i;
            }
        }
    }

    /** Reorders the graph's columns in place; returns the crossings left. */
    static long minimise(LayeredGraph graph, FrameTree frames) {
        return new CrossingReduction(graph, frames).run();
    }

    private long run() {
        int last = graph.columns() - 1;
        for (int c = 0; c <= last; c++) {
            sort(c, From.SELF);
        }
        long best = Crossings.count(graph, position);
        int[][] bestOrder = graph.orders();
        int stale = 0;
        for (int round = 0; round < MAX_ROUNDS && best > 0 && stale < PATIENCE; round++) {
            boolean better = false;
            for (int pass = 0; pass < 2; pass++) {
                boolean down = pass == 0;
                Arrays.fill(score, 0);
                Arrays.fill(scoreCount, 0);
                sort(down ? 0 : last, From.SELF);
                for (int k = 1; k <= last; k++) {
                    sort(down ? k : last - k, down ? From.ABOVE : From.BELOW);
                }
                long crossings = Crossings.count(graph, position);
                if (crossings < best) {
                    best = crossings;
                    bestOrder = graph.orders();
                    better = true;
                }
                rerank();
            }
            stale = better ? 0 : stale + 1;
        }
        graph.restore(bestOrder);
        return best;
    }

    /** Sorts one column by barycenters, keeping frames whole and in their current rank. */
    private void sort(int c, From from) {
        int[] order = graph.order(c);
        int reference = from == From.ABOVE ? c - 1 : from == From.BELOW ? c + 1 : c;
        double scale = Math.max(1, graph.order(reference).length);
        for (int u : order) {
            int[] neighbours = from == From.ABOVE ? graph.above(u) : from == From.BELOW ? graph.below(u) : null;
            if (neighbours == null || neighbours.length == 0) {
                // no pull: stay where it is, in the reference column's scale
                value[u] = (position[u] + 0.5) * scale / order.length - 0.5;
            } else {
                double sum = 0;
                for (int w : neighbours) {
                    sum += position[w];
                }
                value[u] = sum / neighbours.length;
            }
        }
        if (frames.size() > 0) {
            frameValues(order, scale);
        }
        Integer[] sorted = new Integer[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = order[i];
        }
        Arrays.sort(sorted, this::compare);
        for (int i = 0; i < order.length; i++) {
            order[i] = sorted[i];
            position[order[i]] = i;
        }
    }

    /**
     * Each frame's value in the column is the mean of its nodes' values; frames sharing a parent
     * then take those values in their rank order, so their order agrees across columns.
     */
    private void frameValues(int[] order, double scale) {
        stamp++;
        List<Integer> present = new ArrayList<>();
        for (int u : order) {
            for (int g : frames.chain(graph.owner(u))) {
                if (frameSeen[g] != stamp) {
                    frameSeen[g] = stamp;
                    frameSum[g] = 0;
                    frameCount[g] = 0;
                    present.add(g);
                }
                frameSum[g] += value[u];
                frameCount[g]++;
            }
        }
        present.sort(Comparator.comparingInt((Integer g) -> frames.parent(g)).thenComparingInt(g -> rank[g]));
        double[] means = new double[present.size()];
        for (int i = 0; i < means.length; i++) {
            int g = present.get(i);
            means[i] = frameSum[g] / frameCount[g];
            score[g] += means[i] / scale;
            scoreCount[g]++;
        }
        for (int start = 0; start < means.length; ) {
            int parent = frames.parent(present.get(start));
            int end = start;
            while (end < means.length && frames.parent(present.get(end)) == parent) {
                end++;
            }
            double[] run = Arrays.copyOfRange(means, start, end);
            Arrays.sort(run);
            for (int i = start; i < end; i++) {
                frameValue[present.get(i)] = run[i - start];
            }
            start = end;
        }
    }

    /** Frames sharing a parent are ranked by where their neighbours pulled them in the last sweep. */
    private void rerank() {
        int m = frames.size();
        Integer[] byScore = new Integer[m];
        double[] mean = new double[m];
        for (int g = 0; g < m; g++) {
            byScore[g] = g;
            mean[g] = scoreCount[g] == 0 ? Double.MAX_VALUE : score[g] / scoreCount[g];
        }
        Arrays.sort(byScore, Comparator.comparingDouble((Integer g) -> mean[g]).thenComparingInt(g -> rank[g]));
        for (int i = 0; i < m; i++) {
            rank[byScore[i]] = i;
        }
    }

    /**
     * Compares where two nodes of a column go: by the first frame (or node) on their paths from
     * the root that differs, so everything in a frame sorts together.
     */
    private int compare(int u, int v) {
        if (u == v) {
            return 0;
        }
        int[] cu = frames.chain(graph.owner(u));
        int[] cv = frames.chain(graph.owner(v));
        int d = 0;
        while (d < cu.length && d < cv.length && cu[d] == cv[d]) {
            d++;
        }
        boolean frameU = d < cu.length;
        boolean frameV = d < cv.length;
        double ku = frameU ? frameValue[cu[d]] : value[u];
        double kv = frameV ? frameValue[cv[d]] : value[v];
        int byValue = Double.compare(ku, kv);
        if (byValue != 0) {
            return byValue;
        }
        if (frameU != frameV) {
            return frameU ? 1 : -1;
        }
        return frameU ? Integer.compare(rank[cu[d]], rank[cv[d]]) : Integer.compare(position[u], position[v]);
    }
}
