package dsw.model.trace;

/**
 * The vector clock of one send event: the sender's entries for the other processes, in an array
 * shared with other holders that nobody writes any more, and the sender's own entry. Immutable,
 * thread-safe.
 */
final class SendVector {
    /** Entries for processes other than {@link #process}; the entry at {@code process} is stale. */
    private final int[] base;

    private final int process;
    private final int own;

    SendVector(int[] base, int process, int own) {
        this.base = base;
        this.process = process;
        this.own = own;
    }

    int get(int q) {
        return q == process ? own : base[q];
    }

    int[] base() {
        return base;
    }

    int process() {
        return process;
    }

    int[] toArray() {
        int[] vector = base.clone();
        vector[process] = own;
        return vector;
    }
}
