package dsw.model.analysis;

import dsw.model.Design;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.kind.Behavior;
import dsw.model.scenario.Fault;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final Network network;
    private final Set<String> clients;
    private final Map<String, Set<String>> reachableByClient;
    private final Set<String> reachableFromClients;
    private final Set<String> unreachableFromClients;
    private final Set<String> isolated;
    private volatile Biconnectivity biconnectivity;
    private final Map<String, FailureAnalysis.ClientCuts> cutsByClient;

    private TopologyGraph(Design design) {
        this.network = new Network(design);
        int n = network.size();
        BitSet clientSet = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (design.components().get(i).kind().behavior() == Behavior.CLIENT) {
                clientSet.set(i);
            }
        }
        this.clients = network.idsOf(clientSet);

        Map<String, Set<String>> byClient = new LinkedHashMap<>();
        Map<String, FailureAnalysis.ClientCuts> cuts = new HashMap<>();
        BitSet reached = new BitSet(n);
        clientSet.stream().forEach(client -> {
            BitSet fromClient = network.reach(client, null);
            reached.or(fromClient);
            byClient.put(network.id(client), network.idsOf(fromClient));
            cuts.put(network.id(client), FailureAnalysis.of(network, client));
        });
        this.reachableByClient = Collections.unmodifiableMap(byClient);
        this.cutsByClient = Collections.unmodifiableMap(cuts);
        this.reachableFromClients = network.idsOf(reached);
        BitSet unreached = new BitSet(n);
        unreached.set(0, n);
        unreached.andNot(reached);
        unreached.andNot(clientSet);
        this.unreachableFromClients = network.idsOf(unreached);

        BitSet lonely = new BitSet(n);
        lonely.set(0, n);
        for (Link link : design.links()) {
            lonely.clear(network.indexOf(link.from()));
            lonely.clear(network.indexOf(link.to()));
        }
        this.isolated = network.idsOf(lonely);
    }

    /**
     * Articulation points and bridges come from JGraphT's biconnectivity inspector, built on first
     * use: the lint, which runs on every edit, does not need them.
     */
    private record Biconnectivity(Set<String> articulationPoints, Set<String> bridges) {}

    private Biconnectivity biconnectivity() {
        Biconnectivity known = biconnectivity;
        if (known == null) {
            synchronized (this) {
                known = biconnectivity;
                if (known == null) {
                    known = inspect();
                    biconnectivity = known;
                }
            }
        }
        return known;
    }

    private Biconnectivity inspect() {
        Design design = network.design();
        BiconnectivityInspector<String, LinkEdge> inspector = new BiconnectivityInspector<>(undirected(design));
        BitSet cutpoints = new BitSet(network.size());
        inspector.getCutpoints().forEach(id -> cutpoints.set(network.indexOf(id)));
        Set<String> bridgeIds =
                inspector.getBridges().stream().map(LinkEdge::link).collect(Collectors.toSet());
        return new Biconnectivity(
                network.idsOf(cutpoints),
                Ordered.copyOf(design.links().stream()
                        .map(Link::id)
                        .filter(bridgeIds::contains)
                        .toList()));
    }

    /** The graph of a design. */
    public static TopologyGraph of(Design design) {
        return new TopologyGraph(design);
    }

    public Design design() {
        return network.design();
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
        return known != null ? known : network.idsOf(network.reach(network.indexOf(componentId), null));
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
        return biconnectivity().articulationPoints();
    }

    /** The ids of the links whose removal splits the drawn topology, taken as undirected. */
    public Set<String> bridges() {
        return biconnectivity().bridges();
    }

    /**
     * The components with one replica whose failure cuts the client off from others it reaches: they
     * lie on every path from the client to those. In design order.
     *
     * @throws IllegalArgumentException when the id is not a client of the design
     */
    public List<Cut> singlePointsOfFailure(String clientId) {
        return cutsOf(clientId).components();
    }

    /**
     * The links that are the only way the client reaches some components: every path from the
     * client to those uses the link. In design order.
     *
     * @throws IllegalArgumentException when the id is not a client of the design
     */
    public List<Cut> soleLinks(String clientId) {
        return cutsOf(clientId).links();
    }

    /**
     * How the network falls apart while the partition lasts.
     *
     * @throws IllegalArgumentException when a side names no component or group of the design
     */
    public PartitionView under(Fault.Partition partition) {
        return new PartitionView(network, partition);
    }

    private FailureAnalysis.ClientCuts cutsOf(String clientId) {
        FailureAnalysis.ClientCuts cuts = cutsByClient.get(clientId);
        if (cuts == null) {
            throw new IllegalArgumentException("\"" + clientId + "\" is not a client in " + design().name());
        }
        return cuts;
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
