package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/** An outbox relay asks the database for the entries not yet published; answered by an {@link OutboxBatch}. */
public record OutboxPoll() implements Message {
    public static final int BYTES = 48;

    @Override
    public MessageKind kind() {
        return MessageKind.CONTROL;
    }

    @Override
    public Operation operation() {
        return Operation.READ;
    }

    @Override
    public int size() {
        return BYTES;
    }
}
