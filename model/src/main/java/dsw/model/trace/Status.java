package dsw.model.trace;

import java.util.Locale;

/** How a response ended. */
public enum Status {
    NONE,
    OK,
    /** A read found no value for the key. */
    NOT_FOUND,
    /** A cache did not hold the key. */
    MISS,
    /** The server had no room in its queue and turned the request away. */
    REJECTED,
    /** The server, or a component behind it, failed or did not answer in time. */
    ERROR;

    private final String wireName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String wireName() {
        return wireName;
    }

    /** True for answers that a client counts as a success. */
    public boolean isSuccess() {
        return this == OK || this == NOT_FOUND || this == MISS;
    }

    public static Status fromWireName(String name) {
        for (Status s : values()) {
            if (s.wireName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status \"" + name + "\"");
    }
}
