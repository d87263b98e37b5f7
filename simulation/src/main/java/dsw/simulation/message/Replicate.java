package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/**
 * A change a data store passes on to the stores it replicates to, or, under leaderless
 * replication, a coordinator's write (or read repair) sent to a peer replica.
 *
 * @param op the coordinator's operation the peer acknowledges with a {@link QuorumReply}, or -1
 *     when no acknowledgement is wanted (asynchronous replication)
 * @param value the value at this version
 * @param repair true for a leaderless read's write-back (read repair), which only changes the label
 */
public record Replicate(
        int request, Operation operation, int key, long version, int size, int op, long value, boolean repair)
        implements Message {
    /** An asynchronous change to another data store, answered by nothing. */
    public Replicate(int request, Operation operation, int key, long version, int size, long value) {
        this(request, operation, key, version, size, -1, value, false);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.REPLICATION;
    }

    @Override
    public String label() {
        if (op < 0 && !repair) {
            return null;
        }
        return (repair ? "repair k" : "replicate k") + key + " v" + QuorumVersion.text(version);
    }
}
