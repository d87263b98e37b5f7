package dsw.simulation.behavior;

import dsw.simulation.kernel.Topology;
import java.util.Arrays;

/**
 * The instances of a data component that hold the same keys and run one replication protocol
 * together: today every instance of the component. Replication protocols ask here for their
 * peers, so that key partitioning can later split a component into several groups in one place.
 * Stateless, thread-safe.
 */
final class ReplicaGroup {
    private ReplicaGroup() {}

    /** The processes in {@code process}'s group, itself included, in instance order. */
    static int[] members(Topology topology, int process) {
        return topology.instancesOf(topology.componentOf(process).id());
    }

    /** The other processes in {@code process}'s group, in instance order. */
    static int[] peers(Topology topology, int process) {
        return Arrays.stream(members(topology, process))
                .filter(p -> p != process)
                .toArray();
    }
}
