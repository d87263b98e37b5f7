package dsw.model.layout;

/**
 * Puts the nodes of a graph into columns so that links point right: a depth-first walk turns
 * round the links that close a cycle, then every node goes one column after its furthest
 * predecessor (longest path from the sources). Thread-safe (stateless).
 */
final class Layering {
    /** The columns and the links as laid out. Shares its arrays: not thread-safe. */
    static final class Result {
        private final int[] column;
        private final int[] tail;
        private final int[] head;

        Result(int[] column, int[] tail, int[] head) {
            this.column = column;
            this.tail = tail;
            this.head = head;
        }

        /** The column of each node, from 0. */
        int[] column() {
            return column;
        }

        /** The start of each link after cycles are broken. */
        int[] tail() {
            return tail;
        }

        /**
         * The end of each link: in a later column than its tail, unless the column cap put both in
         * the last column.
         */
        int[] head() {
            return head;
        }
    }

    private Layering() {}

    /**
     * Columns for a graph's nodes.
     *
     * @param n number of nodes
     * @param from start of each link
     * @param to end of each link
     * @param starts where the depth-first walk starts first, in order (the callers); every other
     *     node follows in index order
     * @param maxColumns at most this many columns, or 0
     */
    static Result of(int n, int[] from, int[] to, int[] starts, int maxColumns) {
        int m = from.length;
        int[] outStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            outStart[from[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
        }
        int[] out = new int[m];
        int[] fill = outStart.clone();
        for (int e = 0; e < m; e++) {
            out[fill[from[e]]++] = e;
        }

        byte[] state = new byte[n]; // 0 unseen, 1 on the current path, 2 done
        boolean[] turned = new boolean[m];
        int[] finished = new int[n];
        int finishedCount = 0;
        int[] stack = new int[n];
        int[] next = outStart.clone();
        for (int k = 0; k < starts.length + n; k++) {
            int start = k < starts.length ? starts[k] : k - starts.length;
            if (state[start] != 0) {
                continue;
            }
            int depth = 0;
            stack[depth++] = start;
            state[start] = 1;
            while (depth > 0) {
                int u = stack[depth - 1];
                if (next[u] < outStart[u + 1]) {
                    int e = out[next[u]++];
                    int v = to[e];
                    if (state[v] == 0) {
                        state[v] = 1;
                        stack[depth++] = v;
                    } else if (state[v] == 1 && v != u) {
                        turned[e] = true; // closes a cycle: lay it out the other way round
                    }
                } else {
                    state[u] = 2;
                    finished[finishedCount++] = u;
                    depth--;
                }
            }
        }

        int[] tail = new int[m];
        int[] head = new int[m];
        int[] inStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            tail[e] = turned[e] ? to[e] : from[e];
            head[e] = turned[e] ? from[e] : to[e];
            inStart[head[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            inStart[i + 1] += inStart[i];
        }
        int[] in = new int[m];
        fill = inStart.clone();
        for (int e = 0; e < m; e++) {
            in[fill[head[e]]++] = e;
        }
        // Reverse finishing order is a topological order of the turned graph.
        int[] column = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            int v = finished[k];
            for (int i = inStart[v]; i < inStart[v + 1]; i++) {
                int u = tail[in[i]];
                if (u != v) {
                    column[v] = Math.max(column[v], column[u] + 1);
                }
            }
        }
        if (maxColumns > 0) {
            for (int v = 0; v < n; v++) {
                column[v] = Math.min(column[v], maxColumns - 1);
            }
        }
        return new Result(column, tail, head);
    }
}
