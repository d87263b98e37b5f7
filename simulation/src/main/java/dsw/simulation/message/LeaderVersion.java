package dsw.simulation.message;

/**
 * The version of a key under single-leader replication: the leader's term and a per-key counter,
 * packed in one long so that newer means larger: any write of a later term is newer than every
 * write of an earlier one. 0 is a key never written. Thread-safe (stateless).
 */
public final class LeaderVersion {
    private static final int COUNTER_BITS = 32;

    private LeaderVersion() {}

    public static long of(long term, long counter) {
        return (term << COUNTER_BITS) | counter;
    }

    public static long term(long version) {
        return version >>> COUNTER_BITS;
    }

    public static long counter(long version) {
        return version & 0xFFFF_FFFFL;
    }

    /** As labels show it: {@code 2.7} for the 7th write of the key, made in term 2; {@code 0} for none. */
    public static String text(long version) {
        return version == 0 ? "0" : term(version) + "." + counter(version);
    }
}
