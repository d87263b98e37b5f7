package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import java.util.List;

/** The database's answer to an {@link OutboxPoll}: the unpublished entries, oldest first. */
public record OutboxBatch(List<OutboxEntry> entries) implements Message {
    public OutboxBatch {
        entries = List.copyOf(entries);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.CONTROL;
    }

    @Override
    public Operation operation() {
        return Operation.READ;
    }

    @Override
    public int size() {
        return OutboxPoll.BYTES + entries.stream().mapToInt(OutboxEntry::size).sum();
    }
}
