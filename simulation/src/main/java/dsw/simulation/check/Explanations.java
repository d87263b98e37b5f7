package dsw.simulation.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the deepest point of a failed linearizability search into a sentence such as "read
 * returned 1 (process 3, line 17) after write of 2 (process 1, line 9) had completed", over the
 * small set of operations a {@link Shrinker} left. Stateless, thread-safe.
 */
final class Explanations {
    private Explanations() {}

    static Violation explain(Model model, List<Operation> core, LinearizabilitySearch.Deepest deepest) {
        Operation stuck = deepest.stuck();
        long concurrent = core.stream()
                .filter(op -> !op.equals(stuck) && !op.precedes(stuck) && !stuck.precedes(op))
                .count();
        String held = model.describeState(deepest.states().get(deepest.ordered().size()));
        String unexplained = concurrent == 0
                ? ", and no operation ran concurrently with it"
                : concurrent == 1
                        ? ", and the one operation concurrent with it does not explain the result"
                        : ", and none of the " + concurrent + " operations concurrent with it explains the result";
        String sentence = lastChangeBefore(deepest, stuck)
                .map(change -> model.describe(stuck) + " " + place(stuck) + " after " + model.describe(change) + " "
                        + place(change) + " had completed; " + held + unexplained)
                .orElse(model.describe(stuck) + " " + place(stuck) + " cannot "
                        + after((int) deepest.ordered().stream()
                                .filter(core::contains)
                                .count()) + " (" + held + ")"
                        + unexplained);
        return new Violation(core, sentence);
    }

    /** The last operation in the order that changed the state and completed before {@code stuck} began. */
    private static Optional<Operation> lastChangeBefore(LinearizabilitySearch.Deepest deepest, Operation stuck) {
        for (int i = deepest.ordered().size() - 1; i >= 0; i--) {
            Operation op = deepest.ordered().get(i);
            if (!Objects.equals(deepest.states().get(i), deepest.states().get(i + 1))) {
                return op.precedes(stuck) ? Optional.of(op) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "follow the 5 operations that can be ordered", or "come first" when none can. */
    private static String after(int ordered) {
        return switch (ordered) {
            case 0 -> "come first";
            case 1 -> "follow the one operation that can be ordered";
            default -> "follow the " + ordered + " operations that can be ordered";
        };
    }

    /** "(process 3, line 17)". */
    static String place(Operation op) {
        return "(" + op.who() + (op.line() > 0 ? ", line " + op.line() : "") + ")";
    }
}
