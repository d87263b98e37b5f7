package dsw.model.analysis;

import dsw.model.Severity;
import dsw.model.scenario.Fault;
import dsw.model.scenario.ScheduledFault;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lint's findings about the partitions scheduled in the scenario: one per partition that cuts
 * a client off from something it reaches without it. Thread-safe (stateless).
 */
final class PartitionFindings {
    private PartitionFindings() {}

    /** In the order the scenario lists the partitions. */
    static List<Finding> of(TopologyGraph graph, Wording words) {
        List<Finding> findings = new ArrayList<>();
        for (ScheduledFault scheduled : graph.design().scenario().faults()) {
            if (!(scheduled.fault() instanceof Fault.Partition partition)) {
                continue;
            }
            PartitionView view = graph.under(partition);
            Map<String, Set<String>> lost = new LinkedHashMap<>();
            for (String client : graph.clients()) {
                Set<String> cut = view.cutOff(client);
                if (!cut.isEmpty()) {
                    lost.put(client, cut);
                }
            }
            if (!lost.isEmpty()) {
                findings.add(new Finding(
                        Severity.WARNING,
                        DesignLint.PARTITION_CUTS,
                        "While the " + (partition.oneWay() ? "one-way " : "") + "partition \"" + partition.name()
                                + "\" (from " + Micros.format(scheduled.at()) + ") lasts, no request "
                                + words.fromTo(lost) + " gets through.",
                        Wording.ids(null, lost)));
            }
        }
        return findings;
    }
}
