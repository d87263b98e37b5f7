package dsw.model.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a workload's writes do: overwrite a value (idempotent) or add one to a counter (not). */
public enum WriteKind {
    /** Sets the key's value; applying it twice leaves the same state. */
    PUT,
    /** Adds one to the key's counter; applying it twice counts twice. */
    INCREMENT;

    /** The name in files, such as {@code "increment"}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WriteKind> fromFileName(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName().equals(name)).findFirst();
    }
}
