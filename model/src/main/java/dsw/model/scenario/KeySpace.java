package dsw.model.scenario;

/**
 * The keys a workload reads and writes, named {@code k0} to {@code k<count-1>}: uniformly chosen, or
 * Zipf-skewed so that a few hot keys get most requests. Immutable, thread-safe.
 *
 * @param zipfExponent 0 means uniform; around 1 is typical of real traffic
 */
public record KeySpace(int count, double zipfExponent) {
    public static final int MAX_KEYS = 10_000_000;
    public static final KeySpace DEFAULT = new KeySpace(100, 0);

    public KeySpace {
        if (count < 1 || count > MAX_KEYS) {
            throw new IllegalArgumentException("key count must be from 1 to " + MAX_KEYS + ", got " + count);
        }
        if (!Double.isFinite(zipfExponent) || zipfExponent < 0 || zipfExponent > 10) {
            throw new IllegalArgumentException("zipf exponent must be from 0 to 10, got " + zipfExponent);
        }
    }

    public boolean isUniform() {
        return zipfExponent == 0;
    }
}
