package dsw.simulation.message;

import dsw.model.trace.MessageKind;

/**
 * A follower's answer to a {@link LeaderHeartbeat}: the term it knows and the leader it follows (a
 * newer term deposes the sender), and whether it needs a {@link Snapshot} of the leader's data.
 */
public record HeartbeatReply(long term, int leader, long sentAt, boolean needsSync) implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.HEARTBEAT;
    }

    @Override
    public int size() {
        return LeaderHeartbeat.BYTES;
    }

    @Override
    public String label() {
        return "alive term " + term + (needsSync ? ", behind" : "");
    }
}
