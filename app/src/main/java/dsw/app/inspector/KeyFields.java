package dsw.app.inspector;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.KeyPartitioning;
import dsw.model.trace.ProcessInfo;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The read-only Keys section of a partitioned database or cache: how its keys are split, and for
 * each partition the keys it holds and the instances of its replica group, from the same {@link
 * KeyPartitioning} the simulation routes by. Thread-safe (stateless).
 */
final class KeyFields {
    static final String SECTION = "Keys";
    /** The row that says how the keys are split. */
    static final String SPLIT_ID = "keys-split";
    /** How many keys a hash partition's row names before it stops. */
    static final int EXAMPLE_KEYS = 4;

    private KeyFields() {}

    /** The node id of partition {@code partition}'s row: {@code keys-partition-0}. */
    static String partitionId(int partition) {
        return "keys-partition-" + partition;
    }

    /** The rows of the Keys section; none when the component's keys are not partitioned. */
    static List<FieldSpec> of(Design design, Component c) {
        KeyPartitioning mapping = KeyPartitioning.of(c, design.scenario());
        if (!mapping.isPartitioned()) {
            return List.of();
        }
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.readOnly(SECTION, SPLIT_ID, "Split", split(mapping)).withDescription(describe(mapping)));
        int[] counts = mapping.keysPerPartition();
        for (int p = 0; p < mapping.partitions(); p++) {
            out.add(FieldSpec.readOnly(
                            SECTION,
                            partitionId(p),
                            "Partition " + p,
                            keys(mapping, p, counts[p]) + "\n" + group(instances(c, mapping, p)))
                    .withDescription("The keys partition " + p + " holds, and the instances of its replica group."));
        }
        return out;
    }

    /** The process names of partition {@code partition}'s group, as traces name them. */
    static List<String> instances(Component c, KeyPartitioning mapping, int partition) {
        int first = mapping.firstInstance(partition);
        return IntStream.range(first, first + mapping.replicas())
                .mapToObj(i -> ProcessInfo.name(c.id(), i + 1, mapping.instances()))
                .toList();
    }

    /** "db#1, db#2" for a small group, "db#4–db#6" for a run of three or more. */
    private static String group(List<String> instances) {
        return instances.size() <= 2
                ? String.join(", ", instances)
                : instances.get(0) + "–" + instances.get(instances.size() - 1);
    }

    /** "hash mod 4", or "2 ranges of k0–k99". */
    private static String split(KeyPartitioning mapping) {
        if (mapping.by() == KeyPartitioning.By.HASH) {
            return "hash mod " + mapping.partitions();
        }
        String ranges = mapping.partitions() + " ranges";
        return mapping.keyCount() == 0
                ? ranges + "; no workload yet"
                : ranges + " of " + span(0, mapping.keyCount() - 1);
    }

    private static String describe(KeyPartitioning mapping) {
        String how = mapping.by() == KeyPartitioning.By.HASH
                ? "A key goes to the partition its hash falls in: partition p holds the keys whose hash mod "
                        + mapping.partitions() + " is p."
                : "The workload's keys are cut into " + mapping.partitions()
                        + " contiguous runs of nearly equal size, one per partition.";
        return how + " Each partition is a replica group of " + Text.count(mapping.replicas(), "instance")
                + " that hold its keys and replicate only among themselves; within a group, a key belongs to member"
                + " key mod " + mapping.replicas() + ".";
    }

    private static String keys(KeyPartitioning mapping, int partition, int count) {
        if (mapping.keyCount() == 0) {
            if (mapping.by() == KeyPartitioning.By.HASH) {
                return "no workload yet";
            }
            return partition == 0 ? "every key: no workload yet" : "no key";
        }
        if (count == 0) {
            return "none of the workload's keys";
        }
        if (mapping.by() == KeyPartitioning.By.RANGE) {
            int first = mapping.firstKey(partition);
            return span(first, mapping.firstKey(partition + 1) - 1) + " (" + Text.count(count, "key") + ")";
        }
        String examples = IntStream.of(mapping.firstKeysOf(partition, EXAMPLE_KEYS))
                .mapToObj(k -> "k" + k)
                .collect(Collectors.joining(", "));
        return examples + (count > EXAMPLE_KEYS ? ", …" : "") + " (" + Text.count(count, "key") + ")";
    }

    private static String span(int first, int last) {
        return first == last ? "k" + first : "k" + first + "–k" + last;
    }
}
