package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Status;
import java.util.List;

/**
 * A caller asks a registry for the live instances of a component, or (with {@code status} OK)
 * the registry's answer.
 *
 * @param component the component looked up
 * @param processes the answer: the process numbers of its registered instances, in order
 */
public record Lookup(String component, Status status, List<Integer> processes) implements Message {
    public Lookup {
        processes = List.copyOf(processes);
    }

    /** The question a caller sends. */
    public static Lookup of(String component) {
        return new Lookup(component, Status.NONE, List.of());
    }

    /** The registry's answer. */
    public Lookup answer(List<Integer> live) {
        return new Lookup(component, Status.OK, live);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.CONTROL;
    }

    @Override
    public int size() {
        return 48 + 8 * processes.size();
    }

    @Override
    public String label() {
        return status == Status.NONE
                ? "resolve " + component
                : component + ": " + processes.size() + (processes.size() == 1 ? " instance" : " instances");
    }
}
