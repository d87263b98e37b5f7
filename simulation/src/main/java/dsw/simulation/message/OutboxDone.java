package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/** An outbox relay tells the database that entry {@code entry} was published, so it is deleted. */
public record OutboxDone(int entry, int request, int key) implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.CONTROL;
    }

    @Override
    public Operation operation() {
        return Operation.DELETE;
    }

    @Override
    public int size() {
        return OutboxPoll.BYTES;
    }
}
