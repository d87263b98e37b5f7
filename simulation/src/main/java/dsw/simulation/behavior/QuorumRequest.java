package dsw.simulation.behavior;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A read, write or increment a leaderless replica coordinates, from its first message to its
 * timeout: the version answers of its query phase, then the replicas known to hold the version
 * it writes (a write) or writes back (a read with read repair). Not thread-safe.
 */
final class QuorumRequest {
    /** Where the request is: asking for versions, or waiting until enough replicas hold {@link #target}. */
    enum Phase {
        QUERY,
        STORE
    }

    final int op;
    final Job job;
    final boolean write;
    final int key;
    /** The observer's newest acknowledged write when the request began, to call a read stale. */
    final AcknowledgedWrites.Acknowledged before;
    /** Query answers by process, in arrival order; the first R decide. */
    final Map<Integer, ReplicaValue> answers = new LinkedHashMap<>();
    /** The replicas known to hold {@link #target} or a newer version. */
    final Set<Integer> holders = new LinkedHashSet<>();

    Phase phase = Phase.QUERY;
    /** The version written (a write) or answered and written back (a read), once the query phase is over. */
    ReplicaValue target = ReplicaValue.NONE;

    boolean answered;

    QuorumRequest(int op, Job job, boolean write, int key, AcknowledgedWrites.Acknowledged before) {
        this.op = op;
        this.job = job;
        this.write = write;
        this.key = key;
        this.before = before;
    }

    /** The newest version among the query answers. */
    ReplicaValue newest() {
        ReplicaValue newest = ReplicaValue.NONE;
        for (ReplicaValue v : answers.values()) {
            newest = newest.newer(v);
        }
        return newest;
    }

    /** Notes that {@code replica} holds {@code version}; true when that makes it a holder of the target. */
    boolean holds(int replica, long version) {
        return phase == Phase.STORE && version >= target.version() && holders.add(replica);
    }
}
