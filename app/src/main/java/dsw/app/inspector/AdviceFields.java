package dsw.app.inspector;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.pattern.ConsistencyAdvice;
import dsw.model.pattern.Replication;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The advice under a data component's promise in the property sheet: each reason its replication
 * settings cannot keep the promise, as a warning, and each set of settings that can, with a button
 * that applies it as one undoable edit. Nothing when the settings keep the promise. Thread-safe
 * (stateless).
 */
final class AdviceFields {
    private AdviceFields() {}

    static List<FieldSpec> of(Component c) {
        ConsistencyAdvice.Advice advice = ConsistencyAdvice.of(
                c.name(),
                c.kind().behavior(),
                c.replicas(),
                c.patterns().replication(),
                c.patterns().consistency());
        List<FieldSpec> out = new ArrayList<>();
        for (int i = 0; i < advice.warnings().size(); i++) {
            ConsistencyAdvice.Warning warning = advice.warnings().get(i);
            out.add(advice(
                            PropertyIds.consistencyWarning(i),
                            "Warning",
                            FieldKind.WARNING,
                            Wording.sentence(warning.reason()))
                    .withDescription(warning.sentence()));
        }
        String id = c.id();
        for (int i = 0; i < advice.suggestions().size(); i++) {
            ConsistencyAdvice.Suggestion s = advice.suggestions().get(i);
            out.add(advice(
                            PropertyIds.consistencySuggestion(i),
                            "Apply",
                            FieldKind.ACTION,
                            "Keeps it: " + s.summary() + ".")
                    .withDescription("Replace the replication settings of " + c.name() + " with these.")
                    .withEdit((d, t) -> apply(d, id, s.replication())));
        }
        return out;
    }

    private static FieldSpec advice(String id, String label, FieldKind kind, String text) {
        return FieldSpec.editable(ReplicationFields.SECTION, id, label, kind, text, null)
                .withGroup(PropertyIds.CONSISTENCY);
    }

    private static Optional<dsw.model.edit.Command> apply(Design design, String id, Replication replication) {
        Component c = design.requireComponent(id);
        if (replication.equals(c.patterns().replication())) {
            return Optional.empty();
        }
        return Optional.of(ReplicationFields.setReplication(
                design,
                c,
                replication,
                "Set replication of " + c.name() + " to " + ConsistencyAdvice.describe(replication, c.replicas())));
    }
}
