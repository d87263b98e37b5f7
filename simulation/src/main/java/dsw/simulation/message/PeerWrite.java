package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;

/**
 * A multi-leader replica sends a peer the state of a key after accepting a write to it; the peer
 * merges it and answers nothing.
 */
public record PeerWrite(int request, KeyState state) implements Message {
    @Override
    public MessageKind kind() {
        return MessageKind.REPLICATION;
    }

    @Override
    public Operation operation() {
        return Operation.WRITE;
    }

    @Override
    public int key() {
        return state.key();
    }

    @Override
    public int size() {
        return Response.HEADER_BYTES + state.bytes();
    }

    @Override
    public String label() {
        return "replicate k" + state.key();
    }
}
