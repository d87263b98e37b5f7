package dsw.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a caller waits for the answer. Drawn solid (sync) or dashed (async). */
public enum LinkMode {
    /** Request and response: the caller waits. */
    SYNC,
    /** Fire and forget: a message or event, no response. */
    ASYNC;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LinkMode> fromFileName(String name) {
        return Arrays.stream(values()).filter(m -> m.fileName().equals(name)).findFirst();
    }
}
