package dsw.model.kind;

import java.util.Locale;

/** The value types a component property can have; the file name of each is its lower-case name. */
public enum PropertyType {
    /** A whole number, such as a replica count. */
    INTEGER,
    /** A decimal number, such as a probability or a weight. */
    NUMBER,
    /** A duration such as {@code 30s}. */
    DURATION,
    /** A duration distribution such as a log-normal service time. */
    DISTRIBUTION,
    /** Yes or no. */
    BOOLEAN,
    /** Free single-line text. */
    TEXT,
    /** One of a fixed list of words. */
    CHOICE;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
