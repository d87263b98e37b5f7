package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/**
 * A queued message handed to a consumer, which answers with an {@link Ack}.
 *
 * @param delivery the queue's number for this delivery attempt
 * @param poison true for a message no consumer can process: it fails every time
 */
public record Delivery(int delivery, int request, Operation operation, int key, int size, boolean poison)
        implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.DELIVERY;
    }
}
