package dsw.simulation.behavior;

import dsw.model.trace.Operation;

/**
 * A message a queue holds for one consumer group, with how often it has been handed out.
 * Immutable.
 */
record QueuedMessage(int request, Operation operation, int key, int size, int receives) {
    /** The same message handed out once more. */
    QueuedMessage received() {
        return new QueuedMessage(request, operation, key, size, receives + 1);
    }

    /** Like {@code PUT k3}. */
    String describe() {
        return ServerHandler.describe(operation, key);
    }
}
