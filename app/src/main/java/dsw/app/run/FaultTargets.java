package dsw.app.run;

import dsw.app.canvas.DiagramLayout;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.scenario.Fault;
import dsw.model.scenario.ScheduledFault;
import dsw.model.trace.EventType;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the fault tools need to know about a run and a design: whether a component is up at the
 * moment shown, which partitions are in force, a fresh partition name, and which side of a drawn
 * line each component is on. Plain functions, thread-safe.
 */
public final class FaultTargets {
    private FaultTargets() {}

    /**
     * True when some instance of {@code component} is crashed after the first {@code shown} events:
     * its last crash or recover event says so.
     */
    public static boolean anyCrashed(Trace trace, int shown, String component) {
        List<ProcessInfo> processes = trace.header().processes();
        Set<Integer> mine = new HashSet<>();
        for (int p = 0; p < processes.size(); p++) {
            if (processes.get(p).component().equals(component)) {
                mine.add(p);
            }
        }
        Set<Integer> decided = new HashSet<>();
        for (int seq = shown - 1; seq >= 0 && decided.size() < mine.size(); seq--) {
            EventType type = trace.type(seq);
            if (type != EventType.CRASH && type != EventType.RECOVER) {
                continue;
            }
            int p = trace.process(seq);
            if (mine.contains(p) && decided.add(p) && type == EventType.CRASH) {
                return true;
            }
        }
        return false;
    }

    /** The names of the partitions the scenario has started and not healed by time {@code at}. */
    public static List<String> partitionsInForce(List<ScheduledFault> faults, long at) {
        List<String> names = new ArrayList<>();
        faults.stream()
                .filter(f -> f.at() <= at)
                .sorted(java.util.Comparator.comparingLong(ScheduledFault::at))
                .forEach(f -> {
                    if (f.fault() instanceof Fault.Partition p) {
                        names.remove(p.name());
                        names.add(p.name());
                    } else if (f.fault() instanceof Fault.Heal h) {
                        if (h.partition() == null) {
                            names.clear();
                        } else {
                            names.remove(h.partition());
                        }
                    }
                });
        return names;
    }

    /** A partition name the scenario does not use yet: p1, p2, ... */
    public static String freshPartitionName(List<ScheduledFault> faults) {
        Set<String> used = new HashSet<>();
        for (ScheduledFault f : faults) {
            if (f.fault() instanceof Fault.Partition p) {
                used.add(p.name());
            }
        }
        int n = 1;
        while (used.contains("p" + n)) {
            n++;
        }
        return "p" + n;
    }

    /** The component ids other than {@code ids}, in design order. */
    public static List<String> rest(Design design, java.util.Collection<String> ids) {
        return design.components().stream()
                .map(Component::id)
                .filter(id -> !ids.contains(id))
                .toList();
    }

    /** Which side of a line each component's centre is on. */
    public record Sides(List<String> left, List<String> right) {}

    /**
     * Splits the components by the line from (x1, y1) to (x2, y2) in canvas units, extended at
     * both ends: those whose box centre lies to the line's left (seen walking from the first point
     * to the second) and those to its right.
     */
    public static Sides split(DiagramLayout layout, double x1, double y1, double x2, double y2) {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (DiagramLayout.Box box : layout.boxes()) {
            double cross = (x2 - x1) * (box.bounds().centerY() - y1)
                    - (y2 - y1) * (box.bounds().centerX() - x1);
            if (cross < 0) {
                left.add(box.id());
            } else if (cross > 0) {
                right.add(box.id());
            }
        }
        return new Sides(left, right);
    }
}
