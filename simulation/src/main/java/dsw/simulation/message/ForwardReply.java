package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;

/** A single-leader replica's leader answers a {@link Forward}: how it ended and, for a read, what it found. */
public record ForwardReply(int op, int request, Operation operation, int key, Status status, Versioned data, int bytes)
        implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.REPLICATION;
    }

    @Override
    public int size() {
        return Response.HEADER_BYTES + bytes;
    }

    @Override
    public String label() {
        return "forwarded " + operation.verb() + " k" + key + " " + status.wireName();
    }
}
