package dsw.app.eventlog;

import dsw.model.trace.TraceHeader;
import dsw.model.trace.VectorClocks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vector clock column's text, such as {@code web#1:3 db:2} (the non-zero entries in process
 * order), for the events on screen: each costs a replay from the clocks' last checkpoint, so the
 * last few hundred texts are kept. FX thread only.
 */
final class ClockText {
    private static final int KEPT = 512;

    private final VectorClocks clocks;
    private final Map<Integer, String> recent = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
            return size() > KEPT;
        }
    };

    ClockText(VectorClocks clocks) {
        this.clocks = clocks;
    }

    /** The clocks the texts come from. */
    VectorClocks clocks() {
        return clocks;
    }

    /** True when the clocks cover event {@code seq}. */
    boolean covers(int seq) {
        return seq < clocks.size();
    }

    /** The text of a process event's vector clock; call only when {@link #covers} it. */
    String of(int seq) {
        return recent.computeIfAbsent(seq, s -> format(clocks.trace().header(), clocks.vector(s)));
    }

    static String format(TraceHeader header, int[] vector) {
        StringBuilder text = new StringBuilder();
        for (int q = 0; q < vector.length; q++) {
            if (vector[q] != 0) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(header.processName(q)).append(':').append(vector[q]);
            }
        }
        return text.toString();
    }
}
