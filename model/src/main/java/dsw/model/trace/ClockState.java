package dsw.model.trace;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Everything a vector clock pass knows between two events: each process's current vector and the
 * vectors of the messages still in flight (sent, with copies not yet received or dropped). A replay
 * that starts here needs nothing from before. Arrays are shared with other states and never
 * written. Immutable, thread-safe.
 */
final class ClockState {
    /** Per process, its entries for the other processes; the entry for itself is stale. */
    private final int[][] bases;
    /** Per process, its own entry: how many process events it has had. */
    private final int[] own;
    /** Messages in flight, ascending. */
    private final int[] messages;

    private final SendVector[] sends;
    /** Per message in flight, how many of its copies were already received or dropped. */
    private final int[] used;

    ClockState(int[][] bases, int[] own, int[] messages, SendVector[] sends, int[] used) {
        this.bases = bases;
        this.own = own;
        this.messages = messages;
        this.sends = sends;
        this.used = used;
    }

    /** The state before the first event: every entry 0, nothing in flight. */
    static ClockState initial(int processes) {
        int[][] bases = new int[processes][];
        Arrays.fill(bases, new int[processes]);
        return new ClockState(bases, new int[processes], new int[0], new SendVector[0], new int[0]);
    }

    int processes() {
        return own.length;
    }

    /** Process {@code p}'s entry for process {@code q}. */
    int get(int p, int q) {
        return p == q ? own[p] : bases[p][q];
    }

    int[] base(int p) {
        return bases[p];
    }

    int own(int p) {
        return own[p];
    }

    int inFlight() {
        return messages.length;
    }

    int message(int i) {
        return messages[i];
    }

    SendVector send(int i) {
        return sends[i];
    }

    int used(int i) {
        return used[i];
    }

    /** The vector of message {@code msg}'s send if it was in flight here, else null. */
    SendVector sendOf(int msg) {
        int i = Arrays.binarySearch(messages, msg);
        return i >= 0 ? sends[i] : null;
    }

    /**
     * The heap this state adds to {@code previous} (null for none): its own arrays, and the vector
     * arrays that {@code previous} does not hold too. An estimate in bytes, as object layouts vary.
     */
    long bytesBeyond(ClockState previous) {
        int n = own.length;
        long bytes = 64 + 16 + 8L * n + 16 + 4L * n + 3 * 16 + 16L * messages.length;
        Set<int[]> before = previous == null ? Set.of() : previous.arrays();
        Set<int[]> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int[] array : bases) {
            if (!before.contains(array) && counted.add(array)) {
                bytes += 16 + 4L * n;
            }
        }
        for (SendVector send : sends) {
            bytes += 24;
            if (!before.contains(send.base()) && counted.add(send.base())) {
                bytes += 16 + 4L * n;
            }
        }
        return bytes;
    }

    private Set<int[]> arrays() {
        Set<int[]> arrays = Collections.newSetFromMap(new IdentityHashMap<>());
        arrays.addAll(Arrays.asList(bases));
        for (SendVector send : sends) {
            arrays.add(send.base());
        }
        return arrays;
    }
}
