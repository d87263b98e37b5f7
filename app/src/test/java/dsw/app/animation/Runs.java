package dsw.app.animation;

import dsw.app.TestDesigns;
import dsw.model.Design;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Simulated runs of the bundled examples for the animation's tests, made once per JVM. */
final class Runs {
    static final String DUPLICATING = "+duplicating";
    private static final Map<String, Trace> RUNS = new HashMap<>();

    private Runs() {}

    /** The example's run to {@code until} microseconds. */
    static synchronized Trace of(String example, long until) {
        return RUNS.computeIfAbsent(example + "@" + until, k -> {
            Simulation run = Simulation.of(design(example));
            run.runUntil(until, RunMonitor.NONE);
            return run.trace();
        });
    }

    /**
     * The bundled example; with {@value #DUPLICATING} appended to its name, every link of it
     * duplicates a fifth of its messages (the examples duplicate too rarely for a test).
     */
    static Design design(String example) {
        if (example.endsWith(DUPLICATING)) {
            Design design = design(example.substring(0, example.length() - DUPLICATING.length()));
            return design.withLinks(design.links().stream()
                    .map(l -> l.withNetwork(l.network().withDuplication(0.2)))
                    .toList());
        }
        return TestDesigns.example(example + ".dsw.json");
    }

    /** When each copy of {@code msg} ended (received or dropped), in order. */
    static List<Integer> ends(Trace trace, int msg) {
        List<Integer> ends = new ArrayList<>();
        for (int seq = trace.sendSeq(msg) + 1; seq < trace.size(); seq++) {
            EventType type = trace.type(seq);
            if ((type == EventType.RECEIVE || type == EventType.DROP) && trace.message(seq) == msg) {
                ends.add(seq);
                if (ends.size() == trace.messageCopies(msg)) {
                    break;
                }
            }
        }
        return ends;
    }
}
