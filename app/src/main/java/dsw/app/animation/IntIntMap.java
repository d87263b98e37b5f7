package dsw.app.animation;

import java.util.Arrays;

/**
 * A map from non-negative int keys to int values with open addressing, so that the indexes of a
 * run allocate nothing per message. {@link #get} answers -1 for a missing key. Not thread-safe.
 */
final class IntIntMap {
    private static final int FREE = -1;
    private int[] keys;
    private int[] values;
    private int size;
    private int mask;

    IntIntMap() {
        this(16);
    }

    IntIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        Arrays.fill(keys, FREE);
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or -1 when there is none. */
    int get(int key) {
        int i = slot(key);
        return keys[i] == key ? values[i] : -1;
    }

    boolean containsKey(int key) {
        return keys[slot(key)] == key;
    }

    void put(int key, int value) {
        int i = slot(key);
        if (keys[i] != key) {
            keys[i] = key;
            size++;
            if (size * 2 > keys.length) {
                grow();
            }
            i = slot(key);
        }
        values[i] = value;
    }

    /** Removes {@code key}; returns whether it was there. */
    boolean remove(int key) {
        int i = slot(key);
        if (keys[i] != key) {
            return false;
        }
        keys[i] = FREE;
        size--;
        // Re-insert the rest of the cluster so that lookups never stop at the hole.
        for (int j = (i + 1) & mask; keys[j] != FREE; j = (j + 1) & mask) {
            int k = keys[j];
            int v = values[j];
            keys[j] = FREE;
            int to = slot(k);
            keys[to] = k;
            values[to] = v;
        }
        return true;
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(keys, FREE);
            size = 0;
        }
    }

    /** The keys, in no particular order, as a new array. */
    int[] keys() {
        int[] out = new int[size];
        int n = 0;
        for (int k : keys) {
            if (k != FREE) {
                out[n++] = k;
            }
        }
        return out;
    }

    private int slot(int key) {
        int i = mix(key) & mask;
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int to = slot(oldKeys[i]);
                keys[to] = oldKeys[i];
                values[to] = oldValues[i];
            }
        }
    }
}
