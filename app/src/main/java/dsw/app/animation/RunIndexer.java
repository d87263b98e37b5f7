package dsw.app.animation;

import dsw.model.trace.Trace;
import dsw.model.trace.VectorClocks;

/**
 * Extends a {@link RunIndex} over a growing trace: the flights, the process states' checkpoints and
 * the vector clocks, each reusing the work done before. Used by one background task at a time.
 * Not thread-safe.
 */
final class RunIndexer {
    private final Flights.Indexer flights;
    private final ProcessStates.Builder states;
    private final BreakerIndex.Builder breakers;
    private VectorClocks clocks;

    RunIndexer(Trace trace, int[] limits) {
        flights = new Flights.Indexer(trace);
        states = new ProcessStates.Builder(trace, limits);
        breakers = new BreakerIndex.Builder(trace);
    }

    /** Covers the first {@code upTo} events (at most the trace's published size). */
    RunIndex index(int upTo) {
        Flights f = flights.index(upTo);
        ProcessStates s = states.build(upTo);
        clocks = clocks == null ? VectorClocks.of(flights.trace()) : clocks.extend();
        return new RunIndex(f, s, clocks, breakers.build(s.size()));
    }
}
