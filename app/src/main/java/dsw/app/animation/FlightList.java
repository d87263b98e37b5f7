package dsw.app.animation;

import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The copies in flight at one time, column by column so that a frame of thousands of messages
 * allocates a few arrays instead of a record per message; {@link #get} gives one as a {@link
 * Flight}. Filled by {@link Flights#inFlight}, reusable. Not thread-safe.
 */
public final class FlightList {
    private Trace trace;
    private long time;
    private int count;
    private int[] msgs = new int[64];
    private byte[] copies = new byte[64];
    private long[] sends = new long[64];
    private long[] arrivals = new long[64];
    private long[] ends = new long[64];
    private double[] fractions = new double[64];
    private byte[] flags = new byte[64];

    // Scratch for the scan that fills this list.
    final IntIntMap slots = new IntIntMap(256);
    long[] sendTimes = new long[256];
    int[] ended = new int[256];

    static final byte ESTIMATED = 1;
    static final byte DROPPED = 2;

    void reset(Trace of, long at) {
        trace = of;
        time = at;
        count = 0;
    }

    void add(int msg, int copy, long send, long arrival, long end, double fraction, byte flag) {
        if (count == msgs.length) {
            int n = count * 2;
            msgs = Arrays.copyOf(msgs, n);
            copies = Arrays.copyOf(copies, n);
            sends = Arrays.copyOf(sends, n);
            arrivals = Arrays.copyOf(arrivals, n);
            ends = Arrays.copyOf(ends, n);
            fractions = Arrays.copyOf(fractions, n);
            flags = Arrays.copyOf(flags, n);
        }
        msgs[count] = msg;
        copies[count] = (byte) copy;
        sends[count] = send;
        arrivals[count] = arrival;
        ends[count] = end;
        fractions[count] = fraction;
        flags[count] = flag;
        count++;
    }

    /** The time these copies are in flight at. */
    public long time() {
        return time;
    }

    public int size() {
        return count;
    }

    public int msg(int i) {
        return msgs[i];
    }

    public int copy(int i) {
        return copies[i];
    }

    public long send(int i) {
        return sends[i];
    }

    public long arrival(int i) {
        return arrivals[i];
    }

    /** When copy {@code i} leaves its link: its arrival, or its drop. */
    public long end(int i) {
        return ends[i];
    }

    public double fraction(int i) {
        return fractions[i];
    }

    public boolean estimated(int i) {
        return (flags[i] & ESTIMATED) != 0;
    }

    public boolean dropped(int i) {
        return (flags[i] & DROPPED) != 0;
    }

    /** Copy {@code i} as a record. */
    public Flight get(int i) {
        int msg = msgs[i];
        return new Flight(
                msg,
                copies[i],
                trace.messageLink(msg),
                trace.messageFrom(msg),
                trace.messageTo(msg),
                trace.messageKind(msg),
                sends[i],
                arrivals[i],
                ends[i],
                fractions[i],
                estimated(i),
                dropped(i));
    }

    /** Every copy as a record, for tests and tools. */
    public List<Flight> toList() {
        List<Flight> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(get(i));
        }
        return list;
    }
}
