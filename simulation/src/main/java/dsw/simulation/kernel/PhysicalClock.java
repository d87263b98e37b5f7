package dsw.simulation.kernel;

/**
 * A process's physical clock: it reads the virtual time plus an offset, and runs fast or slow
 * by a drift in parts per million. Not thread-safe.
 */
final class PhysicalClock {
    private long baseTime;
    private long baseReading;
    private double driftPpm;

    long read(long now) {
        if (driftPpm == 0 && baseTime == baseReading) {
            return now;
        }
        long elapsed = now - baseTime;
        return baseReading + elapsed + Math.round(elapsed * driftPpm / 1_000_000.0);
    }

    /** Jumps the clock by {@code offset} at {@code now} and lets it drift from then on. */
    void skew(long now, long offset, double newDriftPpm) {
        baseReading = read(now) + offset;
        baseTime = now;
        driftPpm = newDriftPpm;
    }
}
