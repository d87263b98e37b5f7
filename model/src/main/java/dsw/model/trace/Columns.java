package dsw.model.trace;

import java.util.Arrays;

/**
 * Append-only primitive columns stored in fixed-size chunks, so growing never copies the data
 * and a reader never sees a half-copied array. The writer asks for the chunk of each new index
 * and stores into it (once per chunk, not once per value). One writer thread; readers may read
 * any index below a size they obtained through a happens-before edge (see {@link Trace#size()}).
 */
final class Columns {
    static final int CHUNK_BITS = 14;
    static final int CHUNK = 1 << CHUNK_BITS;
    static final int MASK = CHUNK - 1;

    private Columns() {}

    static int grow(int chunks) {
        return Math.max(8, chunks * 2);
    }

    static final class Longs {
        private long[][] chunks = new long[8][];
        private int allocated;

        /**
         * The chunk that holds {@code index}, allocated when {@code index} is the first of a new
         * one; the writer stores into it directly. Indexes must be claimed in increasing order.
         */
        long[] chunkFor(int index) {
            int c = index >>> CHUNK_BITS;
            if (c == chunks.length) {
                chunks = Arrays.copyOf(chunks, grow(c));
            }
            long[] chunk = chunks[c];
            if (chunk == null) {
                chunk = new long[CHUNK];
                chunks[c] = chunk;
                allocated++;
            }
            return chunk;
        }

        long get(int index) {
            return chunks[index >>> CHUNK_BITS][index & MASK];
        }

        void set(int index, long value) {
            chunks[index >>> CHUNK_BITS][index & MASK] = value;
        }

        long bytes() {
            return (long) allocated * CHUNK * Long.BYTES;
        }
    }

    static final class Ints {
        private int[][] chunks = new int[8][];
        private int allocated;

        /**
         * The chunk that holds {@code index}, allocated when {@code index} is the first of a new
         * one; the writer stores into it directly. Indexes must be claimed in increasing order.
         */
        int[] chunkFor(int index) {
            int c = index >>> CHUNK_BITS;
            if (c == chunks.length) {
                chunks = Arrays.copyOf(chunks, grow(c));
            }
            int[] chunk = chunks[c];
            if (chunk == null) {
                chunk = new int[CHUNK];
                chunks[c] = chunk;
                allocated++;
            }
            return chunk;
        }

        int get(int index) {
            return chunks[index >>> CHUNK_BITS][index & MASK];
        }

        void set(int index, int value) {
            chunks[index >>> CHUNK_BITS][index & MASK] = value;
        }

        long bytes() {
            return (long) allocated * CHUNK * Integer.BYTES;
        }
    }

    static final class Bytes {
        private byte[][] chunks = new byte[8][];
        private int allocated;

        /**
         * The chunk that holds {@code index}, allocated when {@code index} is the first of a new
         * one; the writer stores into it directly. Indexes must be claimed in increasing order.
         */
        byte[] chunkFor(int index) {
            int c = index >>> CHUNK_BITS;
            if (c == chunks.length) {
                chunks = Arrays.copyOf(chunks, grow(c));
            }
            byte[] chunk = chunks[c];
            if (chunk == null) {
                chunk = new byte[CHUNK];
                chunks[c] = chunk;
                allocated++;
            }
            return chunk;
        }

        byte get(int index) {
            return chunks[index >>> CHUNK_BITS][index & MASK];
        }

        void set(int index, byte value) {
            chunks[index >>> CHUNK_BITS][index & MASK] = value;
        }

        long bytes() {
            return (long) allocated * CHUNK;
        }
    }
}
