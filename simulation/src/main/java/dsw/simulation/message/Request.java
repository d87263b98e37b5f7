package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * A call that expects a {@link Response}.
 *
 * @param hops how many components the request has passed through, to stop routing loops
 * @param path the components (by index in the design) that passed it on, in order; a server
 *     does not call a component already on the path, so a cycle of calls cannot multiply
 * @param data for the write of a read-modify-write, the new value and the version it is based
 *     on; for a cache fill, the value read with version {@link Versioned#ANY}; null otherwise (a
 *     plain write sets the value {@code request}, unique per client request)
 */
public record Request(int request, Operation operation, int key, int size, int hops, List<Integer> path, Versioned data)
        implements Message {
    public Request {
        path = List.copyOf(path);
    }

    /** A request without a read-modify-write value. */
    public Request(int request, Operation operation, int key, int size, int hops, List<Integer> path) {
        this(request, operation, key, size, hops, path, null);
    }

    /** A request fresh from a client, not yet passed on by anyone. */
    public Request(int request, Operation operation, int key, int size, int hops) {
        this(request, operation, key, size, hops, List.of());
    }

    @Override
    public MessageKind kind() {
        return MessageKind.REQUEST;
    }

    /** The same request passed on by component {@code component}. */
    public Request via(int component) {
        return with(operation, size, component).withData(data);
    }

    /** A request for {@code newOperation} made by component {@code component} on behalf of this one. */
    public Request with(Operation newOperation, int newSize, int component) {
        List<Integer> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(component);
        return new Request(request, newOperation, key, newSize, hops + 1, longer);
    }

    /** The same request carrying {@code newData}, the value and base version of a read-modify-write. */
    public Request withData(Versioned newData) {
        return new Request(request, operation, key, size, hops, path, newData);
    }

    /** A write sets its data's value, or else its request number; other requests carry none. */
    @Override
    public long value() {
        if (data != null) {
            return data.value();
        }
        return operation == Operation.WRITE ? request : Trace.NO_VALUE;
    }

    /** True when component {@code component} has already passed this request on. */
    public boolean visited(int component) {
        return path.contains(component);
    }
}
