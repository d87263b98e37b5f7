package dsw.model.analysis;

import dsw.model.Component;
import dsw.model.Link;
import dsw.model.PropertyKeys;
import dsw.model.Severity;
import dsw.model.kind.Behavior;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lint's findings about what a single failure does to the clients: one finding per single
 * point of failure and per sole link, however many clients and components it affects.
 * Thread-safe (stateless).
 */
final class FailureFindings {
    private FailureFindings() {}

    /** Single points of failure, then one-replica components, then sole links, each in design order. */
    static List<Finding> of(TopologyGraph graph, Wording words) {
        List<Finding> findings = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        Map<String, Map<String, Set<String>>> byComponent = new HashMap<>();
        for (String client : graph.clients()) {
            for (Cut cut : graph.singlePointsOfFailure(client)) {
                byComponent
                        .computeIfAbsent(cut.id(), k -> new LinkedHashMap<>())
                        .put(client, cut.cutOff());
            }
        }
        for (Component c : graph.design().components()) {
            Map<String, Set<String>> lost = byComponent.get(c.id());
            if (lost != null) {
                covered.add(c.id());
                findings.add(new Finding(
                        Severity.WARNING,
                        DesignLint.SINGLE_POINT_OF_FAILURE,
                        words.component(c.id()) + (hasReplicaCount(c) ? " has one replica" : " is a single instance")
                                + " and every request " + words.fromTo(lost) + " passes through it.",
                        Wording.ids(c.id(), lost)));
            }
        }
        singleReplicas(graph, words, covered).ifPresent(findings::add);
        findings.addAll(singleLinks(graph, words, covered));
        return findings;
    }

    /**
     * One note for all one-replica components clients use that cut nobody off from anything else:
     * while one is down, only the requests that need it fail. Adds them to {@code covered}.
     */
    private static Optional<Finding> singleReplicas(TopologyGraph graph, Wording words, Set<String> covered) {
        List<String> single = graph.design().components().stream()
                .filter(c -> c.replicas() == 1 && hasReplicaCount(c))
                .filter(c -> c.kind().behavior() != Behavior.CLIENT)
                .map(Component::id)
                .filter(id -> graph.reachableFromClients().contains(id) && !covered.contains(id))
                .toList();
        if (single.isEmpty()) {
            return Optional.empty();
        }
        covered.addAll(single);
        return Optional.of(new Finding(
                Severity.INFO,
                DesignLint.SINGLE_REPLICA,
                words.components(single)
                        + (single.size() == 1
                                ? " has one replica, so while it is down the requests that need it fail."
                                : " have one replica each, so while one is down the requests that need it fail."),
                single));
    }

    /**
     * One finding per link that is the only way some client reaches some components. A link into a
     * component already covered is left out: the finding about the component names the same loss.
     */
    private static List<Finding> singleLinks(TopologyGraph graph, Wording words, Set<String> covered) {
        Map<String, Map<String, Set<String>>> byLink = new HashMap<>();
        for (String client : graph.clients()) {
            for (Cut cut : graph.soleLinks(client)) {
                Link link = graph.design().link(cut.id()).orElseThrow();
                // the end the client crosses the link towards is cut off with everything behind it
                String far = cut.cutOff().contains(link.to()) ? link.to() : link.from();
                if (!covered.contains(far)) {
                    byLink.computeIfAbsent(cut.id(), k -> new LinkedHashMap<>()).put(client, cut.cutOff());
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Link link : graph.design().links()) {
            Map<String, Set<String>> lost = byLink.get(link.id());
            if (lost != null) {
                String text = words.link(link.id());
                findings.add(new Finding(
                        Severity.INFO,
                        DesignLint.SINGLE_LINK,
                        Character.toUpperCase(text.charAt(0)) + text.substring(1) + " is the only way "
                                + words.fromTo(lost)
                                + "; as drawn links are logical, this matters if the network under it has one route.",
                        Wording.ids(link.id(), lost)));
            }
        }
        return findings;
    }

    /** False for kinds such as external systems, whose instances the design does not choose. */
    private static boolean hasReplicaCount(Component c) {
        return c.kind().property(PropertyKeys.REPLICAS).isPresent();
    }
}
