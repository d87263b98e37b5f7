package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/** A message a producer hands to a queue; answered by an {@link Ack} on synchronous links. */
public record Publish(int request, Operation operation, int key, int size) implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.PUBLISH;
    }
}
