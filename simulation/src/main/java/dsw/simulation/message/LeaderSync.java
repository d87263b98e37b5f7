package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import java.util.List;

/**
 * Anti-entropy: a multi-leader replica sends a peer the state of every key it holds, in key
 * order; the peer merges them, so replicas converge once a partition heals.
 */
public record LeaderSync(List<KeyState> states) implements Message {
    public LeaderSync {
        states = List.copyOf(states);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.REPLICATION;
    }

    @Override
    public int size() {
        return Response.HEADER_BYTES + states.stream().mapToInt(KeyState::bytes).sum();
    }

    @Override
    public String label() {
        return "sync " + states.size() + (states.size() == 1 ? " key" : " keys");
    }
}
