package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/**
 * A single-leader replica's leader sends a write it stored to a follower, which answers with a
 * {@link LeaderWriteAck}. The version's term is the term of the leader that wrote it.
 */
public record LeaderWrite(int op, int request, int key, long version, long value, int size) implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.REPLICATION;
    }

    @Override
    public Operation operation() {
        return Operation.WRITE;
    }

    @Override
    public String label() {
        return "replicate k" + key + " v" + LeaderVersion.text(version);
    }
}
