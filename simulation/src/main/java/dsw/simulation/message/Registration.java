package dsw.simulation.message;

import dsw.model.trace.MessageKind;

/**
 * An instance tells a registry it is alive: its first registration or a renewal.
 *
 * @param instance the instance's name, such as {@code api#2}
 */
public record Registration(String instance, boolean renewal) implements Message {
    public static final int BYTES = 64;

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
        return (renewal ? "renew " : "register ") + instance;
    }
}
