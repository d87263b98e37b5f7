package dsw.model.layout;

import java.util.Arrays;

/**
 * Counts edge crossings between neighbouring columns of a {@link LayeredGraph} in its current
 * order, in O(E log V) per column pair (inversions counted with a Fenwick tree, after Barth,
 * Jünger and Mutzel). Thread-safe (stateless).
 */
final class Crossings {
    private Crossings() {}

    /** Crossings over all column pairs; {@code position} holds each node's index in its column. */
    static long count(LayeredGraph graph, int[] position) {
        long total = 0;
        for (int c = 0; c + 1 < graph.columns(); c++) {
            total += between(graph, c, position);
        }
        return total;
    }

    /** Crossings between column {@code c} and the next. */
    static long between(LayeredGraph graph, int c, int[] position) {
        int[] upper = graph.order(c);
        int edges = 0;
        for (int u : upper) {
            edges += graph.below(u).length;
        }
        int[] ends = new int[edges];
        int k = 0;
        for (int u : upper) {
            int start = k;
            for (int v : graph.below(u)) {
                ends[k++] = position[v];
            }
            Arrays.sort(ends, start, k);
        }
        int size = graph.order(c + 1).length;
        int[] tree = new int[size + 1];
        long crossings = 0;
        for (int i = 0; i < edges; i++) {
            // edges seen so far that end strictly further down cross this one
            crossings += i - prefix(tree, ends[i] + 1);
            for (int j = ends[i] + 1; j <= size; j += j & -j) {
                tree[j]++;
            }
        }
        return crossings;
    }

    private static int prefix(int[] tree, int end) {
        int sum = 0;
        for (int j = end; j > 0; j -= j & -j) {
            sum += tree[j];
        }
        return sum;
    }
}
