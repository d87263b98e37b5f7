package dsw.simulation.check;

import java.util.List;
import java.util.Optional;

/**
 * A single register with {@code read} and {@code write}, and with {@code cas [expected new]} when
 * it is a compare-and-set register. Reads that return nil are unconstrained. Immutable.
 */
public record RegisterModel(boolean compareAndSet, Object initial) implements Model {
    @Override
    public String name() {
        return compareAndSet ? "cas-register" : "register";
    }

    @Override
    public String describeState(Object state) {
        return "the register held " + Values.show(state);
    }

    @Override
    public Optional<String> problem(Operation op) {
        return switch (op.function()) {
            case "read", "write" -> Optional.empty();
            case "cas" -> !compareAndSet
                    ? Optional.of("cas needs the cas-register model")
                    : Values.tuple(op.argument(), 2) == null
                            ? Optional.of("cas needs a value [expected new], not " + Values.show(op.argument()))
                            : Optional.empty();
            default -> Optional.of(
                    name() + " has read, write" + (compareAndSet ? ", cas" : "") + ", not " + op.function());
        };
    }

    @Override
    public boolean unconstrained(Operation op) {
        return op.function().equals("read") && (op.completion() != Completion.OK || op.result() == null);
    }

    @Override
    public boolean readOnly(Operation op) {
        return op.function().equals("read");
    }

    @Override
    public Object step(Object state, Operation op) {
        return switch (op.function()) {
            case "read" -> Values.same(state, op.result()) ? state : IMPOSSIBLE;
            case "write" -> op.argument();
            default -> {
                List<?> cas = Values.tuple(op.argument(), 2);
                yield Values.same(state, cas.get(0)) ? cas.get(1) : IMPOSSIBLE;
            }
        };
    }

    @Override
    public String describe(Operation op) {
        return switch (op.function()) {
            case "read" -> "read returned " + Values.show(op.result());
            case "write" -> "write of " + Values.show(op.argument());
            default -> {
                List<?> cas = Values.tuple(op.argument(), 2);
                yield "cas from " + Values.show(cas.get(0)) + " to " + Values.show(cas.get(1));
            }
        };
    }
}
