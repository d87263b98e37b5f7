package dsw.model.pattern;

import dsw.model.kind.Behavior;
import dsw.model.pattern.Replication.Leaderless;
import dsw.model.pattern.Replication.MultiLeader;
import dsw.model.pattern.Replication.SingleLeader;
import dsw.model.pattern.Replication.SingleLeader.Failover;
import dsw.model.pattern.Replication.SingleLeader.Mode;
import dsw.model.pattern.Replication.SingleLeader.ReadFrom;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a data component's replication settings can keep the consistency it promises, as dsw's
 * protocols implement them: the warnings (one sentence per setting that breaks the promise) and
 * the settings that can keep it. Thread-safe (stateless).
 */
public final class ConsistencyAdvice {
    /** Every promise stronger than eventual consistency. */
    private static final Set<ConsistencyModel> ABOVE_EVENTUAL = EnumSet.of(
            ConsistencyModel.MONOTONIC_READS,
            ConsistencyModel.READ_YOUR_WRITES,
            ConsistencyModel.CAUSAL,
            ConsistencyModel.SEQUENTIAL,
            ConsistencyModel.LINEARIZABLE);

    private static final Set<ConsistencyModel> ANY = EnumSet.complementOf(EnumSet.of(ConsistencyModel.NONE));

    private ConsistencyAdvice() {}

    /**
     * Settings that keep a promise.
     *
     * @param replication the settings, ready to apply
     * @param summary the settings in words, such as "single-leader, synchronous, reads from the leader, ..."
     */
    public record Suggestion(Replication replication, String summary) {}

    /**
     * One way the settings break the promise.
     *
     * @param sentence names the component, the promise and the setting: "Orders promises linearizable
     *     reads, but asynchronous followers with follower reads can return stale data."
     * @param reason the setting's part alone, for where the component and promise are plain:
     *     "asynchronous followers with follower reads can return stale data"
     */
    public record Warning(String sentence, String reason) {}

    /**
     * The advice for one component.
     *
     * @param warnings each setting that breaks the promise
     * @param suggestions settings that keep the promise, closest to the current ones first; empty
     *     when the current settings keep it
     */
    public record Advice(List<Warning> warnings, List<Suggestion> suggestions) {
        public Advice {
            warnings = List.copyOf(warnings);
            suggestions = List.copyOf(suggestions);
        }

        /** True when the settings can keep the promise. */
        public boolean keeps() {
            return warnings.isEmpty();
        }
    }

    /** One way some settings break some promises. */
    private record Limit(Set<ConsistencyModel> breaks, String reason) {}

    /**
     * The advice for a component called {@code name} of {@code behavior} with {@code replicas}
     * instances; only databases and caches get any.
     */
    public static Advice of(
            String name, Behavior behavior, int replicas, Replication replication, ConsistencyModel promise) {
        if (behavior != Behavior.DATABASE && behavior != Behavior.CACHE) {
            return new Advice(List.of(), List.of());
        }
        List<Warning> warnings = warnings(name, replicas, replication, promise);
        if (warnings.isEmpty()) {
            return new Advice(List.of(), List.of());
        }
        return new Advice(warnings, suggestions(replicas, replication, promise));
    }

    /** "Orders promises linearizable reads, but ..." for every setting that breaks the promise. */
    public static List<Warning> warnings(String name, int replicas, Replication replication, ConsistencyModel promise) {
        List<Warning> out = new ArrayList<>();
        if (promise == ConsistencyModel.NONE || replicas < 2) {
            // one instance holds the only copy: every promise holds
            return out;
        }
        for (Limit limit : limits(replicas, replication)) {
            if (limit.breaks().contains(promise)) {
                out.add(new Warning(
                        name + " promises " + promised(promise) + ", but " + limit.reason() + ".", limit.reason()));
            }
        }
        return out;
    }

    /** The settings that keep {@code promise} for {@code replicas} instances, those like {@code current} first. */
    public static List<Suggestion> suggestions(int replicas, Replication current, ConsistencyModel promise) {
        long timeout = current instanceof SingleLeader s ? s.failoverTimeout() : SingleLeader.DEFAULT_FAILOVER_TIMEOUT;
        boolean handoff = current instanceof Leaderless l && l.hintedHandoff();
        SingleLeader safe = new SingleLeader(Mode.SYNCHRONOUS, ReadFrom.LEADER, Failover.MANUAL, timeout, true);
        int quorum = replicas / 2 + 1;
        Leaderless majority = new Leaderless(quorum, quorum, true, handoff);
        List<Replication> candidates =
                switch (promise) {
                    case NONE -> List.of();
                    case LINEARIZABLE, SEQUENTIAL, CAUSAL, MONOTONIC_READS -> List.of(safe, majority);
                    case READ_YOUR_WRITES -> List.of(
                            safe,
                            new SingleLeader(Mode.SYNCHRONOUS, ReadFrom.FOLLOWERS, Failover.MANUAL, timeout, true),
                            majority);
                    case EVENTUAL -> List.of(
                            new Leaderless(1, 1, true, handoff),
                            new MultiLeader(
                                    current instanceof MultiLeader m
                                            ? m.resolution()
                                            : MultiLeader.Resolution.SIBLINGS),
                            new SingleLeader(Mode.ASYNCHRONOUS, ReadFrom.FOLLOWERS, Failover.AUTOMATIC, timeout, true));
                };
        return candidates.stream()
                .filter(r -> !r.equals(current))
                .sorted(Comparator.comparing(r -> !r.type().equals(current.type())))
                .map(r -> new Suggestion(r, describe(r, replicas)))
                .toList();
    }

    /** The settings in words: "leaderless, R 2 and W 2 of 3, read repair on, hinted handoff off". */
    public static String describe(Replication replication, int replicas) {
        if (replication instanceof SingleLeader s) {
            return "single-leader, " + words(s.mode())
                    + (s.readFrom() == ReadFrom.LEADER ? ", reads from the leader" : ", reads from any follower")
                    + ", " + words(s.failover()) + " failover"
                    + (s.failover() == Failover.AUTOMATIC ? " after " + Micros.format(s.failoverTimeout()) : "")
                    + ", fencing " + onOff(s.fencing());
        }
        if (replication instanceof MultiLeader m) {
            return "multi-leader, "
                    + (m.resolution() == MultiLeader.Resolution.SIBLINGS
                            ? "concurrent writes kept as siblings"
                            : "conflicts resolved by " + words(m.resolution()));
        }
        if (replication instanceof Leaderless l) {
            return "leaderless, R " + l.r() + " and W " + l.w() + " of " + replicas + ", read repair "
                    + onOff(l.readRepair()) + ", hinted handoff " + onOff(l.hintedHandoff());
        }
        return "no replication";
    }

    /** A promise in words: "read-your-writes", "monotonic reads", "linearizable". */
    public static String words(ConsistencyModel promise) {
        return switch (promise) {
            case NONE -> "none";
            case READ_YOUR_WRITES -> "read-your-writes";
            default -> promise.fileName().replace('-', ' ');
        };
    }

    /** "synchronous", "semi-synchronous", "manual", "last writer wins", "a CRDT counter". */
    public static String words(Enum<?> setting) {
        if (setting == MultiLeader.Resolution.CRDT_COUNTER) {
            return "a CRDT counter";
        }
        if (setting == MultiLeader.Resolution.CRDT_SET) {
            return "a CRDT set";
        }
        return setting == Mode.SEMI_SYNCHRONOUS
                ? "semi-synchronous"
                : setting.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** What a promise sounds like after "promises": "linearizable reads", "causal consistency". */
    private static String promised(ConsistencyModel promise) {
        return switch (promise) {
            case LINEARIZABLE -> "linearizable reads";
            case SEQUENTIAL, CAUSAL, EVENTUAL -> words(promise) + " consistency";
            default -> words(promise);
        };
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    /** Every way these settings, as dsw runs them, break promises. */
    private static List<Limit> limits(int replicas, Replication replication) {
        if (replication instanceof SingleLeader s) {
            return singleLeader(s);
        }
        if (replication instanceof Leaderless l) {
            return leaderless(l, replicas);
        }
        if (replication instanceof MultiLeader) {
            return List.of(
                    new Limit(
                            EnumSet.of(ConsistencyModel.SEQUENTIAL, ConsistencyModel.LINEARIZABLE),
                            "multi-leader replication lets two leaders accept writes to one key at the same time,"
                                    + " so no single order of writes exists"),
                    new Limit(
                            EnumSet.of(
                                    ConsistencyModel.MONOTONIC_READS,
                                    ConsistencyModel.READ_YOUR_WRITES,
                                    ConsistencyModel.CAUSAL),
                            "with multi-leader replication a client's next request can reach another leader that"
                                    + " has not yet received its earlier writes"));
        }
        return List.of(new Limit(
                ANY,
                "its " + replicas + " instances do not replicate: each keeps only the writes it receives, so"
                        + " a read at another instance misses them"));
    }

    private static List<Limit> singleLeader(SingleLeader s) {
        List<Limit> out = new ArrayList<>();
        boolean automatic = s.failover() == Failover.AUTOMATIC;
        if (automatic && !s.fencing()) {
            out.add(new Limit(
                    ABOVE_EVENTUAL,
                    "automatic failover without fencing lets a deposed leader go on accepting writes (split"
                            + " brain), and those writes are lost"));
        }
        if (s.mode() != Mode.SYNCHRONOUS) {
            out.add(new Limit(
                    ABOVE_EVENTUAL,
                    automatic
                            ? words(s.mode()) + " replication with automatic failover loses acknowledged writes the"
                                    + " new leader had not received"
                            : words(s.mode()) + " replication loses acknowledged writes when a follower that had not"
                                    + " received them is promoted"));
        }
        if (s.readFrom() == ReadFrom.FOLLOWERS) {
            out.add(
                    s.mode() == Mode.SYNCHRONOUS
                            ? new Limit(
                                    EnumSet.of(
                                            ConsistencyModel.MONOTONIC_READS,
                                            ConsistencyModel.CAUSAL,
                                            ConsistencyModel.SEQUENTIAL,
                                            ConsistencyModel.LINEARIZABLE),
                                    "with follower reads, a follower that has not yet applied a write can answer"
                                            + " after another follower already returned it")
                            : new Limit(
                                    ABOVE_EVENTUAL,
                                    words(s.mode()) + " followers with follower reads can return stale data"));
        }
        if (automatic) {
            out.add(new Limit(
                    ABOVE_EVENTUAL,
                    "automatic failover has no leader lease: a leader cut off from its followers goes on answering"
                            + " reads after a follower has taken over, and they can be stale"));
        }
        return out;
    }

    private static List<Limit> leaderless(Leaderless l, int replicas) {
        List<Limit> out = new ArrayList<>();
        if (!l.readRepair() && !l.hintedHandoff()) {
            out.add(new Limit(
                    ANY,
                    "with neither read repair nor hinted handoff, a replica that missed a write (a lost message, a"
                            + " partition) never receives it"));
        }
        if (l.r() + l.w() <= replicas) {
            out.add(new Limit(
                    ABOVE_EVENTUAL,
                    "R " + l.r() + " + W " + l.w() + " is not more than its " + replicas + " replicas, so a read can"
                            + " miss every replica that holds the last write (R + W > " + replicas + " keeps it)"));
        }
        if (!l.readRepair()) {
            out.add(new Limit(
                    EnumSet.of(
                            ConsistencyModel.MONOTONIC_READS,
                            ConsistencyModel.CAUSAL,
                            ConsistencyModel.SEQUENTIAL,
                            ConsistencyModel.LINEARIZABLE),
                    "without read repair, a read that returned a write still in progress leaves it on too few"
                            + " replicas, so a later read can return an older value"));
        }
        return out;
    }
}
