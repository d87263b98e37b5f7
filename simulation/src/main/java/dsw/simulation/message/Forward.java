package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/**
 * A single-leader follower passes a client's write (or read) on to the leader it knows; the
 * leader answers with a {@link ForwardReply}.
 *
 * @param data for the write of a read-modify-write, the new value and the version it was based on; else null
 */
public record Forward(int op, int request, Operation operation, int key, int size, Versioned data) implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.REPLICATION;
    }

    @Override
    public String label() {
        return "forward " + operation.verb() + " k" + key;
    }
}
