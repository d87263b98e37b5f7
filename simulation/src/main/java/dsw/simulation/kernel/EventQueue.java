package dsw.simulation.kernel;

import java.util.Arrays;

/**
 * A binary min-heap of pending kernel events ordered by (time, order), with the keys in
 * primitive arrays so comparisons never leave the cache line. The order key is unique, which
 * makes the ordering total and the run deterministic. The heap moves only primitives: each event
 * sits in a slot of {@code items} from push to pop and the heap holds its slot number, so
 * sifting does no reference stores (and no garbage-collector write barriers). Not thread-safe.
 */
final class EventQueue {
    private long[] times = new long[1024];
    private long[] orders = new long[1024];
    private int[] slots = new int[1024];
    private int size;

    /** The pending events by slot; a slot is free when not in the heap. */
    private Object[] items = new Object[1024];
    /** Free slot numbers below {@link #slotsUsed}, as a stack. */
    private int[] free = new int[1024];

    private int freeCount;
    /** Slots handed out so far: 0 to {@code slotsUsed - 1}. */
    private int slotsUsed;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The time of the earliest event; only when not empty. */
    long peekTime() {
        return times[0];
    }

    void push(long time, long order, Object item) {
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            orders = Arrays.copyOf(orders, capacity);
            slots = Arrays.copyOf(slots, capacity);
            items = Arrays.copyOf(items, capacity);
            free = Arrays.copyOf(free, capacity);
        }
        int slot = freeCount > 0 ? free[--freeCount] : slotsUsed++;
        items[slot] = item;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(time, order, times[parent], orders[parent])) {
                break;
            }
            times[i] = times[parent];
            orders[i] = orders[parent];
            slots[i] = slots[parent];
            i = parent;
        }
        times[i] = time;
        orders[i] = order;
        slots[i] = slot;
    }

    /** Removes and returns the earliest event; only when not empty. */
    Object pop() {
        int topSlot = slots[0];
        Object top = items[topSlot];
        items[topSlot] = null;
        free[freeCount++] = topSlot;
        int last = --size;
        long time = times[last];
        long order = orders[last];
        int slot = slots[last];
        int i = 0;
        int half = last >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < last && less(times[right], orders[right], times[child], orders[child])) {
                child = right;
            }
            if (!less(times[child], orders[child], time, order)) {
                break;
            }
            times[i] = times[child];
            orders[i] = orders[child];
            slots[i] = slots[child];
            i = child;
        }
        if (last > 0) {
            times[i] = time;
            orders[i] = order;
            slots[i] = slot;
        }
        return top;
    }

    private static boolean less(long t1, long o1, long t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }
}
