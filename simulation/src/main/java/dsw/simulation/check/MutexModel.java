package dsw.simulation.check;

import java.util.Optional;

/** A lock with {@code acquire} and {@code release}; it starts free. State: {@code Boolean.TRUE} when held. Immutable. */
public record MutexModel() implements Model {
    @Override
    public String name() {
        return "mutex";
    }

    @Override
    public Object initial() {
        return Boolean.FALSE;
    }

    @Override
    public Optional<String> problem(Operation op) {
        return op.function().equals("acquire") || op.function().equals("release")
                ? Optional.empty()
                : Optional.of("mutex has acquire and release, not " + op.function());
    }

    @Override
    public boolean unconstrained(Operation op) {
        return false;
    }

    @Override
    public Object step(Object state, Operation op) {
        boolean acquire = op.function().equals("acquire");
        return state.equals(acquire) ? IMPOSSIBLE : Boolean.valueOf(acquire);
    }

    @Override
    public String describe(Operation op) {
        return op.function();
    }

    @Override
    public String describeState(Object state) {
        return Boolean.TRUE.equals(state) ? "the lock was held" : "the lock was free";
    }
}
