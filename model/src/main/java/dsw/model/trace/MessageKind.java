package dsw.model.trace;

import java.util.Locale;

/** The role of a message, which views use for colour and shape. */
public enum MessageKind {
    REQUEST,
    RESPONSE,
    /** A message a producer hands to a queue. */
    PUBLISH,
    /** A message a queue hands to a consumer. */
    DELIVERY,
    ACK,
    REPLICATION,
    HEARTBEAT,
    VOTE,
    CONTROL;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static MessageKind fromWireName(String name) {
        for (MessageKind k : values()) {
            if (k.wireName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown message kind \"" + name + "\"");
    }
}
