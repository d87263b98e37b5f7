package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/**
 * A peer replica's answer to a leaderless coordinator: for a {@link QuorumRead} (operation READ),
 * the version it holds (0 for none) with its value and size (0 when only the version was asked
 * for); for a {@link Replicate} (operation
 * WRITE), the acknowledgement that it holds the version sent, or a newer one.
 */
public record QuorumReply(int op, int request, Operation operation, int key, long version, long value, int bytes)
        implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.REPLICATION;
    }

    @Override
    public int size() {
        return Response.HEADER_BYTES + (operation == Operation.READ ? bytes : 0);
    }

    @Override
    public String label() {
        return (operation == Operation.READ ? "k" : "ack k") + key + " v" + QuorumVersion.text(version);
    }
}
