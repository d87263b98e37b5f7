package dsw.simulation.testkit;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated design with its scenario, and the generator seed that rebuilds it with {@link
 * RandomRuns#generate(long)}. Immutable, thread-safe.
 */
public record RandomRun(long seed, Design design) {

    public Scenario scenario() {
        return design.scenario();
    }

    /**
     * The same run made to settle: every workload stops sending just after the original end (so
     * everything up to the end happens exactly as before) and the run goes on {@code extra} longer,
     * so that messages in flight at the original end arrive or are dropped.
     */
    public Design settling(long extra) {
        Scenario s = scenario();
        List<Workload> stopped = new ArrayList<>();
        for (Workload w : s.workload()) {
            long stop = w.runsUntilEnd() || w.stop() > s.duration() + 1 ? s.duration() + 1 : w.stop();
            long start = Math.min(w.start(), stop - 1);
            stopped.add(new Workload(
                    w.client(), w.target(), w.load(), w.readRatio(), w.keys(), start, stop, w.payloadBytes()));
        }
        return design.withScenario(s.withWorkload(stopped).withDuration(s.duration() + extra));
    }

    /** How to get this run back, and what it holds, for failure messages. */
    @Override
    public String toString() {
        Scenario s = scenario();
        String components = design.components().stream()
                .map(c -> c.id() + (c.replicas() > 1 ? "×" + c.replicas() : ""))
                .collect(Collectors.joining(" "));
        String links = design.links().stream().map(RandomRun::describe).collect(Collectors.joining(", "));
        String faults = s.faults().stream().map(RandomRun::describe).collect(Collectors.joining(", "));
        return "RandomRuns.generate(" + seed + "L) [run seed " + s.seed() + ", " + Micros.format(s.duration()) + "; "
                + components + "; links " + links + "; " + s.workload().size() + " workloads; faults: "
                + (faults.isEmpty() ? "none" : faults) + "]";
    }

    private static String describe(Link link) {
        return link.from() + "->" + link.to();
    }

    private static String describe(ScheduledFault f) {
        return f.fault().describe() + " at " + Micros.format(f.at());
    }

    /** The component, for tests that look at properties. */
    public Component component(String id) {
        return design.requireComponent(id);
    }
}
