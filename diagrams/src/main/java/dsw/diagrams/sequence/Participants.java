package dsw.diagrams.sequence;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.kind.Behavior;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.TraceHeader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a sequence diagram names and draws each process of a trace: the component's name (with the
 * instance number when it runs several), the PlantUML participant type for its kind and the kind
 * as stereotype. Unescaped text; the writer escapes it. Immutable, thread-safe.
 */
final class Participants {
    private final List<ProcessInfo> processes;
    private final String[] names;
    private final String[] elements;
    private final String[] stereotypes;

    private Participants(List<ProcessInfo> processes, String[] names, String[] elements, String[] stereotypes) {
        this.processes = processes;
        this.names = names;
        this.elements = elements;
        this.stereotypes = stereotypes;
    }

    /**
     * @param design the design the trace is a run of, for the components' names; null to name
     *     processes by their component ids
     */
    static Participants of(TraceHeader header, Design design) {
        List<ProcessInfo> processes = header.processes();
        Map<String, Integer> instances = new HashMap<>();
        for (ProcessInfo p : processes) {
            instances.merge(p.component(), 1, Integer::sum);
        }
        int n = processes.size();
        String[] names = new String[n];
        String[] elements = new String[n];
        String[] stereotypes = new String[n];
        KindCatalog kinds = KindCatalog.standard();
        for (int i = 0; i < n; i++) {
            ProcessInfo p = processes.get(i);
            String name = p.component();
            if (design != null) {
                name = design.component(p.component()).map(Component::name).orElse(name);
            }
            if (instances.get(p.component()) > 1 || p.instance() > 1) {
                name = name + " #" + p.instance();
            }
            names[i] = name;
            Optional<ComponentKind> kind = kinds.find(p.kind());
            elements[i] = kind.map(Participants::element).orElse("participant");
            stereotypes[i] = kind.map(ComponentKind::name).orElse(p.kind());
        }
        return new Participants(processes, names, elements, stereotypes);
    }

    /** The participant type that draws a kind: clients as actors, stores as databases, queues as queues. */
    private static String element(ComponentKind kind) {
        if (kind.behavior() == Behavior.CLIENT) {
            return "actor";
        }
        if (kind.behavior() == Behavior.QUEUE) {
            return "queue";
        }
        if (kind.behavior() == Behavior.DATABASE || kind.behavior() == Behavior.CACHE) {
            return "database";
        }
        return "participant";
    }

    int size() {
        return processes.size();
    }

    /** The PlantUML alias: {@code p} and the process number, safe whatever the process's id. */
    static String alias(int process) {
        return "p" + process;
    }

    /** Such as {@code Web tier #2}. */
    String name(int process) {
        return names[process];
    }

    /** {@code actor}, {@code database}, {@code queue} or {@code participant}. */
    String element(int process) {
        return elements[process];
    }

    /** The kind's name, such as {@code Load balancer}. */
    String stereotype(int process) {
        return stereotypes[process];
    }

    /** The process id in the trace, such as {@code web#2}. */
    String id(int process) {
        return processes.get(process).id();
    }
}
