package dsw.model.analysis;

import dsw.model.Severity;
import dsw.model.kind.Behavior;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The lint's findings about who sends traffic and what it reaches. Thread-safe (stateless). */
final class ReachFindings {
    private ReachFindings() {}

    /** No clients, isolated components and unreachable components, in that order. */
    static List<Finding> of(TopologyGraph graph, Wording words) {
        List<Finding> findings = new ArrayList<>();
        if (graph.clients().isEmpty()) {
            findings.add(noClients());
        }
        Set<String> isolated = graph.isolated();
        if (!isolated.isEmpty()) {
            findings.add(new Finding(
                    Severity.WARNING,
                    DesignLint.ISOLATED,
                    words.components(isolated)
                            + (isolated.size() == 1
                                    ? " has no links at all, so it takes no part in a run."
                                    : " have no links at all, so they take no part in a run."),
                    List.copyOf(isolated)));
        }
        // without clients everything is unreachable, which the first finding already says
        List<String> unreachable = graph.clients().isEmpty()
                ? List.of()
                : graph.unreachableFromClients().stream()
                        .filter(id -> !isolated.contains(id))
                        .toList();
        if (!unreachable.isEmpty()) {
            findings.add(new Finding(
                    Severity.WARNING,
                    DesignLint.UNREACHABLE,
                    "No client can reach " + words.components(unreachable)
                            + ": no chain of links, followed in the direction requests travel, leads to "
                            + (unreachable.size() == 1 ? "it" : "them") + " from a client.",
                    unreachable));
        }
        return findings;
    }

    private static Finding noClients() {
        List<String> kinds = KindCatalog.standard().withBehavior(Behavior.CLIENT).stream()
                .map(ComponentKind::name)
                .map(name -> name.toLowerCase(Locale.ROOT))
                .toList();
        return new Finding(
                Severity.WARNING,
                DesignLint.NO_CLIENTS,
                "The design has no client, so nothing will send requests: add a " + Wording.join(kinds, "or")
                        + " and link it to where requests come in.",
                List.of());
    }
}
