package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/**
 * A leaderless coordinator asks a peer replica for its version of a key; answered by a {@link
 * QuorumReply}.
 *
 * @param versionOnly true for a write's first phase, which needs the version and not the data
 */
public record QuorumRead(int op, int request, int key, boolean versionOnly) implements Message {
    public static final int BYTES = 48;

    @Override
    public MessageKind kind() {
        return MessageKind.REPLICATION;
    }

    @Override
    public Operation operation() {
        return Operation.READ;
    }

    @Override
    public int size() {
        return BYTES;
    }

    @Override
    public String label() {
        return (versionOnly ? "version k" : "read k") + key;
    }
}
