package dsw.simulation.kernel;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.KeyPartitioning;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.kind.Behavior;
import dsw.model.scenario.Fault;
import dsw.model.scenario.Scenario;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.TraceHeader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The design as the kernel runs it: one process per component instance, numbered in design
 * order, and for each component the routes it calls along. A partitioned database or cache runs
 * partitions × replicas instances, its replica groups one after the other ({@link KeyPartitioning}).
 * Immutable, thread-safe.
 */
public final class Topology {
    private final Design design;
    private final List<ProcessInfo> processes = new ArrayList<>();
    private final List<Component> processComponent = new ArrayList<>();
    private final Map<String, int[]> instances = new HashMap<>();
    private final Map<String, Integer> componentIndex = new HashMap<>();
    private final int[] processComponentIndex;
    private final int[] linkFromIndex;
    private final Map<String, Integer> linkIndex = new HashMap<>();
    private final Map<String, List<Route>> routes = new HashMap<>();
    private final Map<String, KeyPartitioning> partitionings = new HashMap<>();

    /** The design as it runs under its own scenario. */
    public Topology(Design design) {
        this(design, design.scenario());
    }

    /** The design as it runs under {@code scenario}, whose workload gives the key space range partitioning splits. */
    public Topology(Design design, Scenario scenario) {
        this.design = design;
        for (Component c : design.components()) {
            componentIndex.put(c.id(), componentIndex.size());
            partitionings.put(c.id(), KeyPartitioning.of(c, scenario));
            int count = c.instances();
            int[] ids = new int[count];
            for (int i = 1; i <= count; i++) {
                ids[i - 1] = processes.size();
                processes.add(new ProcessInfo(
                        ProcessInfo.name(c.id(), i, count), c.id(), c.kind().id(), i));
                processComponent.add(c);
            }
            instances.put(c.id(), ids);
            routes.put(c.id(), new ArrayList<>());
        }
        processComponentIndex = new int[processes.size()];
        for (int p = 0; p < processComponentIndex.length; p++) {
            processComponentIndex[p] =
                    componentIndex.get(processComponent.get(p).id());
        }
        List<Link> links = design.links();
        linkFromIndex = new int[links.size()];
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            linkIndex.put(link.id(), i);
            linkFromIndex[i] = componentIndex.get(link.from());
            Component target = design.requireComponent(link.to());
            if (target.kind().behavior() != Behavior.CLIENT) { // nobody calls a client
                routes.get(link.from())
                        .add(new Route(i, link, target, instances.get(link.to()), partitionings.get(link.to())));
            }
        }
        // A client may also send along a two-way link that ends at it. Servers do not call back
        // along such links, which would let a request bounce between the two ends.
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            Component end = design.requireComponent(link.to());
            if (link.direction() == LinkDirection.BOTH && end.kind().behavior() == Behavior.CLIENT) {
                Component target = design.requireComponent(link.from());
                routes.get(end.id())
                        .add(new Route(i, link, target, instances.get(link.from()), partitionings.get(link.from())));
            }
        }
        routes.replaceAll((id, list) -> List.copyOf(list));
    }

    public Design design() {
        return design;
    }

    public int processCount() {
        return processes.size();
    }

    public ProcessInfo process(int process) {
        return processes.get(process);
    }

    public Component componentOf(int process) {
        return processComponent.get(process);
    }

    /** The index in the design's component list of the component a process belongs to. */
    public int componentIndexOf(int process) {
        return processComponentIndex[process];
    }

    /** The component index of a link's {@code from} end. */
    public int linkFromIndex(int link) {
        return linkFromIndex[link];
    }

    /** The process numbers of a component's instances, in instance order. */
    public int[] instancesOf(String componentId) {
        int[] ids = instances.get(componentId);
        if (ids == null) {
            throw new IllegalArgumentException("no component \"" + componentId + "\"");
        }
        return ids.clone();
    }

    /** Which replica group of a component holds each key; one group for components that hold no keys. */
    public KeyPartitioning partitioningOf(String componentId) {
        KeyPartitioning partitioning = partitionings.get(componentId);
        if (partitioning == null) {
            throw new IllegalArgumentException("no component \"" + componentId + "\"");
        }
        return partitioning;
    }

    /**
     * The routes a component calls along: the links that start at it in design order, then, for
     * clients, the two-way links that end at it.
     */
    public List<Route> routesOf(String componentId) {
        return routes.getOrDefault(componentId, List.of());
    }

    public Link link(int link) {
        return design.links().get(link);
    }

    public int linkIndex(String linkId) {
        Integer index = linkIndex.get(linkId);
        if (index == null) {
            throw new IllegalArgumentException("no link \"" + linkId + "\"");
        }
        return index;
    }

    public int linkCount() {
        return design.links().size();
    }

    /**
     * The components a partition side names, with groups expanded to their members; an instance
     * such as {@code "db#3"} stays as its process id.
     */
    public Set<String> expand(List<String> side) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : side) {
            int instance = Fault.Partition.instanceOf(id);
            if (instance > 0) {
                String component = Fault.Partition.componentOf(id);
                int replicas = instancesOf(component).length;
                ids.add(ProcessInfo.name(component, instance, replicas));
            } else if (design.component(id).isPresent()) {
                ids.add(id);
            } else {
                design.allMembersOf(id).forEach(c -> ids.add(c.id()));
            }
        }
        return ids;
    }

    public TraceHeader header(long seed) {
        return new TraceHeader(
                seed,
                design.name(),
                processes,
                design.links().stream().map(Link::id).toList());
    }
}
