package dsw.app.spacetime;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * A growing list of ints (event seqs) without boxing, with a binary search for lists whose values
 * map to non-decreasing positions. Not thread-safe.
 */
final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    /** The index of {@code value} in a list sorted ascending, or -1. */
    int indexOf(int value) {
        int found = Arrays.binarySearch(values, 0, size, value);
        return found < 0 ? -1 : found;
    }

    /**
     * The first index at or after {@code from} whose position is at or after {@code x}, or {@link
     * #size()}; the positions of the values, {@code position.applyAsDouble(value)}, must not
     * decrease along the list. Unknown positions (NaN) count as after every {@code x}.
     */
    int firstAtOrAfter(double x, int from, IntToDoubleFunction position) {
        int lo = from;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double at = position.applyAsDouble(values[mid]);
            if (at < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index whose position is after {@code x}, or {@link #size()}; as {@link #firstAtOrAfter}. */
    int firstAfter(double x, int from, IntToDoubleFunction position) {
        int lo = from;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double at = position.applyAsDouble(values[mid]);
            if (at <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
