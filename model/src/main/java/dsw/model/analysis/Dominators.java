package dsw.model.analysis;

import java.util.Arrays;

/**
 * Immediate dominators in a directed graph of int nodes, after Cooper, Harvey and Kennedy, "A
 * Simple, Fast Dominance Algorithm" (2001). Node {@code d} dominates {@code v} when every path from
 * the root to {@code v} passes through {@code d}. JGraphT has no dominator algorithm. Thread-safe
 * (stateless).
 */
final class Dominators {
    /** Marks a node the root cannot reach. */
    static final int UNREACHABLE = -1;

    private Dominators() {}

    /**
     * The immediate dominator of every node: {@code root} for the root itself, {@link #UNREACHABLE}
     * for nodes the root cannot reach.
     *
     * @param successors for each node, the nodes its edges lead to
     * @param predecessors for each node, the nodes whose edges lead to it
     */
    static int[] immediate(int root, int[][] successors, int[][] predecessors) {
        int n = successors.length;
        int[] postorder = new int[n];
        Arrays.fill(postorder, UNREACHABLE);
        int[] byPostorder = new int[n];
        int count = depthFirst(root, successors, postorder, byPostorder);

        int[] idom = new int[n];
        Arrays.fill(idom, UNREACHABLE);
        idom[root] = root;
        boolean changed = true;
        while (changed) {
            changed = false;
            // reverse postorder, skipping the root (numbered last)
            for (int i = count - 2; i >= 0; i--) {
                int node = byPostorder[i];
                int candidate = UNREACHABLE;
                for (int p : predecessors[node]) {
                    if (idom[p] != UNREACHABLE) {
                        candidate = candidate == UNREACHABLE ? p : intersect(p, candidate, idom, postorder);
                    }
                }
                if (idom[node] != candidate) {
                    idom[node] = candidate;
                    changed = true;
                }
            }
        }
        return idom;
    }

    /** Numbers the nodes reachable from the root in postorder; returns how many there are. */
    private static int depthFirst(int root, int[][] successors, int[] postorder, int[] byPostorder) {
        int n = successors.length;
        int[] stack = new int[n];
        int[] next = new int[n];
        boolean[] seen = new boolean[n];
        int top = 0;
        int count = 0;
        stack[top++] = root;
        seen[root] = true;
        while (top > 0) {
            int node = stack[top - 1];
            if (next[node] < successors[node].length) {
                int child = successors[node][next[node]++];
                if (!seen[child]) {
                    seen[child] = true;
                    stack[top++] = child;
                }
            } else {
                top--;
                postorder[node] = count;
                byPostorder[count++] = node;
            }
        }
        return count;
    }

    private static int intersect(int a, int b, int[] idom, int[] postorder) {
        int x = a;
        int y = b;
        while (x != y) {
            while (postorder[x] < postorder[y]) {
                x = idom[x];
            }
            while (postorder[y] < postorder[x]) {
                y = idom[y];
            }
        }
        return x;
    }
}
