package dsw.model.value;

/** Checks for probabilities (loss, duplication, ...), plain doubles in [0, 1]. Thread-safe. */
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
}
