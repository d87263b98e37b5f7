package dsw.app.animation;

import dsw.app.run.TraceSearch;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which message copies are in flight at a virtual time, among the first {@link #size()} events of
 * a trace, and which were dropped lately. Immutable and thread-safe: an {@link Indexer} builds a
 * new one as the trace grows (off the UI thread), and queries only read it.
 *
 * <p>A query costs O(messages in flight + log n), not O(trace): nearly every flight lasts at most
 * the {@link #window()} (a power of two above 99.9% of the flight times seen), so the copies in
 * flight at {@code t} are among the sends of {@code (t - window, t]}, and their ends among the
 * events up to {@code t + window}: one scan of those events. The few longer flights (a message
 * held by a paused receiver, a reordered copy held back) are kept in a list by end time, and the
 * messages with a copy whose end is not yet in the trace in a set of their own; both are small.
 * The index holds O(long flights + messages in flight) beyond the trace.
 *
 * <p>A copy lost on the way ({@link DropReason#LOSS}) is dropped halfway: it vanishes at its drop
 * time, where it has travelled half its link, so its would-be arrival is {@code 2 * drop - send}.
 * A copy whose end is not yet in the trace moves at the mean speed of its link so far and stops at
 * {@link #MAX_ESTIMATE} of the way.
 */
public final class Flights {
    /** An estimated copy never goes further than this along its link. */
    public static final double MAX_ESTIMATE = 0.95;
    /** The share of flights that the window covers. */
    static final double WINDOW_SHARE = 0.999;

    private final Trace trace;
    private final int size;
    private final long window;
    private final int longCount;
    private final int[] longMsgs;
    private final byte[] longCopies;
    private final long[] longSends;
    private final long[] longEnds;
    private final long[] longArrivals;
    private final boolean[] longDropped;
    private final long longest;
    private final int[] openMsgs;
    private final byte[] openEnded;
    private final long typical;
    private final long[] linkSums;
    private final int[] linkCounts;
    private final int kinds;

    private Flights(Indexer from) {
        trace = from.trace;
        size = from.size;
        window = from.window;
        LongFlights l = from.longFlights;
        longCount = l.count;
        longMsgs = l.msgs;
        longCopies = l.copies;
        longSends = l.sends;
        longEnds = l.ends;
        longArrivals = l.arrivals;
        longDropped = l.dropped;
        longest = from.longest;
        openMsgs = from.open.keys();
        Arrays.sort(openMsgs);
        openEnded = new byte[openMsgs.length];
        for (int i = 0; i < openMsgs.length; i++) {
            openEnded[i] = (byte) from.open.get(openMsgs[i]);
        }
        typical = from.typical();
        linkSums = from.linkSums.clone();
        linkCounts = from.linkCounts.clone();
        kinds = from.kinds;
    }

    public Trace trace() {
        return trace;
    }

    /** The events covered: seqs below this. */
    public int size() {
        return size;
    }

    /** The longest flight the scan around a time covers; longer ones are listed apart. */
    public long window() {
        return window;
    }

    /** Flights longer than the window, listed apart. */
    public int longFlightCount() {
        return longCount;
    }

    /** Messages with a copy whose end is not yet among the events covered. */
    public int openCount() {
        return openMsgs.length;
    }

    /**
     * The median time a message takes to cross a link (a lost one counted to its would-be
     * arrival), or 1 ms before any arrived.
     */
    public long typicalFlight() {
        return typical;
    }

    /** The kinds of the messages sent so far, in declaration order. */
    public Set<MessageKind> kinds() {
        EnumSet<MessageKind> set = EnumSet.noneOf(MessageKind.class);
        for (MessageKind k : MessageKind.values()) {
            if ((kinds & (1 << k.ordinal())) != 0) {
                set.add(k);
            }
        }
        return set;
    }

    /** The copies in flight at {@code t}: sent at or before it, arriving or dropped after it. */
    public FlightList inFlight(long t) {
        FlightList out = new FlightList();
        inFlight(t, out);
        return out;
    }

    /** As {@link #inFlight(long)}, into {@code out}, which is cleared first and may be reused. */
    public void inFlight(long t, FlightList out) {
        out.reset(trace, t);
        scanWindow(t, out);
        scanLong(t, out);
        scanOpen(t, out);
    }

    /**
     * The copies dropped in {@code (t - linger, t]}, in the order of their drops: where the red
     * crosses show.
     */
    public List<Loss> losses(long t, long linger) {
        List<Loss> list = new ArrayList<>();
        int from = TraceSearch.countUpTo(trace, size, t - Math.max(0, linger));
        int to = TraceSearch.countUpTo(trace, size, t);
        for (int seq = from; seq < to; seq++) {
            if (trace.type(seq) != EventType.DROP) {
                continue;
            }
            int msg = trace.message(seq);
            DropReason reason = trace.reason(seq);
            long time = trace.time(seq);
            int sendSeq = trace.sendSeq(msg);
            long send = sendSeq >= 0 ? trace.time(sendSeq) : time;
            double fraction =
                    switch (reason) {
                        case LOSS -> 0.5;
                        case PARTITION, LINK_DOWN -> time == send ? 0 : 1;
                        default -> 1;
                    };
            list.add(new Loss(msg, reason, time, fraction));
        }
        return list;
    }

    private void scanWindow(long t, FlightList out) {
        IntIntMap slots = out.slots;
        slots.clear();
        int lo = TraceSearch.countUpTo(trace, size, t - window);
        int hi = TraceSearch.countUpTo(trace, size, t);
        int end = t > Long.MAX_VALUE - window ? size : TraceSearch.countUpTo(trace, size, t + window);
        // Per message sent in the window (its slot): its send time and how many of its copies ended.
        int n = 0;
        long[] sendTimes = out.sendTimes;
        int[] ended = out.ended;
        for (int seq = lo; seq < end; seq++) {
            EventType type = trace.type(seq);
            if (type == EventType.SEND) {
                if (seq >= hi) {
                    continue;
                }
                if (n == sendTimes.length) {
                    sendTimes = Arrays.copyOf(sendTimes, n * 2);
                    ended = Arrays.copyOf(ended, n * 2);
                    out.sendTimes = sendTimes;
                    out.ended = ended;
                }
                sendTimes[n] = trace.time(seq);
                ended[n] = 0;
                slots.put(trace.message(seq), n);
                n++;
            } else if (type == EventType.RECEIVE || type == EventType.DROP) {
                int msg = trace.message(seq);
                int slot = msg < 0 ? -1 : slots.get(msg);
                if (slot < 0) {
                    continue;
                }
                int copy = ended[slot]++;
                long stop = trace.time(seq);
                long send = sendTimes[slot];
                if (stop > t && stop - send <= window && copy < trace.messageCopies(msg)) {
                    boolean lost = type == EventType.DROP && trace.reason(seq) == DropReason.LOSS;
                    long arrival = lost ? 2 * stop - send : stop;
                    out.add(
                            msg,
                            copy,
                            send,
                            arrival,
                            stop,
                            fraction(t, send, arrival),
                            type == EventType.DROP ? FlightList.DROPPED : 0);
                }
            }
        }
    }

    private void scanLong(long t, FlightList out) {
        long[] ends = longEnds;
        int lo = 0;
        int hi = longCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < longCount && ends[i] - longest <= t; i++) {
            long send = longSends[i];
            if (send <= t && ends[i] - send > window) {
                long arrival = longArrivals[i];
                out.add(
                        longMsgs[i],
                        longCopies[i],
                        send,
                        arrival,
                        ends[i],
                        fraction(t, send, arrival),
                        longDropped[i] ? FlightList.DROPPED : 0);
            }
        }
    }

    private void scanOpen(long t, FlightList out) {
        for (int i = 0; i < openMsgs.length; i++) {
            int msg = openMsgs[i];
            long send = trace.time(trace.sendSeq(msg));
            if (send > t) {
                continue;
            }
            long estimate = estimate(trace.messageLink(msg));
            double fraction = Math.min(MAX_ESTIMATE, fraction(t, send, send + estimate));
            for (int copy = openEnded[i]; copy < trace.messageCopies(msg); copy++) {
                out.add(msg, copy, send, send + estimate, send + estimate, fraction, FlightList.ESTIMATED);
            }
        }
    }

    /** How long a message takes on this link: its mean so far, else the typical flight. */
    private long estimate(int link) {
        if (link >= 0 && link < linkCounts.length && linkCounts[link] > 0) {
            return Math.max(1, linkSums[link] / linkCounts[link]);
        }
        return typical;
    }

    private static double fraction(long t, long send, long arrival) {
        return arrival <= send ? 1 : Math.max(0, Math.min(1, (t - send) / (double) (arrival - send)));
    }

    /** The flights longer than the window when they ended, in the order of their ends. Append-only. */
    private static final class LongFlights {
        int count;
        int[] msgs = new int[16];
        byte[] copies = new byte[16];
        long[] sends = new long[16];
        long[] ends = new long[16];
        long[] arrivals = new long[16];
        boolean[] dropped = new boolean[16];

        /**
         * Appends; a full array is replaced by a bigger copy, so a published {@link Flights} keeps
         * reading the arrays it took, whose first {@code count} entries never change.
         */
        void add(int msg, int copy, long send, long end, long arrival, boolean drop) {
            if (count == msgs.length) {
                int n = count * 2;
                msgs = Arrays.copyOf(msgs, n);
                copies = Arrays.copyOf(copies, n);
                sends = Arrays.copyOf(sends, n);
                ends = Arrays.copyOf(ends, n);
                arrivals = Arrays.copyOf(arrivals, n);
                dropped = Arrays.copyOf(dropped, n);
            }
            msgs[count] = msg;
            copies[count] = (byte) copy;
            sends[count] = send;
            ends[count] = end;
            arrivals[count] = arrival;
            dropped[count] = drop;
            count++;
        }
    }

    /**
     * Builds {@link Flights} over a growing trace, one pass over each event: O(1) per event. Use
     * from one thread at a time (a background task); the {@link Flights} it makes are immutable.
     */
    public static final class Indexer {
        private static final int BUCKETS = 64;
        private final Trace trace;
        private int size;
        private long window;
        private final LongFlights longFlights = new LongFlights();
        private long longest;
        /** Messages sent whose copies have not all ended -> how many have. */
        private final IntIntMap open = new IntIntMap(1024);

        private final long[] histogram = new long[BUCKETS];
        private long flights;
        private long[] linkSums;
        private int[] linkCounts;
        private int kinds;

        public Indexer(Trace trace) {
            this.trace = Objects.requireNonNull(trace, "trace");
            int links = trace.header().links().size();
            linkSums = new long[links];
            linkCounts = new int[links];
        }

        public Trace trace() {
            return trace;
        }

        /** Events indexed so far. */
        public int size() {
            return size;
        }

        /** Indexes the events up to {@code upTo} (at most the trace's size) and returns the result. */
        public Flights index(int upTo) {
            int target = Math.min(upTo, trace.size());
            for (int seq = size; seq < target; seq++) {
                EventType type = trace.type(seq);
                if (type == EventType.SEND) {
                    int msg = trace.message(seq);
                    open.put(msg, 0);
                    kinds |= 1 << trace.messageKind(msg).ordinal();
                } else if (type == EventType.RECEIVE || type == EventType.DROP) {
                    ended(seq, type);
                }
            }
            size = Math.max(size, target);
            return new Flights(this);
        }

        private void ended(int seq, EventType type) {
            int msg = trace.message(seq);
            int copy = msg < 0 ? -1 : open.get(msg);
            if (copy < 0) {
                return; // not sent in this trace, or more ends than copies
            }
            long send = trace.time(trace.sendSeq(msg));
            long stop = trace.time(seq);
            long duration = stop - send;
            DropReason reason = type == EventType.DROP ? trace.reason(seq) : DropReason.NONE;
            boolean lost = reason == DropReason.LOSS;
            long arrival = lost ? 2 * stop - send : stop;
            if (type == EventType.RECEIVE || lost) {
                count(arrival - send, trace.messageLink(msg));
            }
            record(duration);
            if (duration > window) {
                longFlights.add(msg, copy, send, stop, arrival, type == EventType.DROP);
                longest = Math.max(longest, duration);
            }
            if (copy + 1 >= trace.messageCopies(msg)) {
                open.remove(msg);
            } else {
                open.put(msg, copy + 1);
            }
        }

        private void count(long flight, int link) {
            if (link >= linkCounts.length) {
                linkSums = Arrays.copyOf(linkSums, link + 1);
                linkCounts = Arrays.copyOf(linkCounts, link + 1);
            }
            if (link >= 0) {
                linkSums[link] += flight;
                linkCounts[link]++;
            }
        }

        /** Counts a flight's duration, and widens the window to 99.9% of the flights so far. */
        private void record(long duration) {
            histogram[bucket(duration)]++;
            flights++;
            if ((flights & (flights - 1)) == 0 || (flights & 1023) == 0) {
                long covered = (long) Math.ceil(flights * WINDOW_SHARE);
                long sum = 0;
                for (int b = 0; b < BUCKETS; b++) {
                    sum += histogram[b];
                    if (sum >= covered) {
                        window = Math.max(window, upper(b));
                        break;
                    }
                }
            }
        }

        /** The median flight, from the histogram: the middle of the median's bucket. */
        long typical() {
            if (flights == 0) {
                return 1000;
            }
            long sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                sum += histogram[b];
                if (sum * 2 >= flights) {
                    return Math.max(1, (upper(b) * 3) / 4);
                }
            }
            return 1000;
        }

        /** Bucket b holds durations in [2^(b-1), 2^b); bucket 0 holds 0. */
        private static int bucket(long duration) {
            return duration <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(duration);
        }

        private static long upper(int bucket) {
            return bucket >= 63 ? Long.MAX_VALUE / 4 : (1L << bucket) - 1;
        }
    }
}
