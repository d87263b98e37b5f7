package dsw.diagrams.sequence;

import java.util.Locale;

/** Which logical clocks a sequence diagram writes on its arrows and notes. */
public enum Timestamps {
    /** No clocks: the message labels alone. */
    NONE,
    /** Lamport clocks: the send's and the receive's, such as {@code L 3→4}. */
    LAMPORT,
    /** Vector clocks, listed in the trace header's process order. */
    VECTOR,
    /** Lamport and vector clocks. */
    BOTH;

    boolean lamport() {
        return this == LAMPORT || this == BOTH;
    }

    boolean vector() {
        return this == VECTOR || this == BOTH;
    }

    /** The name on the command line, such as {@code lamport}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The choice named on the command line.
     *
     * @throws IllegalArgumentException listing the choices when {@code name} is none of them
     */
    public static Timestamps fromWireName(String name) {
        for (Timestamps t : values()) {
            if (t.wireName().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown timestamps \"" + name + "\"; choose none, lamport, vector or both");
    }
}
