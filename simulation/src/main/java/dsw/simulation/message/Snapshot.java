package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import java.util.List;

/**
 * All a single-leader replica holds: a leader sends it to a follower that was away or follows it
 * anew, which replaces its data with it; a follower sends it to a new leader, which takes what is
 * newer while it catches up. Entries in key order.
 */
public record Snapshot(long term, List<Entry> entries) implements Message {
    /** One key's version, counter value and size. */
    public record Entry(int key, long version, long value, int size) {}

    public Snapshot {
        entries = List.copyOf(entries);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.REPLICATION;
    }

    @Override
    public int size() {
        return Response.HEADER_BYTES + entries.stream().mapToInt(Entry::size).sum();
    }

    @Override
    public String label() {
        return "snapshot term " + term + ", " + entries.size() + (entries.size() == 1 ? " key" : " keys");
    }
}
