package dsw.model.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * The textbook computations, written as plainly as possible to check the real ones against: a full
 * vector per event, and happens-before as reachability in the event graph. Only for small traces.
 * Not thread-safe.
 */
final class NaiveClocks {
    private final Trace trace;
    private final int[][] vectors;
    /** Per event, its direct predecessors: the previous event of its process and, for a receive, its send. */
    private final List<List<Integer>> predecessors = new ArrayList<>();

    NaiveClocks(Trace trace) {
        this.trace = trace;
        int n = trace.header().processCount();
        int size = trace.size();
        vectors = new int[size][];
        int[] last = new int[n];
        java.util.Arrays.fill(last, -1);
        for (int seq = 0; seq < size; seq++) {
            List<Integer> before = new ArrayList<>();
            predecessors.add(before);
            if (!trace.type(seq).isProcessEvent()) {
                continue;
            }
            int p = trace.process(seq);
            int[] v = last[p] < 0 ? new int[n] : vectors[last[p]].clone();
            if (last[p] >= 0) {
                before.add(last[p]);
            }
            if (trace.type(seq) == EventType.RECEIVE) {
                int send = trace.sendSeq(trace.message(seq));
                before.add(send);
                for (int q = 0; q < n; q++) {
                    v[q] = Math.max(v[q], vectors[send][q]);
                }
            }
            v[p]++;
            vectors[seq] = v;
            last[p] = seq;
        }
    }

    /** The vector of a process event, or null. */
    int[] vector(int seq) {
        return vectors[seq];
    }

    /** Whether {@code b} can be reached from {@code a} along happens-before edges (a != b). */
    boolean reaches(int a, int b) {
        return past(b).get(a);
    }

    /** The events from which {@code seq} can be reached, by depth-first search. */
    BitSet past(int seq) {
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>(predecessors.get(seq));
        while (!todo.isEmpty()) {
            int e = todo.pop();
            if (!seen.get(e)) {
                seen.set(e);
                todo.addAll(predecessors.get(e));
            }
        }
        return seen;
    }

    /** The events that can be reached from {@code seq}. */
    BitSet future(int seq) {
        BitSet future = new BitSet();
        for (int e = seq + 1; e < trace.size(); e++) {
            if (trace.type(e).isProcessEvent() && reaches(seq, e)) {
                future.set(e);
            }
        }
        return future;
    }
}
