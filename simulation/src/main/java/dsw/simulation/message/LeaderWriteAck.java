package dsw.simulation.message;

import dsw.model.trace.MessageKind;

/**
 * A follower's answer to a {@link LeaderWrite}: it holds the version, or, under fencing, it
 * refused it because it follows a newer {@code term}. Either way it names its term.
 */
public record LeaderWriteAck(int op, int request, int key, long version, long term, boolean refused)
        implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.REPLICATION;
    }

    @Override
    public int size() {
        return Response.HEADER_BYTES;
    }

    @Override
    public String label() {
        return (refused ? "refuse k" : "ack k") + key + " v" + LeaderVersion.text(version)
                + (refused ? ": term " + term : "");
    }
}
