package dsw.app.run;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import java.util.List;

/** Whether two designs give the same run: what the simulation reads, not where boxes are drawn. Thread-safe. */
final class RunInputs {
    private RunInputs() {}

    /**
     * True when {@code a} and {@code b} differ at most in names, link labels, positions, frame bounds and the
     * description: the simulation of one is the simulation of the other.
     */
    static boolean sameRun(Design a, Design b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a.equals(b)) {
            return true;
        }
        return a.scenario().equals(b.scenario())
                && a.links().stream()
                        .map(l -> l.withLabel(""))
                        .toList()
                        .equals(b.links().stream().map(l -> l.withLabel("")).toList())
                && strip(a.components()).equals(strip(b.components()))
                && frames(a.groups()).equals(frames(b.groups()));
    }

    private static List<Component> strip(List<Component> components) {
        return components.stream()
                .map(c -> c.withPosition(null).withName(c.id()))
                .toList();
    }

    private static List<Group> frames(List<Group> groups) {
        return groups.stream().map(g -> g.withBounds(null).withName(g.id())).toList();
    }
}
