package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;

/** The answer to a {@link Request}. */
public record Response(int request, Operation operation, int key, Status status, int size) implements Message {
    /** Responses carry a small header and, for successful reads, the value. */
    public static final int HEADER_BYTES = 64;

    @Override
    public MessageKind kind() {
        return MessageKind.RESPONSE;
    }

    public static Response to(Request request, Status status, int valueBytes) {
        return new Response(request.request(), request.operation(), request.key(), status, HEADER_BYTES + valueBytes);
    }
}
