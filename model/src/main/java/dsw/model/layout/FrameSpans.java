package dsw.model.layout;

import java.util.Arrays;

/**
 * The columns each frame covers in the layered part of a layout: from the leftmost to the
 * rightmost column of anything inside it. Immutable after construction, so thread-safe.
 */
final class FrameSpans {
    private final int[] first;
    private final int[] last;

    private FrameSpans(int[] first, int[] last) {
        this.first = first;
        this.last = last;
    }

    /** Spans from the column and frame of each real node. */
    static FrameSpans of(int[] column, int[] owner, FrameTree frames) {
        int[] first = new int[frames.size()];
        int[] last = new int[frames.size()];
        Arrays.fill(first, -1);
        Arrays.fill(last, -1);
        for (int u = 0; u < column.length; u++) {
            for (int g : frames.chain(owner[u])) {
                first[g] = first[g] < 0 ? column[u] : Math.min(first[g], column[u]);
                last[g] = Math.max(last[g], column[u]);
            }
        }
        return new FrameSpans(first, last);
    }

    /** True when the frame has something in the layered part. */
    boolean covers(int frame) {
        return first[frame] >= 0;
    }

    int first(int frame) {
        return first[frame];
    }

    int last(int frame) {
        return last[frame];
    }
}
