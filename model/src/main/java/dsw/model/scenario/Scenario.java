package dsw.model.scenario;

import dsw.model.value.Micros;
import java.util.List;

/**
 * What a run does: its seed, its length, the clients' workload and the timed fault schedule. The
 * simulation is a pure function of a design and its scenario. Immutable, thread-safe.
 *
 * @param duration virtual run length in microseconds
 * @param faults the fault schedule in the order the user wrote it; a run applies it by time
 */
public record Scenario(long seed, long duration, List<Workload> workload, List<ScheduledFault> faults) {
    public static final long DEFAULT_DURATION = 10 * Micros.PER_SECOND;
    public static final Scenario DEFAULT = new Scenario(1, DEFAULT_DURATION, List.of(), List.of());

    public Scenario {
        if (duration <= 0 || duration > Micros.MAX) {
            throw new IllegalArgumentException("run length must be positive");
        }
        workload = List.copyOf(workload);
        faults = List.copyOf(faults);
    }

    public Scenario withSeed(long value) {
        return new Scenario(value, duration, workload, faults);
    }

    public Scenario withDuration(long value) {
        return new Scenario(seed, value, workload, faults);
    }

    public Scenario withWorkload(List<Workload> value) {
        return new Scenario(seed, duration, value, faults);
    }

    public Scenario withFaults(List<ScheduledFault> value) {
        return new Scenario(seed, duration, workload, value);
    }
}
