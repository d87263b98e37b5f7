package dsw.model.trace;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one replica of a data component held at the end of a run, as a {@link
 * Decision#REPLICA_STATE} event records it: per key (ascending), the values a read there would
 * answer (one, or several siblings or set members, ascending); its replica group (the key
 * partition, from 0); and the members of its group it could not reach then because a partition
 * still cut them off (process ids, in group order). Immutable, thread-safe.
 */
public record ReplicaState(int group, SortedMap<Integer, List<Long>> data, List<String> unreachable) {
    public ReplicaState {
        if (group < 0) {
            throw new IllegalArgumentException("replica groups count from 0, got " + group);
        }
        TreeMap<Integer, List<Long>> copy = new TreeMap<>();
        data.forEach((key, values) -> {
            if (key < 0 || values.isEmpty()) {
                throw new IllegalArgumentException("key " + key + " needs a key from 0 and at least one value");
            }
            copy.put(key, List.copyOf(values));
        });
        data = Collections.unmodifiableSortedMap(copy);
        unreachable = List.copyOf(unreachable);
    }
}
