package dsw.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.kind.Behavior;
import dsw.model.scenario.Fault;
import dsw.model.scenario.ScheduledFault;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random designs checked against plain searches written here: what the graph says about reachability,
 * failures and partitions must match removing the part and searching again. jqwik prints the seed and
 * sizes of a failing case.
 */
class TopologyGraphPropertyTest {

    private static Design random(long seed, int components, int links) {
        return Designs.random(new Random(seed), components, links);
    }

    @Property(tries = 300)
    void reachabilityAgreesWithAPlainSearch(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int n, @ForAll @IntRange(max = 50) int m) {
        Design design = random(seed, n, m);
        TopologyGraph graph = TopologyGraph.of(design);

        Set<String> fromClients = new HashSet<>();
        for (Component c : design.components()) {
            Set<String> expected = search(design, c.id(), (link, hop) -> true);
            assertThat(graph.reachableFrom(c.id()))
                    .as("reachable from " + c.id())
                    .isEqualTo(expected);
            if (c.kind().behavior() == Behavior.CLIENT) {
                fromClients.addAll(expected);
            }
        }
        assertThat(graph.reachableFromClients()).isEqualTo(fromClients);
        assertThat(graph.unreachableFromClients())
                .isEqualTo(ids(
                        design, c -> !fromClients.contains(c.id()) && c.kind().behavior() != Behavior.CLIENT));
    }

    @Property(tries = 300)
    void singlePointsOfFailureAreTheOneReplicaComponentsWhoseLossCutsOffOthers(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int n, @ForAll @IntRange(max = 50) int m) {
        Design design = random(seed, n, m);
        TopologyGraph graph = TopologyGraph.of(design);

        for (String client : graph.clients()) {
            Set<String> before = search(design, client, (link, hop) -> true);
            Map<String, Set<String>> expected = new LinkedHashMap<>();
            for (Component c : design.components()) {
                if (c.id().equals(client) || c.replicas() != 1 || !before.contains(c.id())) {
                    continue;
                }
                Set<String> lost = new HashSet<>(before);
                lost.removeAll(search(design, client, (link, hop) -> !hop[1].equals(c.id())));
                lost.remove(c.id());
                if (!lost.isEmpty()) {
                    expected.put(c.id(), lost);
                }
            }
            assertThat(asMap(graph.singlePointsOfFailure(client)))
                    .as("cuts for " + client)
                    .isEqualTo(expected);
        }
    }

    @Property(tries = 300)
    void soleLinksAreTheLinksWhoseLossCutsSomethingOff(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int n, @ForAll @IntRange(max = 50) int m) {
        Design design = random(seed, n, m);
        TopologyGraph graph = TopologyGraph.of(design);

        for (String client : graph.clients()) {
            Set<String> before = search(design, client, (link, hop) -> true);
            Map<String, Set<String>> expected = new LinkedHashMap<>();
            for (Link l : design.links()) {
                Set<String> lost = new HashSet<>(before);
                lost.removeAll(search(design, client, (link, hop) -> !link.equals(l)));
                if (!lost.isEmpty()) {
                    expected.put(l.id(), lost);
                }
            }
            assertThat(asMap(graph.soleLinks(client)))
                    .as("sole links for " + client)
                    .isEqualTo(expected);
        }
    }

    @Property(tries = 300)
    void aPartitionDropsExactlyTheMessagesBetweenItsSides(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 25) int n, @ForAll @IntRange(max = 50) int m) {
        Design design = random(seed, n, m);
        TopologyGraph graph = TopologyGraph.of(design);

        for (ScheduledFault scheduled : design.scenario().faults()) {
            Fault.Partition p = (Fault.Partition) scheduled.fault();
            Set<String> a = side(design, p.sideA());
            Set<String> b = side(design, p.sideB());
            BiPredicate<String, String> delivered = (from, to) ->
                    !(a.contains(from) && b.contains(to)) && (p.oneWay() || !(b.contains(from) && a.contains(to)));
            BiPredicate<Link, String[]> works = (link, hop) ->
                    delivered.test(hop[0], hop[1]) && (link.mode() == LinkMode.ASYNC || delivered.test(hop[1], hop[0]));

            PartitionView view = graph.under(p);

            assertThat(view.sideA()).isEqualTo(a);
            assertThat(view.sideB()).isEqualTo(b);
            for (Component c : design.components()) {
                Set<String> under = search(design, c.id(), works);
                assertThat(view.reachableFrom(c.id()))
                        .as("reachable from " + c.id())
                        .isEqualTo(under);
                Set<String> lost = new HashSet<>(search(design, c.id(), (link, hop) -> true));
                lost.removeAll(under);
                assertThat(view.cutOff(c.id())).isEqualTo(lost);
            }
            assertThat(new HashSet<>(view.parts())).isEqualTo(parts(design, works));
        }
    }

    @Property(tries = 300)
    void everyFindingNamesPartsOfTheDesignMostSevereFirstAndTheSameEveryTime(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int n, @ForAll @IntRange(max = 50) int m) {
        Design design = random(seed, n, m);
        Design copy = new Design(
                design.name(),
                design.description(),
                List.copyOf(design.components()),
                List.copyOf(design.links()),
                List.copyOf(design.groups()),
                design.scenario());

        List<Finding> findings = DesignLint.check(design);

        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ids()).allMatch(design::hasId).doesNotHaveDuplicates();
            assertThat(f.code()).matches("[a-z]+(-[a-z]+)*");
            assertThat(f.message()).isNotBlank().endsWith(".");
        });
        assertThat(findings).isSortedAccordingTo((x, y) -> x.severity().compareTo(y.severity()));
        assertThat(DesignLint.check(copy)).isEqualTo(findings);
    }

    @Property(tries = 300)
    void theUnreachableFindingListsWhatNoClientSearchFinds(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int n, @ForAll @IntRange(max = 50) int m) {
        Design design = random(seed, n, m);
        Set<String> reached = new HashSet<>();
        boolean anyClient = false;
        for (Component c : design.components()) {
            if (c.kind().behavior() == Behavior.CLIENT) {
                anyClient = true;
                reached.addAll(search(design, c.id(), (link, hop) -> true));
            }
        }
        Set<String> expected = ids(
                design,
                c -> anyClient(design)
                        && !reached.contains(c.id())
                        && c.kind().behavior() != Behavior.CLIENT
                        && !design.linksOf(c.id()).isEmpty());

        Set<String> reported = new HashSet<>();
        DesignLint.check(design).stream()
                .filter(f -> f.code().equals(DesignLint.UNREACHABLE))
                .forEach(f -> reported.addAll(f.ids()));

        assertThat(reported).isEqualTo(expected);
        assertThat(anyClient || reported.isEmpty()).isTrue();
    }

    private static boolean anyClient(Design design) {
        return design.components().stream().anyMatch(c -> c.kind().behavior() == Behavior.CLIENT);
    }

    /** Breadth-first from {@code start} over the hops {@code allowed} accepts; hop = {from, to}. */
    private static Set<String> search(Design design, String start, BiPredicate<Link, String[]> allowed) {
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String at = todo.poll();
            for (Link link : design.links()) {
                List<String[]> hops = new ArrayList<>();
                hops.add(new String[] {link.from(), link.to()});
                if (link.direction() == LinkDirection.BOTH) {
                    hops.add(new String[] {link.to(), link.from()});
                }
                for (String[] hop : hops) {
                    if (hop[0].equals(at) && allowed.test(link, hop) && seen.add(hop[1])) {
                        todo.add(hop[1]);
                    }
                }
            }
        }
        return seen;
    }

    private static Set<Set<String>> parts(Design design, BiPredicate<Link, String[]> works) {
        Map<String, String> parent = new HashMap<>();
        design.components().forEach(c -> parent.put(c.id(), c.id()));
        for (Link link : design.links()) {
            boolean forward = works.test(link, new String[] {link.from(), link.to()});
            boolean backward =
                    link.direction() == LinkDirection.BOTH && works.test(link, new String[] {link.to(), link.from()});
            if (forward || backward) {
                parent.put(root(parent, link.from()), root(parent, link.to()));
            }
        }
        Map<String, Set<String>> byRoot = new HashMap<>();
        design.components().forEach(c -> byRoot.computeIfAbsent(root(parent, c.id()), k -> new HashSet<>())
                .add(c.id()));
        return new HashSet<>(byRoot.values());
    }

    private static String root(Map<String, String> parent, String id) {
        String at = id;
        while (!parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }

    private static Set<String> side(Design design, List<String> ids) {
        Set<String> side = new HashSet<>();
        for (String id : ids) {
            if (design.component(id).isPresent()) {
                side.add(id);
            } else {
                design.allMembersOf(id).forEach(c -> side.add(c.id()));
            }
        }
        return side;
    }

    private static Set<String> ids(Design design, java.util.function.Predicate<Component> which) {
        Set<String> ids = new HashSet<>();
        design.components().stream().filter(which).forEach(c -> ids.add(c.id()));
        return ids;
    }

    private static Map<String, Set<String>> asMap(List<Cut> cuts) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        cuts.forEach(c -> map.put(c.id(), c.cutOff()));
        return map;
    }
}
