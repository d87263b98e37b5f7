package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;

/**
 * The answer to a {@link Request}.
 *
 * @param data for a read, the counter's value and version; for a refused conditional write, the
 *     version the key is at; null otherwise
 */
public record Response(int request, Operation operation, int key, Status status, int size, Versioned data)
        implements Message {
    /** Responses carry a small header and, for successful reads, the value. */
    public static final int HEADER_BYTES = 64;

    @Override
    public MessageKind kind() {
        return MessageKind.RESPONSE;
    }

    /** A read's answer carries the value read. */
    @Override
    public long value() {
        return data == null ? Trace.NO_VALUE : data.value();
    }

    /** An answer without a value and version. */
    public Response(int request, Operation operation, int key, Status status, int size) {
        this(request, operation, key, status, size, null);
    }

    public static Response to(Request request, Status status, int valueBytes) {
        return to(request, status, valueBytes, null);
    }

    /** An answer that carries {@code data}, the value and version the server holds, or null. */
    public static Response to(Request request, Status status, int valueBytes, Versioned data) {
        return new Response(
                request.request(), request.operation(), request.key(), status, HEADER_BYTES + valueBytes, data);
    }
}
