package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/** A change a data store passes on to the stores it replicates to. */
public record Replicate(int request, Operation operation, int key, long version, int size) implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.REPLICATION;
    }
}
