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
        out.add(FieldSpec.readOnly(SECTION, SPLIT_ID, "Split", split(mapping))
                .withDescription("Each partition is a replica group: its instances hold its keys and replicate only"
                        + " among themselves. Within a group, a key belongs to member key mod replicas."));
        int[] counts = mapping.keysPerPartition();
        for (int p = 0; p < mapping.partitions(); p++) {
            out.add(FieldSpec.readOnly(
                    SECTION,
                    partitionId(p),
                    "Partition " + p,
                    keys(mapping, p, counts[p]) + "\n" + String.join(", ", instances(c, mapping, p))));
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

    private static String split(KeyPartitioning mapping) {
        String groups = mapping.partitions() + " partitions of " + Text.count(mapping.replicas(), "replica");
        String keys = mapping.keyCount() == 0
                ? "the scenario has no workload yet"
                : mapping.keyCount() == 1 ? "key k0" : "keys k0 to k" + (mapping.keyCount() - 1);
        return "by " + mapping.by().fileName() + ", " + groups + "; " + keys;
    }

    private static String keys(KeyPartitioning mapping, int partition, int count) {
        if (mapping.by() == KeyPartitioning.By.RANGE) {
            if (mapping.keyCount() == 0) {
                return partition == 0 ? "every key" : "no key";
            }
            int first = mapping.firstKey(partition);
            int last = mapping.firstKey(partition + 1) - 1;
            return (first == last ? "k" + first : "k" + first + " to k" + last) + " (" + Text.count(count, "key") + ")";
        }
        String bucket = "hash mod " + mapping.partitions() + " = " + partition;
        if (count == 0) {
            return mapping.keyCount() == 0 ? bucket : bucket + ": none of the workload's keys";
        }
        String examples = IntStream.of(mapping.firstKeysOf(partition, EXAMPLE_KEYS))
                .mapToObj(k -> "k" + k)
                .collect(Collectors.joining(", "));
        return bucket + ": " + examples + (count > EXAMPLE_KEYS ? ", …" : "") + " (" + Text.count(count, "key") + ")";
    }
}
