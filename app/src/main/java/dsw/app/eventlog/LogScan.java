package dsw.app.eventlog;

import dsw.model.trace.Trace;
import java.util.function.BooleanSupplier;

/**
 * The event log's work off the FX thread: the events a filter lets through and, among them, the
 * search's hits, either from scratch or continuing earlier results over the events added since.
 * A pure function of its inputs; thread-safe.
 */
final class LogScan {
    /** How many events between two looks at whether the request is still wanted. */
    private static final int CHECK_EVERY = 1 << 16;

    private LogScan() {}

    /**
     * What one scan found.
     *
     * @param matches the events the filter lets through, below {@code to}
     * @param hits the search's hits among them, or null when the search changed meanwhile (or
     *     there is no search)
     */
    record Result(Seqs matches, Seqs hits) {}

    /**
     * Filters the events below {@code to}, continuing {@code matches} (null: from the first event),
     * then searches the matches, continuing {@code hits} (null: from the first match).
     *
     * @param search the search, or null for none
     * @param filterStale true once this filter's result is no longer wanted: the scan gives up and
     *     returns null
     * @param searchStale true once this search's result is no longer wanted: the hits are null
     */
    static Result run(
            Trace trace,
            EventFilter filter,
            Seqs matches,
            EventSearch search,
            Seqs hits,
            int to,
            BooleanSupplier filterStale,
            BooleanSupplier searchStale) {
        Seqs filtered = filter(trace, filter, matches, to, filterStale);
        if (filtered == null) {
            return null;
        }
        if (search == null) {
            return new Result(filtered, null);
        }
        return new Result(filtered, search(search, filtered, hits, searchStale));
    }

    static Seqs filter(Trace trace, EventFilter filter, Seqs base, int to, BooleanSupplier stale) {
        EventFilter.Matcher matcher = filter.matcher(trace.header());
        Seqs.Builder out = base == null ? new Seqs.Builder() : base.extend();
        int from = out.scannedTo();
        for (int seq = from; seq < to; seq++) {
            if (((seq - from) & (CHECK_EVERY - 1)) == CHECK_EVERY - 1 && stale.getAsBoolean()) {
                return null;
            }
            if (matcher.test(trace, seq)) {
                out.add(seq);
            }
        }
        out.scannedTo(Math.max(from, to));
        return out.build();
    }

    static Seqs search(EventSearch search, Seqs matches, Seqs base, BooleanSupplier stale) {
        Seqs.Builder out = base == null ? new Seqs.Builder() : base.extend();
        int start = matches.countBelow(out.scannedTo());
        for (int i = start; i < matches.count(); i++) {
            if (((i - start) & (CHECK_EVERY - 1)) == CHECK_EVERY - 1 && stale.getAsBoolean()) {
                return null;
            }
            int seq = matches.get(i);
            if (search.matches(seq)) {
                out.add(seq);
            }
        }
        out.scannedTo(Math.max(out.scannedTo(), matches.scannedTo()));
        return out.build();
    }
}
