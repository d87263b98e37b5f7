package dsw.simulation.message;

import dsw.model.trace.MessageKind;

/**
 * A single-leader replica's leader tells a follower it is alive and leads {@code term}; answered by
 * a {@link HeartbeatReply}.
 *
 * @param sentAt when it was sent, echoed in the reply so the leader knows how recent its confirmation is
 */
public record LeaderHeartbeat(long term, long sentAt) implements Message {
    public static final int BYTES = 32;

    @Override
    public MessageKind kind() {
        return MessageKind.HEARTBEAT;
    }

    @Override
    public int size() {
        return BYTES;
    }

    @Override
    public String label() {
        return "heartbeat term " + term;
    }
}
