package dsw.simulation.behavior;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The observer's record of what one replicated component has acknowledged: per key, the versions
 * answered ok for a write, and when; and, under single-leader replication, which instances
 * accepted writes as leader. Shared by the component's instances in one run so that a read can be
 * called stale, a write lost or two leaders a split brain; no replica consults it to decide
 * anything. Not thread-safe.
 */
final class AcknowledgedWrites {
    /** A version acknowledged at a moment of virtual time. */
    record Acknowledged(long version, long at) {
        static final Acknowledged NONE = new Acknowledged(0, 0);
    }

    /** An instance accepting writes as the leader of {@code term}, from {@code since} to {@code last}. */
    private record Claim(long term, long since, long last) {}

    /** Per key, acknowledged version to the time; only the newest unless history is kept. */
    private final Map<Integer, TreeMap<Long, Long>> versions = new TreeMap<>();
    /** Per process, the writes it accepts as leader; in process order. */
    private final Map<Integer, Claim> leaders = new TreeMap<>();
    /** Pairs of terms already reported as a split brain. */
    private final Set<List<Long>> reported = new HashSet<>();

    private boolean history;

    /** Keeps every acknowledged version until {@link #settled}, so that lost writes can be named. */
    void keepHistory() {
        history = true;
    }

    void acknowledged(int key, long version, long at) {
        TreeMap<Long, Long> known = versions.computeIfAbsent(key, k -> new TreeMap<>());
        known.putIfAbsent(version, at);
        if (!history) {
            known.headMap(known.lastKey()).clear();
        }
    }

    /** The newest version of {@code key} acknowledged so far, or {@link Acknowledged#NONE}. */
    Acknowledged newest(int key) {
        TreeMap<Long, Long> known = versions.get(key);
        return known == null
                ? Acknowledged.NONE
                : new Acknowledged(known.lastKey(), known.lastEntry().getValue());
    }

    /** Every replica holds {@code version} of {@code key}: older versions can no longer be lost. */
    void settled(int key, long version) {
        TreeMap<Long, Long> known = versions.get(key);
        if (known != null && known.lastKey() >= version) {
            known.headMap(version).clear();
        }
    }

    /**
     * The acknowledged writes that an instance holding {@code held} (key to version) lacks, in key
     * and version order; they are forgotten, since they are lost.
     */
    List<Lost> lostBy(Map<Integer, Long> held) {
        List<Lost> lost = new java.util.ArrayList<>();
        for (Map.Entry<Integer, TreeMap<Long, Long>> e : versions.entrySet()) {
            long has = held.getOrDefault(e.getKey(), 0L);
            Map<Long, Long> newer = e.getValue().tailMap(has, false);
            newer.forEach((version, at) -> lost.add(new Lost(e.getKey(), version, at)));
            newer.clear();
        }
        versions.values().removeIf(Map::isEmpty);
        return lost;
    }

    /** An acknowledged write of {@code key} at {@code version} that a new leader never received. */
    record Lost(int key, long version, long at) {}

    /**
     * Instance {@code process} acknowledged a write as leader of {@code term} at {@code at}. Returns
     * another instance that accepted writes as leader of another term while this one did, the
     * first time the two terms overlap; -1 otherwise.
     */
    int acceptedAsLeader(int process, long term, long at) {
        Claim mine = leaders.get(process);
        mine = mine == null || mine.term() != term ? new Claim(term, at, at) : new Claim(term, mine.since(), at);
        leaders.put(process, mine);
        for (Map.Entry<Integer, Claim> e : leaders.entrySet()) {
            Claim other = e.getValue();
            if (e.getKey() != process
                    && other.term() != term
                    && other.last() >= mine.since()
                    && reported.add(List.of(Math.min(term, other.term()), Math.max(term, other.term())))) {
                return e.getKey();
            }
        }
        return -1;
    }

    /** The term in which {@code process} accepts writes as leader. */
    long termOf(int process) {
        Claim claim = leaders.get(process);
        return claim == null ? 0 : claim.term();
    }

    /** Instance {@code process} no longer accepts writes as leader. */
    void steppedDown(int process) {
        leaders.remove(process);
    }
}
