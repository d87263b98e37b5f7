package dsw.app.run;

import dsw.model.Component;
import dsw.model.KeyPartitioning;
import dsw.model.pattern.Replication;
import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instances of a component at a moment of a run, as the fault menu offers them one by one:
 * each one's process name, its replica group, whether it is crashed and whether it leads its group
 * under single-leader replication; and which of them a crash, a recovery or a promotion makes
 * sense for. Immutable, thread-safe.
 *
 * @param all every instance, in instance order
 * @param singleLeader whether the component replicates with a single leader (so an instance can
 *     be promoted, and one instance per group is marked as leader)
 * @param partitioned whether the instances form more than one replica group
 */
public record ReplicaInstances(List<Instance> all, boolean singleLeader, boolean partitioned) {
    public ReplicaInstances {
        all = List.copyOf(all);
    }

    /**
     * One instance.
     *
     * @param name its process name, as the trace, the space-time diagram and fault targets call it
     *     ({@code "orders-db#2"})
     * @param partition its replica group, from 0
     * @param crashed whether its last crash or recovery before the moment was a crash
     * @param leader whether it leads its group at the moment: the last instance of the group that
     *     took over in a {@code failover} decision, else the group's first instance
     */
    public record Instance(String name, int partition, boolean crashed, boolean leader) {
        /** The menu text: the name, then what the run knows of it, such as {@code "orders-db#1 (leader, crashed)"}. */
        public String label() {
            if (leader) {
                return name + (crashed ? " (leader, crashed)" : " (leader)");
            }
            return crashed ? name + " (crashed)" : name;
        }
    }

    /**
     * The instances of {@code component}, split into replica groups by {@code partitioning}, after
     * the first {@code shown} events of {@code trace}. Reads the events backwards from the moment
     * until each instance's state is known, so a question costs no more than the trace up to there.
     */
    public static ReplicaInstances of(Component component, KeyPartitioning partitioning, Trace trace, int shown) {
        boolean singleLeader = component.patterns().replication() instanceof Replication.SingleLeader;
        List<ProcessInfo> processes = trace.header().processes();
        Map<Integer, ProcessInfo> mine = new HashMap<>();
        for (int p = 0; p < processes.size(); p++) {
            if (processes.get(p).component().equals(component.id())) {
                mine.put(p, processes.get(p));
            }
        }
        Map<Integer, Boolean> crashed = new HashMap<>();
        Map<Integer, Integer> leaders = new HashMap<>();
        int groups = singleLeader ? partitioning.partitions() : 0;
        for (int seq = Math.min(shown, trace.size()) - 1;
                seq >= 0 && (crashed.size() < mine.size() || leaders.size() < groups);
                seq--) {
            ProcessInfo process = mine.get(trace.process(seq));
            if (process == null) {
                continue;
            }
            EventType type = trace.type(seq);
            if (type == EventType.CRASH || type == EventType.RECOVER) {
                crashed.putIfAbsent(trace.process(seq), type == EventType.CRASH);
            } else if (singleLeader && type == EventType.LOCAL && trace.decision(seq) == Decision.FAILOVER) {
                leaders.putIfAbsent(groupOf(partitioning, process), process.instance());
            }
        }
        List<Instance> all = new ArrayList<>();
        mine.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparingInt(ProcessInfo::instance)))
                .forEach(entry -> {
                    ProcessInfo process = entry.getValue();
                    int group = groupOf(partitioning, process);
                    int leader = leaders.getOrDefault(group, partitioning.firstInstance(group) + 1);
                    all.add(new Instance(
                            process.id(),
                            group,
                            crashed.getOrDefault(entry.getKey(), false),
                            singleLeader && leader == process.instance()));
                });
        return new ReplicaInstances(all, singleLeader, partitioning.isPartitioned());
    }

    private static int groupOf(KeyPartitioning partitioning, ProcessInfo process) {
        return partitioning.partitionOfInstance(process.instance() - 1);
    }

    /** Whether the menu offers anything one instance at a time: the component runs several. */
    public boolean several() {
        return all.size() > 1;
    }

    /** The instances a crash makes sense for: those up. */
    public List<Instance> crashable() {
        return all.stream().filter(i -> !i.crashed()).toList();
    }

    /** The instances a recovery makes sense for: those crashed. */
    public List<Instance> recoverable() {
        return all.stream().filter(Instance::crashed).toList();
    }

    /**
     * The instances an operator can promote: under single-leader replication, those up that do not
     * lead their group already (a crashed instance would not hear of it); none otherwise.
     */
    public List<Instance> promotable() {
        return singleLeader
                ? all.stream().filter(i -> !i.crashed() && !i.leader()).toList()
                : List.of();
    }

    /** The names of every instance but {@code instance}: the other side when it is cut off alone. */
    public List<String> othersThan(Instance instance) {
        return all.stream()
                .map(Instance::name)
                .filter(n -> !n.equals(instance.name()))
                .toList();
    }
}
