package dsw.model.pattern;

/**
 * How a data component keeps copies of its data: {@link None} (the default) or {@link Leaderless}
 * quorums. Immutable, thread-safe.
 */
public sealed interface Replication {
    /** The name used in files. */
    String type();

    Replication NONE = new None();

    /** One copy per instance, no replication protocol. */
    record None() implements Replication {
        @Override
        public String type() {
            return "none";
        }
    }

    /**
     * Every instance holds every key and any instance coordinates a request (Dynamo style): a write
     * is acknowledged once {@code w} replicas hold it, a read answers the newest of {@code r}
     * replicas' answers. N is the component's replica count; the design validator checks that
     * {@code r} and {@code w} do not exceed it.
     *
     * @param readRepair a read sends the newest version to the replicas that answered older ones
     * @param hintedHandoff a write a replica did not acknowledge in time is kept by the coordinator
     *     and delivered when that replica answers again
     */
    record Leaderless(int r, int w, boolean readRepair, boolean hintedHandoff) implements Replication {
        public static final String TYPE = "leaderless";

        public Leaderless {
            if (r < 1 || w < 1) {
                throw new IllegalArgumentException("R and W must be at least 1, got R " + r + " and W " + w);
            }
        }

        /** R and W with the default options: read repair on, hinted handoff off. */
        public Leaderless(int r, int w) {
            this(r, w, true, false);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }
}
