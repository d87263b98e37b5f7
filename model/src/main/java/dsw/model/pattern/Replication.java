package dsw.model.pattern;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a data component keeps copies of its data: {@link None} (the default), one leader with
 * followers ({@link SingleLeader}), every instance a leader ({@link MultiLeader}), or {@link
 * Leaderless} quorums. Immutable, thread-safe.
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

    /**
     * One instance (the first, until a failover) takes every write and sends it to the others, its
     * followers.
     *
     * @param mode when the leader answers a write: after every follower, after none, or after one
     * @param readFrom which instances answer reads
     * @param failover whether a follower takes over when the leader stops answering
     * @param failoverTimeout how long, in microseconds, followers wait for the leader's heartbeat
     *     before the first of them takes over (automatic failover only)
     * @param fencing a new leader's term fences the old one: writes from an older term are refused,
     *     so a deposed leader that comes back cannot accept writes (no split brain)
     */
    record SingleLeader(Mode mode, ReadFrom readFrom, Failover failover, long failoverTimeout, boolean fencing)
            implements Replication {
        public static final String TYPE = "single-leader";
        /** The failover timeout when the file gives none: 500 ms. */
        public static final long DEFAULT_FAILOVER_TIMEOUT = 500_000;

        public SingleLeader {
            if (mode == null || readFrom == null || failover == null) {
                throw new IllegalArgumentException("single-leader replication needs a mode, readFrom and failover");
            }
            if (failoverTimeout <= 0) {
                throw new IllegalArgumentException("the failover timeout must be positive, got " + failoverTimeout);
            }
        }

        /** {@code mode} with reads from the leader, automatic failover after 500 ms, fencing on. */
        public SingleLeader(Mode mode) {
            this(mode, ReadFrom.LEADER, Failover.AUTOMATIC, DEFAULT_FAILOVER_TIMEOUT, true);
        }

        @Override
        public String type() {
            return TYPE;
        }

        /** When a leader acknowledges a write. */
        public enum Mode {
            /** After every follower holds it. */
            SYNCHRONOUS,
            /** At once; followers catch up later. */
            ASYNCHRONOUS,
            /** After one follower holds it (the first to answer). */
            SEMI_SYNCHRONOUS;

            public String fileName() {
                return Replication.fileName(this);
            }

            public static Optional<Mode> fromFileName(String name) {
                return Replication.fromFileName(values(), name);
            }
        }

        /** Which instances answer reads. */
        public enum ReadFrom {
            /** Only the leader; followers pass reads on to it. */
            LEADER,
            /** Any instance, from what it holds. */
            FOLLOWERS;

            public String fileName() {
                return Replication.fileName(this);
            }

            public static Optional<ReadFrom> fromFileName(String name) {
                return Replication.fromFileName(values(), name);
            }
        }

        /** What happens when the leader stops answering. */
        public enum Failover {
            /** Nothing until the operator promotes a follower (a scenario step). */
            MANUAL,
            /** A follower takes over after the failover timeout. */
            AUTOMATIC;

            public String fileName() {
                return Replication.fileName(this);
            }

            public static Optional<Failover> fromFileName(String name) {
                return Replication.fromFileName(values(), name);
            }
        }
    }

    /**
     * Every instance accepts writes and sends them to the others; concurrent writes to one key are
     * resolved by {@code resolution}.
     */
    record MultiLeader(Resolution resolution) implements Replication {
        public static final String TYPE = "multi-leader";

        public MultiLeader {
            if (resolution == null) {
                throw new IllegalArgumentException("multi-leader replication needs a conflict resolution");
            }
        }

        @Override
        public String type() {
            return TYPE;
        }

        /** How concurrent writes to one key are reconciled. */
        public enum Resolution {
            /** The write with the later physical timestamp wins; the other is silently lost. */
            LAST_WRITER_WINS,
            /** Concurrent versions (by version vector) are all kept and returned to the reader. */
            SIBLINGS,
            /** Each key is a grow-only counter per instance; increments merge by adding. */
            CRDT_COUNTER,
            /** Each key is an add-wins set of the values written; sets merge by union. */
            CRDT_SET;

            public String fileName() {
                return Replication.fileName(this);
            }

            public static Optional<Resolution> fromFileName(String name) {
                return Replication.fromFileName(values(), name);
            }
        }
    }

    /** An enum constant's name in files: lower case with hyphens. */
    private static String fileName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> Optional<E> fromFileName(E[] values, String name) {
        return Arrays.stream(values).filter(v -> fileName(v).equals(name)).findFirst();
    }
}
