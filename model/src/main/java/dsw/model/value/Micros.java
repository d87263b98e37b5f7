package dsw.model.value;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats virtual durations, which dsw keeps as a {@code long} count of microseconds.
 * Text forms are {@code 250us}, {@code 20ms}, {@code 1.5s}, {@code 5m}, {@code 1h}. Thread-safe
 * (stateless).
 */
public final class Micros {
    /** The longest duration dsw accepts: about 31 years, far from {@code long} overflow. */
    public static final long MAX = 1_000_000_000_000_000L;

    public static final long PER_MILLISECOND = 1_000L;
    public static final long PER_SECOND = 1_000_000L;
    public static final long PER_MINUTE = 60 * PER_SECOND;
    public static final long PER_HOUR = 60 * PER_MINUTE;

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(us|µs|ms|s|m|min|h)\\s*");

    private Micros() {}

    /**
     * Parses a duration such as {@code 20ms}.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not a
     *     non-negative duration with a unit, or has more precision than a microsecond
     */
    public static long parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expected a duration such as \"20ms\", got nothing");
        }
        Matcher m = TEXT.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            if (text.trim().startsWith("-")) {
                throw new IllegalArgumentException(
                        "a duration cannot be negative, got \"" + Text.abbreviate(text, 40) + "\"");
            }
            throw new IllegalArgumentException(
                    "expected a duration such as \"250us\", \"20ms\", \"1.5s\" or \"5m\", got \""
                            + Text.abbreviate(text, 40) + "\"");
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        long unit =
                switch (m.group(2)) {
                    case "us", "µs" -> 1L;
                    case "ms" -> PER_MILLISECOND;
                    case "s" -> PER_SECOND;
                    case "m", "min" -> PER_MINUTE;
                    case "h" -> PER_HOUR;
                    default -> throw new IllegalStateException(m.group(2));
                };
        BigDecimal micros = amount.multiply(BigDecimal.valueOf(unit));
        if (micros.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            throw new IllegalArgumentException(
                    "duration \"" + Text.abbreviate(text, 40) + "\" is too long (at most " + format(MAX) + ")");
        }
        if (micros.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("duration \"" + Text.abbreviate(text, 40)
                    + "\" is finer than a microsecond, the smallest step dsw simulates");
        }
        return micros.longValueExact();
    }

    /** Formats with the largest unit that divides the value exactly, so that parse(format(x)) == x. */
    public static String format(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("negative duration " + micros + "us");
        }
        if (micros == 0) {
            return "0ms";
        }
        if (micros % PER_HOUR == 0) {
            return micros / PER_HOUR + "h";
        }
        if (micros % PER_MINUTE == 0) {
            return micros / PER_MINUTE + "m";
        }
        if (micros % PER_SECOND == 0) {
            return micros / PER_SECOND + "s";
        }
        if (micros % PER_MILLISECOND == 0) {
            return micros / PER_MILLISECOND + "ms";
        }
        return micros + "us";
    }

    /** A short human reading with at most three significant digits, such as {@code 1.25s}. */
    public static String humanize(long micros) {
        if (micros < PER_MILLISECOND) {
            return micros + "µs";
        }
        if (micros < PER_SECOND) {
            return trim(micros / (double) PER_MILLISECOND) + "ms";
        }
        if (micros < PER_MINUTE) {
            return trim(micros / (double) PER_SECOND) + "s";
        }
        return trim(micros / (double) PER_MINUTE) + "min";
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
