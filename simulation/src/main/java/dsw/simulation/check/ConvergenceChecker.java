package dsw.simulation.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Eventual consistency as convergence: given each replica's data after faults healed and writes
 * stopped, says whether all replicas of each component hold the same values, or names the first
 * component and key (in name order) where they differ. Stateless, thread-safe.
 */
public final class ConvergenceChecker {
    /** One replica's data: component, instance, and key to value. Immutable. */
    public record ReplicaSnapshot(String component, String instance, Map<String, Object> data) {
        public ReplicaSnapshot {
            data = Map.copyOf(data);
        }
    }

    /** Where replicas differ: each instance's value of the key (empty when it lacks the key), and a sentence. */
    public record Divergence(
            String component, String key, SortedMap<String, Optional<Object>> values, String sentence) {}

    private ConvergenceChecker() {}

    /** The first place the replicas differ, or empty when they converged. */
    public static Optional<Divergence> divergence(List<ReplicaSnapshot> snapshots) {
        SortedMap<String, SortedMap<String, Map<String, Object>>> byComponent = new TreeMap<>();
        for (ReplicaSnapshot snapshot : snapshots) {
            byComponent
                    .computeIfAbsent(snapshot.component(), c -> new TreeMap<>())
                    .put(snapshot.instance(), snapshot.data());
        }
        for (Map.Entry<String, SortedMap<String, Map<String, Object>>> component : byComponent.entrySet()) {
            TreeSet<String> keys = new TreeSet<>();
            component.getValue().values().forEach(data -> keys.addAll(data.keySet()));
            for (String key : keys) {
                SortedMap<String, Optional<Object>> values = new TreeMap<>();
                component
                        .getValue()
                        .forEach((instance, data) -> values.put(instance, Optional.ofNullable(data.get(key))));
                if (values.values().stream().distinct().count() > 1) {
                    return Optional.of(
                            new Divergence(component.getKey(), key, values, sentence(component.getKey(), key, values)));
                }
            }
        }
        return Optional.empty();
    }

    private static String sentence(String component, String key, SortedMap<String, Optional<Object>> values) {
        return "the replicas of " + component + " disagree on " + key + ": "
                + values.entrySet().stream()
                        .map(e -> e.getKey() + " holds "
                                + e.getValue().map(Values::show).orElse("nothing"))
                        .collect(Collectors.joining(", "));
    }
}
