package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;

/**
 * Confirms a {@link Publish} (delivery -1) or a {@link Delivery}.
 *
 * @param status {@link Status#OK} when handled; otherwise the queue should try again
 */
public record Ack(int delivery, int request, Operation operation, int key, Status status) implements Message {
    public static final int BYTES = 48;

    @Override
    public MessageKind kind() {
        return MessageKind.ACK;
    }

    @Override
    public int size() {
        return BYTES;
    }
}
