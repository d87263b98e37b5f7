package dsw.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which end of a link may start a conversation. Responses always travel back either way. */
public enum LinkDirection {
    /** Only {@code from} sends requests to {@code to}. */
    FORWARD,
    /** Either end may send requests to the other. */
    BOTH;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LinkDirection> fromFileName(String name) {
        return Arrays.stream(values()).filter(d -> d.fileName().equals(name)).findFirst();
    }
}
