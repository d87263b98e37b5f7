package dsw.app.animation;

import dsw.model.trace.VectorClocks;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vector clocks of the processes' last events, for the badges: a process event's vector never
 * changes, so vectors are kept by seq (the most recent few thousand), and those missing are
 * replayed together, in one pass from the clocks' checkpoint before the first of a group of nearby
 * events, so that a frame where every process moved costs about one block of replay. Not
 * thread-safe (the UI thread).
 */
final class ClockCache {
    private static final int LIMIT = 8192;

    private VectorClocks clocks;
    private final Map<Integer, int[]> bySeq = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, int[]> eldest) {
            return size() > LIMIT;
        }
    };

    /** Answers from {@code newer} clocks (of the same trace, or of a new one). */
    void use(VectorClocks newer) {
        if (newer == null || clocks == null || newer.trace() != clocks.trace()) {
            bySeq.clear();
        }
        clocks = newer;
    }

    VectorClocks clocks() {
        return clocks;
    }

    /** The vector of process event {@code seq}, or null when the clocks do not cover it yet. */
    int[] vector(int seq) {
        if (clocks == null || seq < 0 || seq >= clocks.size()) {
            return null;
        }
        int[] known = bySeq.get(seq);
        if (known == null) {
            known = clocks.vector(seq);
            bySeq.put(seq, known);
        }
        return known;
    }

    /**
     * The vectors of the events {@code seqs} (-1 or not yet covered: null), replaying nearby
     * missing ones in one pass.
     */
    int[][] vectors(int[] seqs) {
        int[][] out = new int[seqs.length][];
        if (clocks == null) {
            return out;
        }
        int[] missing = new int[seqs.length];
        int count = 0;
        for (int i = 0; i < seqs.length; i++) {
            int seq = seqs[i];
            if (seq >= 0 && seq < clocks.size()) {
                int[] known = bySeq.get(seq);
                if (known != null) {
                    out[i] = known;
                } else {
                    missing[count++] = seq;
                }
            }
        }
        if (count > 0) {
            Map<Integer, int[]> fresh = replay(Arrays.copyOf(missing, count));
            for (int i = 0; i < seqs.length; i++) {
                if (out[i] == null && seqs[i] >= 0) {
                    out[i] = fresh.get(seqs[i]);
                }
            }
        }
        return out;
    }

    private Map<Integer, int[]> replay(int[] seqs) {
        Map<Integer, int[]> fresh = new java.util.HashMap<>();
        Arrays.sort(seqs);
        int block = clocks.blockSize();
        IntIntMap wanted = new IntIntMap(seqs.length);
        for (int seq : seqs) {
            wanted.put(seq, 1);
        }
        int start = 0;
        while (start < seqs.length) {
            int end = start + 1;
            while (end < seqs.length && seqs[end] - seqs[end - 1] <= block) {
                end++;
            }
            clocks.forEachVector(seqs[start], seqs[end - 1] + 1, (seq, clock) -> {
                if (wanted.containsKey(seq)) {
                    int[] vector = clock.toArray();
                    fresh.put(seq, vector);
                    bySeq.put(seq, vector);
                }
            });
            start = end;
        }
        return fresh;
    }
}
