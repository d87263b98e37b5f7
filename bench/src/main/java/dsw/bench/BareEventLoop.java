package dsw.bench;

import java.util.Arrays;

/**
 * The baseline the kernel is compared with: a binary min-heap of (time, order) pairs in primitive
 * arrays, the kernel's event-queue algorithm without the events, run as a loop that pops the
 * earliest pair and pushes one 1-5 ms later, so the heap holds a constant population. Trivial
 * work per event: one xorshift step. Not thread-safe.
 */
public final class BareEventLoop {
    private long[] times = new long[1024];
    private long[] orders = new long[1024];
    private int size;
    private long order;
    private long random;

    private BareEventLoop(long seed) {
        random = seed == 0 ? 1 : seed;
    }

    /**
     * Runs {@code events} pops over a heap of {@code population} pending events and returns a
     * checksum (the last time popped) so the work cannot be optimised away.
     */
    public static long run(int population, long events, long seed) {
        BareEventLoop loop = new BareEventLoop(seed);
        for (int i = 0; i < population; i++) {
            loop.push(loop.latency(), loop.order++);
        }
        long now = 0;
        for (long e = 0; e < events; e++) {
            now = loop.times[0];
            loop.pop();
            loop.push(now + loop.latency(), loop.order++);
        }
        return now;
    }

    /** A latency from 1,000 to 5,095 µs. */
    private long latency() {
        long x = random;
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        random = x;
        return 1_000 + (x & 4_095);
    }

    private void push(long time, long ord) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            orders = Arrays.copyOf(orders, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(time, ord, times[parent], orders[parent])) {
                break;
            }
            times[i] = times[parent];
            orders[i] = orders[parent];
            i = parent;
        }
        times[i] = time;
        orders[i] = ord;
    }

    private void pop() {
        int last = --size;
        long time = times[last];
        long ord = orders[last];
        int i = 0;
        int half = last >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < last && less(times[right], orders[right], times[child], orders[child])) {
                child = right;
            }
            if (!less(times[child], orders[child], time, ord)) {
                break;
            }
            times[i] = times[child];
            orders[i] = orders[child];
            i = child;
        }
        if (last > 0) {
            times[i] = time;
            orders[i] = ord;
        }
    }

    private static boolean less(long t1, long o1, long t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }
}
