package dsw.model.trace;

import java.util.Locale;

/** Why the network lost a message copy. */
public enum DropReason {
    /** No drop: the event is not a drop. */
    NONE,
    /** Random loss on the link. */
    LOSS,
    /** A partition separates the two ends. */
    PARTITION,
    /** The link is down. */
    LINK_DOWN,
    /** The receiving process had crashed when the message arrived. */
    CRASH,
    /** The checksum failed at the receiver, which discarded the bytes. */
    CORRUPT,
    /** The receiver had no room left to hold the message. */
    QUEUE_FULL;

    private final String wireName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The name in the trace file, such as {@code "link-down"}. */
    public String wireName() {
        return wireName;
    }

    public static DropReason fromWireName(String name) {
        for (DropReason r : values()) {
            if (r.wireName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown drop reason \"" + name + "\"");
    }
}
