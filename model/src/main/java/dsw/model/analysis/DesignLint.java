package dsw.model.analysis;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.PropertyKeys;
import dsw.model.Severity;
import dsw.model.kind.Behavior;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Fault;
import dsw.model.scenario.ScheduledFault;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a design for structural weaknesses: nothing sending traffic, parts no client reaches,
 * single points of failure, links a client depends on alone, partitions in the scenario that cut
 * clients off. Findings come most severe first, then in a fixed order of codes and in design order,
 * so the same design always gives the same list. Thread-safe (stateless).
 */
public final class DesignLint {
    /** The design has components but no client, so nothing sends requests. */
    public static final String NO_CLIENTS = "no-clients";
    /** Components without any link. */
    public static final String ISOLATED = "isolated";
    /** Components no client can reach by following links. */
    public static final String UNREACHABLE = "unreachable";
    /** A one-replica component that lies on every path from a client to other components. */
    public static final String SINGLE_POINT_OF_FAILURE = "single-point-of-failure";
    /** A partition scheduled in the scenario cuts clients off from components they reach. */
    public static final String PARTITION_CUTS = "partition-cuts";
    /** One-replica components clients use that are not single points of failure for others. */
    public static final String SINGLE_REPLICA = "single-replica";
    /** A link that is the only way a client reaches some components. */
    public static final String SINGLE_LINK = "single-link";

    private DesignLint() {}

    /** Every finding, most severe first, in a stable order. */
    public static List<Finding> check(Design design) {
        if (design.components().isEmpty()) {
            return List.of();
        }
        TopologyGraph graph = TopologyGraph.of(design);
        Wording words = new Wording(design);
        List<Finding> findings = new ArrayList<>();
        if (graph.clients().isEmpty()) {
            findings.add(noClients());
        }
        isolated(graph, words, findings);
        if (!graph.clients().isEmpty()) {
            unreachable(graph, words, findings);
            Set<String> spofs = singlePointsOfFailure(graph, words, findings);
            partitionCuts(graph, words, findings);
            Set<String> single = singleReplicas(graph, words, spofs, findings);
            single.addAll(spofs);
            singleLinks(graph, words, single, findings);
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(findings);
    }

    private static Finding noClients() {
        List<String> kinds = KindCatalog.standard().withBehavior(Behavior.CLIENT).stream()
                .map(ComponentKind::name)
                .map(name -> name.toLowerCase(Locale.ROOT))
                .toList();
        return new Finding(
                Severity.WARNING,
                NO_CLIENTS,
                "The design has no client, so nothing will send requests: add a "
                        + String.join(" or ", joinAllButLast(kinds))
                        + " and link it to where requests come in.",
                List.of());
    }

    private static List<String> joinAllButLast(List<String> items) {
        if (items.size() <= 2) {
            return items;
        }
        return List.of(String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    private static void isolated(TopologyGraph graph, Wording words, List<Finding> findings) {
        Set<String> isolated = graph.isolated();
        if (isolated.isEmpty()) {
            return;
        }
        boolean one = isolated.size() == 1;
        findings.add(new Finding(
                Severity.WARNING,
                ISOLATED,
                words.components(isolated)
                        + (one ? " has no links at all, so it takes" : " have no links at all, so they take")
                        + " no part in a run.",
                List.copyOf(isolated)));
    }

    private static void unreachable(TopologyGraph graph, Wording words, List<Finding> findings) {
        List<String> unreachable = graph.unreachableFromClients().stream()
                .filter(id -> !graph.isolated().contains(id))
                .toList();
        if (unreachable.isEmpty()) {
            return;
        }
        findings.add(new Finding(
                Severity.WARNING,
                UNREACHABLE,
                "No client can reach " + words.components(unreachable)
                        + ": no chain of links, followed in the direction requests travel, leads to "
                        + (unreachable.size() == 1 ? "it" : "them") + " from a client.",
                unreachable));
    }

    /** One finding per one-replica component, gathering every client and component it cuts. */
    private static Set<String> singlePointsOfFailure(TopologyGraph graph, Wording words, List<Finding> findings) {
        Map<String, Map<String, Set<String>>> byComponent = new HashMap<>();
        for (String client : graph.clients()) {
            for (Cut cut : graph.singlePointsOfFailure(client)) {
                byComponent
                        .computeIfAbsent(cut.id(), k -> new LinkedHashMap<>())
                        .put(client, cut.cutOff());
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Component c : graph.design().components()) {
            Map<String, Set<String>> lost = byComponent.get(c.id());
            if (lost != null) {
                reported.add(c.id());
                String single = c.kind().property(PropertyKeys.REPLICAS).isPresent()
                        ? " has one replica"
                        : " is a single instance";
                findings.add(new Finding(
                        Severity.WARNING,
                        SINGLE_POINT_OF_FAILURE,
                        words.component(c.id()) + single + " and every request " + words.fromTo(lost)
                                + " passes through it.",
                        ids(c.id(), lost)));
            }
        }
        return reported;
    }

    /** One finding per scheduled partition that leaves a client unable to reach something. */
    private static void partitionCuts(TopologyGraph graph, Wording words, List<Finding> findings) {
        for (ScheduledFault scheduled : graph.design().scenario().faults()) {
            if (!(scheduled.fault() instanceof Fault.Partition partition)) {
                continue;
            }
            PartitionView view = graph.under(partition);
            Map<String, Set<String>> lost = new LinkedHashMap<>();
            for (String client : graph.clients()) {
                Set<String> cut = view.cutOff(client);
                if (!cut.isEmpty()) {
                    lost.put(client, cut);
                }
            }
            if (!lost.isEmpty()) {
                findings.add(new Finding(
                        Severity.WARNING,
                        PARTITION_CUTS,
                        "While the " + (partition.oneWay() ? "one-way " : "") + "partition \"" + partition.name()
                                + "\" (from " + Micros.format(scheduled.at()) + ") lasts, no request "
                                + words.fromTo(lost) + " gets through.",
                        ids(null, lost)));
            }
        }
    }

    /**
     * One advice for all one-replica components clients use that cut nobody off from anything else:
     * while such a component is down, only the requests that need it fail.
     */
    private static Set<String> singleReplicas(
            TopologyGraph graph, Wording words, Set<String> spofs, List<Finding> findings) {
        List<String> single = graph.design().components().stream()
                .filter(c -> c.replicas() == 1)
                .filter(c -> c.kind().property(PropertyKeys.REPLICAS).isPresent())
                .filter(c -> c.kind().behavior() != Behavior.CLIENT)
                .map(Component::id)
                .filter(id -> graph.reachableFromClients().contains(id) && !spofs.contains(id))
                .toList();
        if (single.isEmpty()) {
            return new LinkedHashSet<>();
        }
        boolean one = single.size() == 1;
        findings.add(new Finding(
                Severity.INFO,
                SINGLE_REPLICA,
                words.components(single)
                        + (one
                                ? " has one replica, so while it is down the requests that need it fail."
                                : " have one replica each, so while one is down the requests that need it fail."),
                single));
        return new LinkedHashSet<>(single);
    }

    /**
     * One finding per link that is the only way some client reaches some components. A link that
     * leads to a one-replica component already reported is left out: the finding about the component
     * names the same loss.
     */
    private static void singleLinks(
            TopologyGraph graph, Wording words, Set<String> reportedComponents, List<Finding> findings) {
        Map<String, Map<String, Set<String>>> byLink = new HashMap<>();
        for (String client : graph.clients()) {
            for (Cut cut : graph.soleLinks(client)) {
                Link link = graph.design().link(cut.id()).orElseThrow();
                // the end a client crosses the link towards is cut off with everything behind it
                String far = cut.cutOff().contains(link.to()) ? link.to() : link.from();
                if (!reportedComponents.contains(far)) {
                    byLink.computeIfAbsent(cut.id(), k -> new LinkedHashMap<>()).put(client, cut.cutOff());
                }
            }
        }
        for (Link link : graph.design().links()) {
            Map<String, Set<String>> lost = byLink.get(link.id());
            if (lost != null) {
                String text = words.link(link.id());
                findings.add(new Finding(
                        Severity.INFO,
                        SINGLE_LINK,
                        Character.toUpperCase(text.charAt(0)) + text.substring(1) + " is the only way "
                                + words.fromTo(lost)
                                + "; as drawn links are logical, this matters if the network under it has one route.",
                        ids(link.id(), lost)));
            }
        }
    }

    /** The subject first, then the clients, then what they lose, each once. */
    private static List<String> ids(String subject, Map<String, Set<String>> lostByClient) {
        Set<String> ids = new LinkedHashSet<>();
        if (subject != null) {
            ids.add(subject);
        }
        ids.addAll(lostByClient.keySet());
        lostByClient.values().forEach(ids::addAll);
        return List.copyOf(ids);
    }
}
