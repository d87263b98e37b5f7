package dsw.model.analysis;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.LinkDirection;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A design's topology as int arrays for the searches run per client: component i is the i-th
 * component of the design, hop h the h-th {@link LinkEdge}. Immutable after construction, so
 * thread-safe; the arrays never leave the package.
 */
final class Network {
    private final Design design;
    private final List<String> ids;
    private final Map<String, Integer> index;
    private final List<LinkEdge> hops;
    private final int[] hopFrom;
    private final int[] hopTo;
    /** The position in the design of the link a hop belongs to; a two-way link gives two hops. */
    private final int[] hopLink;

    private final int[][] outHops;
    private final int[][] inHops;
    /** For each component, the distinct components one hop away, and the other way round. */
    private final int[][] successors;

    private final int[][] predecessors;
    private final boolean[] singleReplica;

    Network(Design design) {
        this.design = design;
        this.ids = design.components().stream().map(Component::id).toList();
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), i);
        }
        this.index = Collections.unmodifiableMap(byId);
        List<LinkEdge> edges = new ArrayList<>();
        List<Integer> linkOf = new ArrayList<>();
        List<Link> links = design.links();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            edges.add(new LinkEdge(l.id(), l.from(), l.to(), l.mode()));
            linkOf.add(i);
            if (l.direction() == LinkDirection.BOTH) {
                edges.add(new LinkEdge(l.id(), l.to(), l.from(), l.mode()));
                linkOf.add(i);
            }
        }
        this.hops = List.copyOf(edges);
        this.hopLink = linkOf.stream().mapToInt(Integer::intValue).toArray();
        this.hopFrom = hops.stream().mapToInt(h -> index.get(h.from())).toArray();
        this.hopTo = hops.stream().mapToInt(h -> index.get(h.to())).toArray();
        this.outHops = group(hopFrom);
        this.inHops = group(hopTo);
        this.successors = ends(outHops, hopTo);
        this.predecessors = ends(inHops, hopFrom);
        this.singleReplica = new boolean[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            singleReplica[i] = design.components().get(i).replicas() == 1;
        }
    }

    Design design() {
        return design;
    }

    int size() {
        return ids.size();
    }

    String id(int component) {
        return ids.get(component);
    }

    List<String> ids() {
        return ids;
    }

    /** @throws IllegalArgumentException when the design has no such component */
    int indexOf(String componentId) {
        Integer i = index.get(componentId);
        if (i == null) {
            throw new IllegalArgumentException("no component \"" + componentId + "\" in " + design.name());
        }
        return i;
    }

    List<LinkEdge> hops() {
        return hops;
    }

    int hopFrom(int hop) {
        return hopFrom[hop];
    }

    int hopTo(int hop) {
        return hopTo[hop];
    }

    int hopLink(int hop) {
        return hopLink[hop];
    }

    int[] inHops(int component) {
        return inHops[component];
    }

    int[][] successors() {
        return successors;
    }

    int[][] predecessors() {
        return predecessors;
    }

    boolean singleReplica(int component) {
        return singleReplica[component];
    }

    /** Breadth-first over the hops allowed by {@code usable} (all when null), the start included. */
    BitSet reach(int start, boolean[] usable) {
        BitSet seen = new BitSet(ids.size());
        int[] queue = new int[ids.size()];
        int head = 0;
        int tail = 0;
        seen.set(start);
        queue[tail++] = start;
        while (head < tail) {
            int at = queue[head++];
            for (int hop : outHops[at]) {
                if ((usable == null || usable[hop]) && !seen.get(hopTo[hop])) {
                    seen.set(hopTo[hop]);
                    queue[tail++] = hopTo[hop];
                }
            }
        }
        return seen;
    }

    /** The ids of the components, in design order. */
    Set<String> idsOf(BitSet components) {
        Set<String> result = new LinkedHashSet<>();
        components.stream().forEach(i -> result.add(ids.get(i)));
        return Collections.unmodifiableSet(result);
    }

    private int[][] group(int[] endOfHop) {
        List<List<Integer>> byComponent = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            byComponent.add(new ArrayList<>());
        }
        for (int h = 0; h < endOfHop.length; h++) {
            byComponent.get(endOfHop[h]).add(h);
        }
        return byComponent.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    private static int[][] ends(int[][] hopsByComponent, int[] otherEnd) {
        int[][] result = new int[hopsByComponent.length][];
        for (int i = 0; i < hopsByComponent.length; i++) {
            result[i] = java.util.Arrays.stream(hopsByComponent[i])
                    .map(h -> otherEnd[h])
                    .distinct()
                    .toArray();
        }
        return result;
    }
}
