package dsw.model.analysis;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.kind.Behavior;
import dsw.model.scenario.Fault;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.Multigraph;

/**
 * The topology of a design as a graph, with the questions the design lint asks of it: what the
 * clients reach, what nobody reaches, and which single component or link a client depends on.
 * Requests travel a {@link LinkDirection#FORWARD} link from {@code from} to {@code to} and a
 * {@link LinkDirection#BOTH} link either way. Every client counts as reaching itself.
 *
 * <p>Built once per design with everything but partitions worked out up front. Immutable and
 * thread-safe: the JGraphT graphs it uses never leave the method that built them. All sets list
 * ids in design order.
 */
public final class TopologyGraph {
    private final Design design;
    private final List<String> componentIds;
    private final Map<String, Integer> componentIndex;
    private final List<LinkEdge> hops;
    /** For each hop, the position of its link in the design. */
    private final int[] hopLink;
    /** Components are nodes 0..n-1, hop i is node n+i between its two ends. */
    private final int[][] successors;

    private final int[][] predecessors;
    private final Set<String> clients;
    private final Map<String, Set<String>> reachableByClient;
    private final Set<String> reachableFromClients;
    private final Set<String> unreachableFromClients;
    private final Set<String> isolated;
    private final Set<String> articulationPoints;
    private final Set<String> bridges;
    private final Map<String, List<Cut>> singlePointsOfFailure;
    private final Map<String, List<Cut>> soleLinks;

    private TopologyGraph(Design design) {
        this.design = design;
        this.componentIds = design.components().stream().map(Component::id).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < componentIds.size(); i++) {
            index.put(componentIds.get(i), i);
        }
        this.componentIndex = Collections.unmodifiableMap(index);
        this.hops = hopsOf(design.links());
        this.hopLink = linkPositions(design.links(), hops);
        int n = componentIds.size();
        this.successors = new int[n + hops.size()][];
        this.predecessors = new int[n + hops.size()][];
        wire();

        this.clients = Ordered.copyOf(design.components().stream()
                .filter(c -> c.kind().behavior() == Behavior.CLIENT)
                .map(Component::id)
                .toList());
        Map<String, Set<String>> byClient = new LinkedHashMap<>();
        Map<String, List<Cut>> spofs = new HashMap<>();
        Map<String, List<Cut>> links = new HashMap<>();
        BitSet reached = new BitSet(n);
        for (String client : clients) {
            BitSet fromClient = reach(componentIndex.get(client), null);
            byClient.put(client, idsOf(fromClient));
            reached.or(fromClient);
            analyseFailures(componentIndex.get(client), spofs, links);
        }
        this.reachableByClient = Collections.unmodifiableMap(byClient);
        this.singlePointsOfFailure = Collections.unmodifiableMap(spofs);
        this.soleLinks = Collections.unmodifiableMap(links);
        this.reachableFromClients = idsOf(reached);
        BitSet unreached = new BitSet(n);
        unreached.set(0, n);
        unreached.andNot(reached);
        clients.forEach(c -> unreached.clear(componentIndex.get(c)));
        this.unreachableFromClients = idsOf(unreached);

        Graph<String, LinkEdge> undirected = undirected(design);
        this.isolated = Ordered.copyOf(
                componentIds.stream().filter(id -> undirected.degreeOf(id) == 0).toList());
        BiconnectivityInspector<String, LinkEdge> biconnectivity = new BiconnectivityInspector<>(undirected);
        Set<String> cutpoints = biconnectivity.getCutpoints();
        this.articulationPoints =
                Ordered.copyOf(componentIds.stream().filter(cutpoints::contains).toList());
        Set<String> bridgeIds =
                biconnectivity.getBridges().stream().map(LinkEdge::link).collect(Collectors.toSet());
        this.bridges = Ordered.copyOf(design.links().stream()
                .map(Link::id)
                .filter(bridgeIds::contains)
                .toList());
    }

    /** The graph of a design. */
    public static TopologyGraph of(Design design) {
        return new TopologyGraph(design);
    }

    public Design design() {
        return design;
    }

    /** The components that send traffic: those whose kind behaves as a client. */
    public Set<String> clients() {
        return clients;
    }

    /**
     * The components requests from this one can reach by following links, including itself.
     *
     * @throws IllegalArgumentException when the design has no such component
     */
    public Set<String> reachableFrom(String componentId) {
        Set<String> known = reachableByClient.get(componentId);
        return known != null ? known : idsOf(reach(indexOf(componentId), null));
    }

    /** The clients and every component at least one of them can reach. */
    public Set<String> reachableFromClients() {
        return reachableFromClients;
    }

    /** The components, other than clients, that no client can reach. */
    public Set<String> unreachableFromClients() {
        return unreachableFromClients;
    }

    /** The components without a single link. */
    public Set<String> isolated() {
        return isolated;
    }

    /**
     * The components whose removal splits the drawn topology, with links taken as undirected: the
     * articulation points.
     */
    public Set<String> articulationPoints() {
        return articulationPoints;
    }

    /** The ids of the links whose removal splits the drawn topology, taken as undirected. */
    public Set<String> bridges() {
        return bridges;
    }

    /**
     * The components with one replica whose failure cuts the client off from others it reaches: they
     * lie on every path from the client to those. In design order.
     *
     * @throws IllegalArgumentException when the id is not a client of the design
     */
    public List<Cut> singlePointsOfFailure(String clientId) {
        requireClient(clientId);
        return singlePointsOfFailure.getOrDefault(clientId, List.of());
    }

    /**
     * The links that are the only way the client reaches some components: every path from the
     * client to those uses the link. In design order.
     *
     * @throws IllegalArgumentException when the id is not a client of the design
     */
    public List<Cut> soleLinks(String clientId) {
        requireClient(clientId);
        return soleLinks.getOrDefault(clientId, List.of());
    }

    /**
     * How the network falls apart while the partition lasts.
     *
     * @throws IllegalArgumentException when a side names no component or group of the design
     */
    public PartitionView under(Fault.Partition partition) {
        return new PartitionView(this, partition);
    }

    List<LinkEdge> hops() {
        return hops;
    }

    List<String> componentIds() {
        return componentIds;
    }

    int indexOf(String componentId) {
        Integer i = componentIndex.get(componentId);
        if (i == null) {
            throw new IllegalArgumentException("no component \"" + componentId + "\" in " + design.name());
        }
        return i;
    }

    /** Breadth-first over the hops allowed by {@code usable} (all when null). */
    BitSet reach(int start, boolean[] usable) {
        int n = componentIds.size();
        BitSet seen = new BitSet(n);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        seen.set(start);
        queue[tail++] = start;
        while (head < tail) {
            int at = queue[head++];
            for (int hop : successors[at]) {
                if (usable == null || usable[hop - n]) {
                    int next = successors[hop][0];
                    if (!seen.get(next)) {
                        seen.set(next);
                        queue[tail++] = next;
                    }
                }
            }
        }
        return seen;
    }

    Set<String> idsOf(BitSet components) {
        return Ordered.copyOf(components.stream().mapToObj(componentIds::get).toList());
    }

    private void requireClient(String clientId) {
        if (!clients.contains(clientId)) {
            throw new IllegalArgumentException("\"" + clientId + "\" is not a client in " + design.name());
        }
    }

    private static List<LinkEdge> hopsOf(List<Link> links) {
        List<LinkEdge> hops = new ArrayList<>();
        for (Link l : links) {
            hops.add(new LinkEdge(l.id(), l.from(), l.to(), l.mode()));
            if (l.direction() == LinkDirection.BOTH) {
                hops.add(new LinkEdge(l.id(), l.to(), l.from(), l.mode()));
            }
        }
        return List.copyOf(hops);
    }

    private void wire() {
        int n = componentIds.size();
        List<List<Integer>> out = new ArrayList<>();
        List<List<Integer>> in = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (int h = 0; h < hops.size(); h++) {
            int from = componentIndex.get(hops.get(h).from());
            int to = componentIndex.get(hops.get(h).to());
            out.get(from).add(n + h);
            in.get(to).add(n + h);
            successors[n + h] = new int[] {to};
            predecessors[n + h] = new int[] {from};
        }
        for (int i = 0; i < n; i++) {
            successors[i] = out.get(i).stream().mapToInt(Integer::intValue).toArray();
            predecessors[i] = in.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Walks the dominator tree of one client: every node on the way from a reached component up to
     * the client lies on all paths to that component.
     */
    private void analyseFailures(int client, Map<String, List<Cut>> spofs, Map<String, List<Cut>> links) {
        int n = componentIds.size();
        int[] idom = Dominators.immediate(client, successors, predecessors);
        Map<Integer, BitSet> componentCuts = new TreeMap<>();
        Map<Integer, BitSet> linkCuts = new TreeMap<>();
        for (int target = 0; target < n; target++) {
            if (target == client || idom[target] == Dominators.UNREACHABLE) {
                continue;
            }
            for (int node = idom[target]; node != client; node = idom[node]) {
                if (node >= n) {
                    linkCuts.computeIfAbsent(hopLink[node - n], k -> new BitSet(n))
                            .set(target);
                } else if (design.components().get(node).replicas() == 1) {
                    componentCuts.computeIfAbsent(node, k -> new BitSet(n)).set(target);
                }
            }
        }
        String clientId = componentIds.get(client);
        spofs.put(clientId, cuts(componentCuts, componentIds::get));
        links.put(clientId, cuts(linkCuts, i -> design.links().get(i).id()));
    }

    /** Both hops of a two-way link map to the same link, so a cut names the link once. */
    private static int[] linkPositions(List<Link> links, List<LinkEdge> hops) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            position.put(links.get(i).id(), i);
        }
        return hops.stream().mapToInt(h -> position.get(h.link())).toArray();
    }

    private List<Cut> cuts(Map<Integer, BitSet> byCause, IntFunction<String> idOf) {
        List<Cut> cuts = new ArrayList<>();
        byCause.forEach((cause, targets) -> cuts.add(new Cut(idOf.apply(cause), idsOf(targets))));
        return List.copyOf(cuts);
    }

    private static Graph<String, LinkEdge> undirected(Design design) {
        Graph<String, LinkEdge> graph = new Multigraph<>(null, null, false);
        design.components().forEach(c -> graph.addVertex(c.id()));
        for (Link l : design.links()) {
            graph.addEdge(l.from(), l.to(), new LinkEdge(l.id(), l.from(), l.to(), l.mode()));
        }
        return graph;
    }
}
