package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/**
 * A call that expects a {@link Response}.
 *
 * @param hops how many components the request has passed through, to stop routing loops
 */
public record Request(int request, Operation operation, int key, int size, int hops) implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.REQUEST;
    }

    /** The same request one hop further on. */
    public Request forwarded() {
        return new Request(request, operation, key, size, hops + 1);
    }
}
