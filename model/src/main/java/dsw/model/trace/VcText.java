package dsw.model.trace;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;

/**
 * Formats vector clocks as the trace file's {@code vc} objects ({@code {"a":2,"b":1}}: non-zero
 * entries in process order) for a forward pass, without formatting every entry of every event:
 * a process's entries for other processes change only when it receives, and then only some of
 * them, so each process keeps its last text and a receive reformats just the entries that changed,
 * copying the unchanged runs. Not thread-safe.
 */
final class VcText {
    /** Per process, its name as a field: {@code "web#1":}. */
    private final byte[][] names;

    private final Shown[] shown;
    private final RawJson line = new RawJson();
    private final int[] vector;

    /** What one process last showed for the others. */
    private static final class Shown {
        /** Entries for the other processes; 0 where none is shown. */
        final int[] counts;
        /** Each non-zero entry for another process as {@code "name":count,}, in process order. */
        RawJson text = new RawJson();

        RawJson spare = new RawJson();
        /** Where each process's entry starts in {@code text}; entry q ends where q + 1 starts. */
        int[] offsets;

        int[] spareOffsets;

        Shown(int n) {
            counts = new int[n];
            offsets = new int[n + 1];
            spareOffsets = new int[n + 1];
        }
    }

    VcText(List<ProcessInfo> infos) {
        int n = infos.size();
        names = new byte[n][];
        shown = new Shown[n];
        vector = new int[n];
        for (int p = 0; p < n; p++) {
            byte[] escaped =
                    JsonStringEncoder.getInstance().quoteAsUTF8(infos.get(p).id());
            byte[] name = new byte[escaped.length + 3];
            name[0] = '"';
            System.arraycopy(escaped, 0, name, 1, escaped.length);
            name[name.length - 2] = '"';
            name[name.length - 1] = ':';
            names[p] = name;
        }
    }

    /**
     * The {@code vc} object of the event the clock shows, valid until the next call.
     *
     * @param receive whether the event is a receive, the only kind that changes other entries
     */
    RawJson of(VectorClocks.Clock clock, boolean receive) {
        int p = clock.process();
        Shown state = shown[p];
        if (state == null) {
            state = new Shown(names.length);
            shown[p] = state;
        }
        if (receive) {
            update(state, clock, p);
        }
        RawJson text = state.text;
        int split = state.offsets[p];
        line.clear();
        line.append((byte) '{').append(text.bytes(), 0, split).field(names[p], clock.get(p));
        if (split < text.length()) {
            line.append((byte) ',').append(text.bytes(), split, text.length() - split - 1);
        }
        return line.append((byte) '}');
    }

    private void update(Shown state, VectorClocks.Clock clock, int p) {
        int n = names.length;
        int[] counts = state.counts;
        int[] offsets = state.offsets;
        byte[] old = state.text.bytes();
        RawJson text = state.spare;
        int[] newOffsets = state.spareOffsets;
        text.clear();
        int[] vector = this.vector;
        clock.copyTo(vector);
        vector[p] = 0;
        int runStart = 0;
        int runLength = 0;
        for (int q = 0; q < n; q++) {
            int count = vector[q];
            if (count == counts[q]) {
                newOffsets[q] = text.length() + runLength;
                if (runLength == 0) {
                    runStart = offsets[q];
                }
                runLength += offsets[q + 1] - offsets[q];
                continue;
            }
            text.append(old, runStart, runLength);
            runLength = 0;
            newOffsets[q] = text.length();
            counts[q] = count;
            if (count != 0) {
                text.field(names[q], count).append((byte) ',');
            }
        }
        text.append(old, runStart, runLength);
        newOffsets[n] = text.length();
        state.spare = state.text;
        state.text = text;
        state.spareOffsets = offsets;
        state.offsets = newOffsets;
    }
}
