package dsw.model.scenario;

import dsw.model.value.Micros;
import java.util.Objects;

/** A fault that happens at a virtual time in a run. Immutable, thread-safe. */
public record ScheduledFault(long at, Fault fault) {
    public ScheduledFault {
        if (at < 0 || at > Micros.MAX) {
            throw new IllegalArgumentException("a fault time must be from 0 to " + Micros.format(Micros.MAX));
        }
        Objects.requireNonNull(fault, "fault");
    }
}
