package dsw.simulation.check;

import java.util.List;
import java.util.Optional;

/**
 * A sequential data type that a history is checked against: its initial state, the state an
 * operation moves it to, and how to split a history into independent parts (P-compositionality).
 * States must have value equality and hash codes; they may be {@code null}. Implementations are
 * immutable and thread-safe.
 */
public interface Model {
    /** Returned by {@link #step} when an operation cannot happen in a state. */
    Object IMPOSSIBLE = new Object() {
        @Override
        public String toString() {
            return "impossible";
        }
    };

    /** The name used on the command line, such as {@code cas-register}. */
    String name();

    /** The state before any operation. */
    Object initial();

    /** Why this model cannot run {@code op} (an unknown function, a malformed value), if it cannot. */
    Optional<String> problem(Operation op);

    /** True when {@code op} neither depends on nor changes the state (an unconstrained read), so it can be left out. */
    boolean unconstrained(Operation op);

    /**
     * True when {@code op} never changes the state: in every state, {@link #step} returns that state
     * or {@link #IMPOSSIBLE}. The search places such operations as soon as they fit. False by default.
     */
    default boolean readOnly(Operation op) {
        return false;
    }

    /**
     * False only when no order of any of {@code writes}, run from {@code state}, can leave a state
     * that the read-only {@code read} fits. The search uses it to stop trying orders of pending
     * writes that cannot satisfy a read that is returning. True (unsure) by default.
     */
    default boolean canReach(Object state, Operation read, List<Operation> writes) {
        return true;
    }

    /** The state after {@code op} runs in {@code state}, or {@link #IMPOSSIBLE}. */
    Object step(Object state, Operation op);

    /** Independent parts of {@code operations} that can be checked one by one; one part by default. */
    default List<List<Operation>> partition(List<Operation> operations) {
        return List.of(operations);
    }

    /** The operation in words, such as "read of x returned 1" or "write of 2". */
    String describe(Operation op);

    /** The state as a clause, such as "the register held 0" or "the lock was held". */
    default String describeState(Object state) {
        return "the " + name() + " held " + Values.show(state);
    }
}
