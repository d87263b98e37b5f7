package dsw.simulation;

import dsw.model.trace.EventType;
import dsw.model.trace.Trace;

/** A test on each newly recorded trace event that stops a run. Must be deterministic. */
@FunctionalInterface
public interface StopCondition {
    boolean test(Trace trace, int seq);

    /** Stops at the next event of type {@code type}. */
    static StopCondition next(EventType type) {
        return (trace, seq) -> trace.type(seq) == type;
    }

    /** Stops at the next dropped message. */
    static StopCondition nextDrop() {
        return next(EventType.DROP);
    }

    /** Stops at the next crash. */
    static StopCondition nextCrash() {
        return next(EventType.CRASH);
    }
}
