package dsw.simulation.message;

/**
 * The version of a key under leaderless replication: a per-key counter and the instance (from 1)
 * of the replica that coordinated the write, packed in one long so that newer means larger: the
 * higher counter wins, and of two writes with the same counter (coordinated at the same time by
 * different replicas), the higher instance. 0 is a key never written. Thread-safe (stateless).
 */
public final class QuorumVersion {
    /** Room for the instance number; a component has at most 1,000 replicas. */
    private static final long INSTANCES = 1024;

    private QuorumVersion() {}

    public static long of(long counter, int instance) {
        return counter * INSTANCES + instance;
    }

    public static long counter(long version) {
        return version / INSTANCES;
    }

    /** As labels show it: {@code 5.2} for counter 5 written by instance 2, {@code 0} for none. */
    public static String text(long version) {
        return version == 0 ? "0" : counter(version) + "." + version % INSTANCES;
    }
}
