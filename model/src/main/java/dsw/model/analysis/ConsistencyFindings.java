package dsw.model.analysis;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Severity;
import dsw.model.pattern.ConsistencyAdvice;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings for data components whose replication settings cannot keep the consistency they
 * promise (see {@link ConsistencyAdvice}), in design order. Thread-safe (stateless).
 */
final class ConsistencyFindings {
    private ConsistencyFindings() {}

    static List<Finding> of(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Component c : design.components()) {
            for (ConsistencyAdvice.Warning warning : ConsistencyAdvice.of(
                            c.name(),
                            c.kind().behavior(),
                            c.replicas(),
                            c.patterns().replication(),
                            c.patterns().consistency())
                    .warnings()) {
                out.add(new Finding(Severity.WARNING, DesignLint.CONSISTENCY, warning.sentence(), List.of(c.id())));
            }
        }
        return out;
    }
}
