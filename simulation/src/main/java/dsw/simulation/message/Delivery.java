package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/**
 * A queued message handed to a consumer, which answers with an {@link Ack}.
 *
 * @param delivery the queue's number for this delivery attempt
 */
public record Delivery(int delivery, int request, Operation operation, int key, int size) implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.DELIVERY;
    }
}
