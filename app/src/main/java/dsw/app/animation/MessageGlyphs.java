package dsw.app.animation;

import dsw.model.trace.MessageKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The message copies a frame draws, column by column (a frame may hold tens of thousands), with
 * their screen positions; {@link #get} gives one as a {@link Glyph}. Filled once by the frame
 * builder and never changed after, so immutable and thread-safe once built.
 */
public final class MessageGlyphs {
    static final MessageGlyphs NONE = new MessageGlyphs(0);
    private static final MessageKind[] KINDS = MessageKind.values();

    private int count;
    private int[] msgs;
    private byte[] copies;
    private byte[] kinds;
    private double[] xs;
    private double[] ys;
    private float[] fractions;
    private byte[] flags;

    private static final byte DUPLICATE = 1;
    private static final byte ESTIMATED = 2;

    MessageGlyphs(int capacity) {
        int n = Math.max(1, capacity);
        msgs = new int[n];
        copies = new byte[n];
        kinds = new byte[n];
        xs = new double[n];
        ys = new double[n];
        fractions = new float[n];
        flags = new byte[n];
    }

    void add(
            int msg,
            int copy,
            MessageKind kind,
            double x,
            double y,
            double fraction,
            boolean duplicate,
            boolean estimated) {
        if (count == msgs.length) {
            int n = count * 2;
            msgs = Arrays.copyOf(msgs, n);
            copies = Arrays.copyOf(copies, n);
            kinds = Arrays.copyOf(kinds, n);
            xs = Arrays.copyOf(xs, n);
            ys = Arrays.copyOf(ys, n);
            fractions = Arrays.copyOf(fractions, n);
            flags = Arrays.copyOf(flags, n);
        }
        msgs[count] = msg;
        copies[count] = (byte) copy;
        kinds[count] = (byte) kind.ordinal();
        xs[count] = x;
        ys[count] = y;
        fractions[count] = (float) fraction;
        flags[count] = (byte) ((duplicate ? DUPLICATE : 0) | (estimated ? ESTIMATED : 0));
        count++;
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

    public MessageKind kind(int i) {
        return KINDS[kinds[i]];
    }

    /** The kind's ordinal, for painting without a lookup. */
    int kindOrdinal(int i) {
        return kinds[i];
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    public boolean duplicate(int i) {
        return (flags[i] & DUPLICATE) != 0;
    }

    public boolean estimated(int i) {
        return (flags[i] & ESTIMATED) != 0;
    }

    public Glyph get(int i) {
        return new Glyph(msgs[i], copies[i], kind(i), xs[i], ys[i], fractions[i], duplicate(i), estimated(i));
    }

    /** Every glyph as a record, in drawing order. */
    public List<Glyph> toList() {
        List<Glyph> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(get(i));
        }
        return list;
    }
}
