package dsw.diagrams.state;

import dsw.diagrams.plantuml.PumlText;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link StateMachine} drawn as a PlantUML state diagram: its states and transitions, the
 * current state highlighted, and transitions seen in a run drawn bold with how often they were
 * taken and listed in order in a legend. Every text goes through {@link PumlText}; the layout is
 * smetana, so no Graphviz is needed. The same input gives the same text. Immutable, thread-safe.
 */
public final class StateDiagram {
    /** Observed transitions listed in the legend at most; the legend says how many more there were. */
    public static final int MAX_LISTED = 12;

    private static final String HIGHLIGHT = "#E67E22";

    private final StateMachine machine;
    private final String current;
    private final List<ObservedTransition> observed;

    private StateDiagram(StateMachine machine, String current, List<ObservedTransition> observed) {
        this.machine = machine;
        this.current = current;
        this.observed = List.copyOf(observed);
    }

    /** The machine alone, with no current state and nothing observed. */
    public static StateDiagram of(StateMachine machine) {
        return new StateDiagram(Objects.requireNonNull(machine, "machine"), null, List.of());
    }

    /**
     * The same diagram with {@code stateId} highlighted as the current state; null for none.
     *
     * @throws IllegalArgumentException when the machine has no such state
     */
    public StateDiagram withCurrent(String stateId) {
        if (stateId != null) {
            machine.require(stateId);
        }
        return new StateDiagram(machine, stateId, observed);
    }

    /**
     * The same diagram with transitions seen in a run, in the order they happened. Without an
     * explicit current state, the last one's target is the current state. A transition the machine
     * does not have is drawn dashed, so a surprise shows rather than disappears.
     *
     * @throws IllegalArgumentException when a transition names a state the machine does not have
     */
    public StateDiagram withObserved(List<ObservedTransition> transitions) {
        for (ObservedTransition t : transitions) {
            machine.require(t.from());
            machine.require(t.to());
        }
        return new StateDiagram(machine, current, transitions);
    }

    /** The state highlighted: the one set, else the last observed transition's target, else null. */
    public String current() {
        if (current != null || observed.isEmpty()) {
            return current;
        }
        return observed.get(observed.size() - 1).to();
    }

    /** The PlantUML source, from {@code @startuml} to {@code @enduml} and a final line break. */
    public String puml() {
        StringBuilder out = new StringBuilder(1024);
        PumlText.Aliases aliases = new PumlText.Aliases();
        Map<String, String> alias = new HashMap<>();
        for (StateMachine.State s : machine.states()) {
            alias.put(s.id(), aliases.of(s.id()));
        }
        String now = current();
        out.append("@startuml\n");
        out.append("' dsw state diagram of \"")
                .append(PumlText.comment(machine.name()))
                .append("\"\n");
        out.append("!pragma layout smetana\n");
        out.append("title ").append(PumlText.escape(machine.name()));
        if (now != null) {
            out.append("\\n<size:11>current state: ")
                    .append(PumlText.escape(machine.require(now).label()))
                    .append("</size>");
        }
        out.append('\n');
        out.append("skinparam shadowing false\n");
        out.append("hide empty description\n");
        for (StateMachine.State s : machine.states()) {
            out.append("state ")
                    .append(PumlText.quoted(s.label()))
                    .append(" as ")
                    .append(alias.get(s.id()));
            if (s.id().equals(now)) {
                out.append(" #FFE0B2;line:").append(HIGHLIGHT.substring(1)).append(";line.bold");
            }
            if (!s.description().isEmpty()) {
                out.append(" : ").append(PumlText.escape(s.description()));
            }
            out.append('\n');
        }
        if (machine.initial() != null) {
            out.append("[*] --> ").append(alias.get(machine.initial())).append('\n');
        }
        Map<List<String>, Integer> seen = new LinkedHashMap<>();
        for (ObservedTransition t : observed) {
            seen.merge(List.of(t.from(), t.to()), 1, Integer::sum);
        }
        for (StateMachine.Transition t : machine.transitions()) {
            Integer times = seen.remove(List.of(t.from(), t.to()));
            out.append(alias.get(t.from()))
                    .append(times == null ? " --> " : " -[" + HIGHLIGHT + ",bold]-> ")
                    .append(alias.get(t.to()));
            String label = PumlText.escape(t.label());
            if (times != null) {
                label += (label.isEmpty() ? "" : "\\n") + "<b>seen " + times + "×</b>";
            }
            if (!label.isEmpty()) {
                out.append(" : ").append(label);
            }
            out.append('\n');
        }
        // what was seen but the machine does not allow
        for (Map.Entry<List<String>, Integer> e : seen.entrySet()) {
            out.append(alias.get(e.getKey().get(0)))
                    .append(" -[" + HIGHLIGHT + ",dashed]-> ")
                    .append(alias.get(e.getKey().get(1)))
                    .append(" : <b>seen ")
                    .append(e.getValue())
                    .append("×, not a transition of this machine</b>\n");
        }
        if (!observed.isEmpty()) {
            writeLegend(out);
        }
        out.append("@enduml\n");
        return out.toString();
    }

    private void writeLegend(StringBuilder out) {
        out.append("legend right\n");
        out.append("observed transitions:\n");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < observed.size() && i < MAX_LISTED; i++) {
            ObservedTransition t = observed.get(i);
            StringBuilder line = new StringBuilder();
            line.append(i + 1).append(". ");
            if (t.at() >= 0) {
                line.append(Micros.humanize(t.at())).append(' ');
            }
            line.append(PumlText.escape(machine.require(t.from()).label()))
                    .append(" → ")
                    .append(PumlText.escape(machine.require(t.to()).label()));
            if (!t.cause().isEmpty()) {
                line.append(": ").append(PumlText.escape(t.cause()));
            }
            lines.add(line.toString());
        }
        if (observed.size() > MAX_LISTED) {
            lines.add("… and " + (observed.size() - MAX_LISTED) + " more");
        }
        lines.forEach(l -> out.append(l).append('\n'));
        out.append("endlegend\n");
    }
}
