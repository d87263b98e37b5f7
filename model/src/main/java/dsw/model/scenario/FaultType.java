package dsw.model.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of {@link Fault}, for dispatch with {@code switch} and for the names in files. */
public enum FaultType {
    CRASH,
    RECOVER,
    PAUSE,
    PARTITION,
    HEAL,
    LINK_DOWN,
    LINK_UP,
    LINK_LOSS,
    CLOCK_SKEW,
    SHUTDOWN,
    PROMOTE;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FaultType> fromFileName(String name) {
        return Arrays.stream(values()).filter(t -> t.fileName().equals(name)).findFirst();
    }

    public static String fileNames() {
        return String.join(
                ", ", Arrays.stream(values()).map(FaultType::fileName).toList());
    }
}
