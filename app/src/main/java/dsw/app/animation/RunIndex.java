package dsw.app.animation;

import dsw.model.trace.Trace;
import dsw.model.trace.VectorClocks;

/**
 * What the animation knows of a run's first {@link #size()} events: the flights, the process
 * states, the circuit breakers' decisions, and the vector clocks (which may cover more). Immutable, thread-safe.
 */
record RunIndex(Flights flights, ProcessStates states, VectorClocks clocks, BreakerIndex breakers) {
    Trace trace() {
        return flights.trace();
    }

    int size() {
        return Math.min(flights.size(), states.size());
    }
}
