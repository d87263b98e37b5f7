package dsw.model.analysis;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.LinkMode;
import dsw.model.scenario.Fault;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.Multigraph;

/**
 * The network while one partition lasts: which parts still talk among themselves and what each
 * component can still reach. Messages from side A to side B are dropped, and from B to A too unless
 * the partition is one-way. A hop on a synchronous link counts only when both the request and its
 * answer get through, since the caller waits for the answer; an asynchronous hop needs only the
 * request. Sides may name frames: every component inside the frame, nested frames included, is on
 * that side. Immutable and thread-safe; all sets list ids in design order.
 */
public final class PartitionView {
    private final Network network;
    private final Fault.Partition partition;
    private final BitSet sideA;
    private final BitSet sideB;
    private final boolean[] usable;
    private final List<Set<String>> parts;

    PartitionView(Network network, Fault.Partition partition) {
        this.network = network;
        this.partition = partition;
        this.sideA = side(network, partition.name(), partition.sideA());
        this.sideB = side(network, partition.name(), partition.sideB());
        List<LinkEdge> hops = network.hops();
        this.usable = new boolean[hops.size()];
        for (int h = 0; h < hops.size(); h++) {
            int from = network.hopFrom(h);
            int to = network.hopTo(h);
            usable[h] = delivered(from, to) && (hops.get(h).mode() == LinkMode.ASYNC || delivered(to, from));
        }
        this.parts = connectedParts();
    }

    public Fault.Partition partition() {
        return partition;
    }

    /** The components on side A, frames resolved to the components inside them. */
    public Set<String> sideA() {
        return network.idsOf(sideA);
    }

    /** The components on side B, frames resolved to the components inside them. */
    public Set<String> sideB() {
        return network.idsOf(sideB);
    }

    /**
     * The groups of components still connected by links that work, ignoring direction; a component
     * with no working link is a part of its own. Ordered by their first component in the design.
     */
    public List<Set<String>> parts() {
        return parts;
    }

    /**
     * What requests from the component can still reach, itself included.
     *
     * @throws IllegalArgumentException when the design has no such component
     */
    public Set<String> reachableFrom(String componentId) {
        return network.idsOf(network.reach(network.indexOf(componentId), usable));
    }

    /**
     * What the component could reach without the partition and cannot reach with it.
     *
     * @throws IllegalArgumentException when the design has no such component
     */
    public Set<String> cutOff(String componentId) {
        BitSet lost = network.reach(network.indexOf(componentId), null);
        lost.andNot(network.reach(network.indexOf(componentId), usable));
        return network.idsOf(lost);
    }

    private boolean delivered(int from, int to) {
        boolean aToB = sideA.get(from) && sideB.get(to);
        boolean bToA = sideB.get(from) && sideA.get(to);
        return !aToB && (partition.oneWay() || !bToA);
    }

    private static BitSet side(Network network, String name, List<String> ids) {
        Design design = network.design();
        BitSet side = new BitSet();
        for (String entry : ids) {
            if (Fault.Partition.instanceOf(entry) > 0) {
                continue; // one replica cut off from its peers: links between components are not affected
            }
            String id = entry;
            if (design.component(id).isPresent()) {
                side.set(network.indexOf(id));
            } else if (design.group(id).isPresent()) {
                for (Component member : design.allMembersOf(id)) {
                    side.set(network.indexOf(member.id()));
                }
            } else {
                throw new IllegalArgumentException("partition " + name + " names \"" + id
                        + "\", which is no component or group in " + design.name());
            }
        }
        return side;
    }

    private List<Set<String>> connectedParts() {
        Graph<String, LinkEdge> working = new Multigraph<>(null, null, false);
        network.ids().forEach(working::addVertex);
        List<LinkEdge> hops = network.hops();
        for (int h = 0; h < hops.size(); h++) {
            if (usable[h]) {
                working.addEdge(hops.get(h).from(), hops.get(h).to(), hops.get(h));
            }
        }
        List<BitSet> found = new ArrayList<>();
        for (Set<String> set : new ConnectivityInspector<>(working).connectedSets()) {
            BitSet part = new BitSet();
            set.forEach(id -> part.set(network.indexOf(id)));
            found.add(part);
        }
        found.sort(Comparator.comparingInt(part -> part.nextSetBit(0)));
        return found.stream().map(network::idsOf).toList();
    }
}
