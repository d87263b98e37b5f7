package dsw.app.run;

import java.util.Locale;

/**
 * Virtual times as the run views show them: to the microsecond, in the unit that reads best, with
 * a fixed number of decimals so a running clock does not jump about. Thread-safe.
 */
public final class TimeText {
    private TimeText() {}

    /** "0 µs", "772 µs", "88.772 ms", "12.345678 s". */
    public static String of(long micros) {
        long abs = Math.abs(micros);
        if (abs < 1_000) {
            return micros + " µs";
        }
        if (abs < 1_000_000) {
            return String.format(Locale.ROOT, "%.3f ms", micros / 1_000.0);
        }
        return String.format(Locale.ROOT, "%.6f s", micros / 1_000_000.0);
    }
}
