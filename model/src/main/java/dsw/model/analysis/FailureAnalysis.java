package dsw.model.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Which single component or link one client depends on, from the client's dominator tree: a
 * component dominates everything below it, and the only usable link into a component dominates
 * that component and everything below it. Thread-safe (stateless).
 */
final class FailureAnalysis {
    private static final int NONE = -1;

    /** The cuts of one client, each list in design order. */
    record ClientCuts(List<Cut> components, List<Cut> links) {}

    private FailureAnalysis() {}

    static ClientCuts of(Network network, int client) {
        int n = network.size();
        int[] idom = Dominators.immediate(client, network.successors(), network.predecessors());
        int[] soleHop = soleHops(network, client, idom);
        Map<Integer, BitSet> componentCuts = new TreeMap<>();
        Map<Integer, BitSet> linkCuts = new TreeMap<>();
        for (int target = 0; target < n; target++) {
            if (target == client || idom[target] == Dominators.UNREACHABLE) {
                continue;
            }
            for (int at = target; at != client; at = idom[at]) {
                if (soleHop[at] != NONE) {
                    linkCuts.computeIfAbsent(network.hopLink(soleHop[at]), k -> new BitSet(n))
                            .set(target);
                }
                int above = idom[at];
                if (above != client && network.singleReplica(above)) {
                    componentCuts.computeIfAbsent(above, k -> new BitSet(n)).set(target);
                }
            }
        }
        return new ClientCuts(
                cuts(network, componentCuts, network::id),
                cuts(network, linkCuts, i -> network.design().links().get(i).id()));
    }

    /**
     * For each reached component, the one hop every path to it ends with, or {@link #NONE}. A path
     * can only arrive over a hop from a component it reaches without passing the target, that is
     * one the target does not dominate.
     */
    private static int[] soleHops(Network network, int client, int[] idom) {
        int n = network.size();
        DominatorTree tree = new DominatorTree(client, idom);
        int[] sole = new int[n];
        java.util.Arrays.fill(sole, NONE);
        for (int v = 0; v < n; v++) {
            if (v == client || idom[v] == Dominators.UNREACHABLE) {
                continue;
            }
            int found = NONE;
            int count = 0;
            for (int hop : network.inHops(v)) {
                int from = network.hopFrom(hop);
                if (idom[from] != Dominators.UNREACHABLE && !tree.dominates(v, from)) {
                    found = hop;
                    count++;
                }
            }
            sole[v] = count == 1 ? found : NONE;
        }
        return sole;
    }

    private static List<Cut> cuts(Network network, Map<Integer, BitSet> byCause, IntFunction<String> idOf) {
        List<Cut> cuts = new ArrayList<>();
        byCause.forEach((cause, targets) -> cuts.add(new Cut(idOf.apply(cause), network.idsOf(targets))));
        return List.copyOf(cuts);
    }

    /** Entry and exit times of a depth-first walk over the dominator tree, for ancestor tests. */
    private static final class DominatorTree {
        private final int[] enter;
        private final int[] exit;

        DominatorTree(int root, int[] idom) {
            int n = idom.length;
            int[] childCount = new int[n + 1];
            for (int v = 0; v < n; v++) {
                if (v != root && idom[v] != Dominators.UNREACHABLE) {
                    childCount[idom[v] + 1]++;
                }
            }
            for (int v = 0; v < n; v++) {
                childCount[v + 1] += childCount[v];
            }
            int[] children = new int[Math.max(childCount[n], 1)];
            int[] fill = childCount.clone();
            for (int v = 0; v < n; v++) {
                if (v != root && idom[v] != Dominators.UNREACHABLE) {
                    children[fill[idom[v]]++] = v;
                }
            }
            enter = new int[n];
            exit = new int[n];
            int[] stack = new int[n];
            int[] next = new int[n];
            int top = 0;
            int clock = 0;
            stack[top++] = root;
            enter[root] = clock++;
            next[root] = childCount[root];
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < childCount[v + 1]) {
                    int child = children[next[v]++];
                    enter[child] = clock++;
                    next[child] = childCount[child];
                    stack[top++] = child;
                } else {
                    exit[v] = clock++;
                    top--;
                }
            }
        }

        /** True when {@code d} is {@code v} or above it in the tree; both must be reached. */
        boolean dominates(int d, int v) {
            return enter[d] <= enter[v] && exit[v] <= exit[d];
        }
    }
}
