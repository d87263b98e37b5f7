package dsw.simulation.check;

/**
 * One client operation of a history: who ran it, the function and its argument, how it ended and
 * with what result, and its span in the history's real-time order ({@code completedAt} is {@link
 * Long#MAX_VALUE} for an open operation). Immutable.
 *
 * @param index position among the history's operations, from 0
 * @param process the client or process that ran it
 * @param function the function, such as {@code read}, {@code write}, {@code cas}, {@code txn}
 * @param argument the value given at invocation (may be {@code null})
 * @param result the value at completion ({@code null} when unknown or none)
 * @param line the line of the source file where it was invoked, 0 when there is none
 */
public record Operation(
        int index,
        String process,
        String function,
        Object argument,
        Object result,
        Completion completion,
        long invokedAt,
        long completedAt,
        int line) {

    /** True when this one completed before {@code other} was invoked. */
    public boolean precedes(Operation other) {
        return completedAt < other.invokedAt;
    }

    /** "process 3" or "client c1", for sentences. */
    public String who() {
        return process.chars().allMatch(Character::isDigit) ? "process " + process : process;
    }
}
