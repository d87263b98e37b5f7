package dsw.simulation.check;

import java.util.Optional;

/**
 * A checker's answer: the verdict, the violation when there is one, and how much work it took
 * (the parts checked apart and the (operations, state) configurations visited). Immutable.
 */
public record CheckResult(Verdict verdict, Optional<Violation> violation, int parts, long configurations) {}
