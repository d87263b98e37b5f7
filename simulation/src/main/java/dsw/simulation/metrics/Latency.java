package dsw.simulation.metrics;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles of one set of calls, kept in an HdrHistogram with three significant
 * digits up to one hour. Not thread-safe while recording; read after.
 */
public final class Latency {
    private static final long MAX_MICROS = 3_600_000_000L;
    private final Histogram histogram = new Histogram(MAX_MICROS, 3);

    void record(long micros) {
        histogram.recordValue(Math.min(MAX_MICROS, Math.max(0, micros)));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** The latency at {@code percentile} (0–100) in microseconds; 0 when nothing was recorded. */
    public long percentile(double percentile) {
        return count() == 0 ? 0 : histogram.getValueAtPercentile(percentile);
    }

    public long max() {
        return count() == 0 ? 0 : histogram.getMaxValue();
    }
}
