package dsw.app.run;

import dsw.model.trace.Trace;

/** Finding events by virtual time in a trace, whose events are in time order. Thread-safe. */
public final class TraceSearch {
    private TraceSearch() {}

    /**
     * The number of events among the first {@code size} whose time is at or before {@code time}:
     * the seq of the first event after it.
     */
    public static int countUpTo(Trace trace, int size, long time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (trace.time(mid) <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
