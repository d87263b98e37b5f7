package dsw.simulation.check;

import java.util.Optional;

/**
 * A checker's answer: the verdict, the violation when there is one, how much work it took (the
 * parts checked apart and the configurations visited), and why the answer is unknown when the
 * checker could not decide for another reason than time (such as written values that are not
 * unique). Immutable.
 */
public record CheckResult(
        Verdict verdict, Optional<Violation> violation, int parts, long configurations, Optional<String> reason) {
    /** An answer with no reason attached. */
    public CheckResult(Verdict verdict, Optional<Violation> violation, int parts, long configurations) {
        this(verdict, violation, parts, configurations, Optional.empty());
    }

    /** "Unknown" because {@code reason}, with no work done. */
    static CheckResult undecided(String reason) {
        return new CheckResult(Verdict.UNKNOWN, Optional.empty(), 0, 0, Optional.of(reason));
    }
}
