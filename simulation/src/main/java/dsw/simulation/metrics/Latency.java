package dsw.simulation.metrics;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles of one set of calls, kept in an HdrHistogram with three significant
 * digits up to one hour. Not thread-safe while recording; read after. {@link RunSummary} fills one
 * per component; views that chart latency over time fill and {@link #reset()} one per time bucket.
 */
public final class Latency {
    private static final long MAX_MICROS = 3_600_000_000L;
    private final Histogram histogram = new Histogram(MAX_MICROS, 3);

    /** An empty record. */
    public Latency() {}

    /** Records one call's latency in microseconds, clamped to 0 .. one hour. */
    public void record(long micros) {
        histogram.recordValue(Math.min(MAX_MICROS, Math.max(0, micros)));
    }

    /** Forgets every recorded latency. */
    public void reset() {
        histogram.reset();
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
