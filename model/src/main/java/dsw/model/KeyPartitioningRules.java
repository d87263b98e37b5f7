package dsw.model;

import dsw.model.scenario.Scenario;
import java.util.List;

/**
 * The validator's check of partitioned databases and caches: range partitioning has a key for
 * every partition. Thread-safe (stateless).
 */
final class KeyPartitioningRules {
    private KeyPartitioningRules() {}

    static void check(List<Component> components, Scenario scenario, List<Problem> problems) {
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            KeyPartitioning mapping = KeyPartitioning.of(c, scenario);
            // without a workload no key arrives, so no partition can miss one
            if (mapping.by() == KeyPartitioning.By.RANGE
                    && mapping.keyCount() > 0
                    && mapping.keyCount() < mapping.partitions()) {
                problems.add(Problem.error(
                        "/components/" + i + "/properties/" + KeyPartitioning.PARTITIONS,
                        c.id() + ": " + mapping.partitions() + " range partitions need at least "
                                + mapping.partitions() + " keys, but the workload has " + keys(mapping.keyCount())
                                + "; use fewer partitions, more keys or hash partitioning"));
            }
        }
    }

    private static String keys(int count) {
        return count == 1 ? "1 key (k0)" : count + " keys (k0 to k" + (count - 1) + ")";
    }
}
