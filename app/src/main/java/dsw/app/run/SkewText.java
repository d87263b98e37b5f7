package dsw.app.run;

import dsw.model.scenario.Fault;
import dsw.model.value.Micros;
import java.util.Locale;

/** Reads what a user types to skew a clock, such as "+50ms", "-2s" or "+10ms 200ppm". Thread-safe. */
final class SkewText {
    private SkewText() {}

    /**
     * A clock skew of {@code target} from {@code text}: a signed offset, optionally followed by a
     * drift in ppm.
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    static Fault.ClockSkew parse(String target, String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty() || parts.length > 2) {
            throw new IllegalArgumentException(
                    "expected an offset such as +50ms, optionally followed by a drift such as 200ppm, got \""
                            + text.trim() + "\"");
        }
        String offsetText = parts[0];
        boolean negative = offsetText.startsWith("-");
        if (negative || offsetText.startsWith("+")) {
            offsetText = offsetText.substring(1);
        }
        long offset;
        try {
            offset = Micros.parse(offsetText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "\"" + parts[0] + "\" is not an offset such as +50ms: " + e.getMessage(), e);
        }
        double drift = 0;
        if (parts.length == 2) {
            if (!parts[1].endsWith("ppm")) {
                throw new IllegalArgumentException(
                        "the drift must end in ppm, such as 200ppm, got \"" + parts[1] + "\"");
            }
            try {
                drift = Double.parseDouble(parts[1].substring(0, parts[1].length() - 3));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + parts[1] + "\" is not a drift such as 200ppm", e);
            }
        }
        return new Fault.ClockSkew(target, negative ? -offset : offset, drift);
    }
}
