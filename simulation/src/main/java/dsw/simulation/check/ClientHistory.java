package dsw.simulation.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations clients ran, in invocation order, wherever they were recorded (a simulation run or
 * a Jepsen file), with the model and initial value the source declares, if any. Immutable.
 */
public record ClientHistory(List<Operation> operations, Optional<String> model, Optional<Object> initial) {
    public ClientHistory {
        operations = List.copyOf(operations);
    }

    /** Operations with no declared model or initial value. */
    public ClientHistory(List<Operation> operations) {
        this(operations, Optional.empty(), Optional.empty());
    }

    /** This history with {@code model} and {@code initial} declared. */
    public ClientHistory declaring(Optional<String> model, Optional<Object> initial) {
        return new ClientHistory(operations, model, initial);
    }

    /** The functions used, such as {@code read} and {@code cas}, to guess a model from. */
    public Set<String> functions() {
        Set<String> functions = new TreeSet<>();
        operations.forEach(op -> functions.add(op.function()));
        return functions;
    }
}
