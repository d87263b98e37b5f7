package dsw.model.value;

import java.math.BigDecimal;

/**
 * Checks for probabilities (loss, duplication, ...), plain doubles in [0, 1], and their text form
 * as a percentage for a property sheet. Thread-safe.
 */
public final class Probability {
    private Probability() {}

    /**
     * @throws IllegalArgumentException naming the field when the value is not a number from 0 to 1
     */
    public static double require(String field, double value) {
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            throw new IllegalArgumentException(field + " is a probability and must be from 0 to 1, got " + value);
        }
        return value;
    }

    /**
     * Reads a probability written as a percentage: "2%", "2" and "2 %" all mean 0.02, "0.5%" means
     * 0.005. {@code parsePercent(field, formatPercent(p))} gives {@code p} back.
     *
     * @throws IllegalArgumentException naming {@code field} and the rule when the text is not a
     *     percentage from 0% to 100%
     */
    public static double parsePercent(String field, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " expects a percentage such as \"2%\", got nothing");
        }
        String number = trimmed.endsWith("%")
                ? trimmed.substring(0, trimmed.length() - 1).strip()
                : trimmed;
        BigDecimal percent;
        try {
            percent = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    field + " expects a percentage such as \"2%\" or \"0.5%\", got \"" + Text.abbreviate(trimmed, 40)
                            + "\"",
                    e);
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(field + " must be from 0% to 100%, got "
                    + percent.stripTrailingZeros().toPlainString() + "%");
        }
        return percent.movePointLeft(2).doubleValue();
    }

    /** A probability as a percentage without needless digits, such as "0.1%" or "0%". */
    public static String formatPercent(double probability) {
        require("probability", probability);
        return BigDecimal.valueOf(probability)
                        .movePointRight(2)
                        .stripTrailingZeros()
                        .toPlainString() + "%";
    }
}
