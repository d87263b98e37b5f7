package dsw.simulation.behavior;

import dsw.model.KeyPartitioning;
import dsw.simulation.kernel.Topology;
import java.util.Arrays;

/**
 * The instances of a data component that hold the same keys and run one replication protocol
 * together: the process's partition, or every instance when the keys are not partitioned.
 * Replication protocols ask here for their peers, so that no replication message leaves a
 * replica group. Stateless, thread-safe.
 */
final class ReplicaGroup {
    private ReplicaGroup() {}

    /** The processes in {@code process}'s group, itself included, in instance order. */
    static int[] members(Topology topology, int process) {
        String component = topology.componentOf(process).id();
        KeyPartitioning partitioning = topology.partitioningOf(component);
        int instance = topology.process(process).instance() - 1;
        int first = partitioning.firstInstance(partitioning.partitionOfInstance(instance));
        return Arrays.copyOfRange(topology.instancesOf(component), first, first + partitioning.replicas());
    }

    /** The other processes in {@code process}'s group, in instance order. */
    static int[] peers(Topology topology, int process) {
        return Arrays.stream(members(topology, process))
                .filter(p -> p != process)
                .toArray();
    }
}
