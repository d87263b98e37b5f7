package dsw.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.KeyPartitioning;
import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaInstancesTest {
    @Test
    void theCrashedLeaderIsOfferedForRecoveryAndTheFollowersForPromotionUntilOneTakesOver() {
        Design design = TestDesigns.example("leader-failover.dsw.json");
        Trace trace = run(design, 4 * Micros.PER_SECOND);
        int failover = firstDecision(trace, Decision.FAILOVER);
        String newLeader = trace.header().processName(trace.process(failover));
        int crash = TraceSearch.countUpTo(trace, trace.size(), 1_500 * Micros.PER_MILLISECOND);

        ReplicaInstances start = instances(design, trace, 0);
        assertThat(labels(start.all())).containsExactly("orders-db#1 (leader)", "orders-db#2", "orders-db#3");
        assertThat(names(start.crashable())).containsExactly("orders-db#1", "orders-db#2", "orders-db#3");
        assertThat(start.recoverable()).isEmpty();
        assertThat(names(start.promotable())).containsExactly("orders-db#2", "orders-db#3");

        ReplicaInstances crashed = instances(design, trace, failover);
        assertThat(labels(crashed.all()))
                .containsExactly("orders-db#1 (leader, crashed)", "orders-db#2", "orders-db#3");
        assertThat(names(crashed.crashable())).containsExactly("orders-db#2", "orders-db#3");
        assertThat(names(crashed.recoverable())).containsExactly("orders-db#1");
        assertThat(names(crashed.promotable())).containsExactly("orders-db#2", "orders-db#3");
        assertThat(failover).isGreaterThan(crash);

        ReplicaInstances taken = instances(design, trace, failover + 1);
        assertThat(taken.all())
                .filteredOn(ReplicaInstances.Instance::leader)
                .extracting(ReplicaInstances.Instance::name)
                .containsExactly(newLeader);
        assertThat(names(taken.promotable()))
                .doesNotContain(newLeader, "orders-db#1")
                .hasSize(1);

        ReplicaInstances recovered = instances(design, trace, trace.size());
        assertThat(recovered.recoverable()).isEmpty();
        assertThat(names(recovered.promotable()))
                .containsExactlyInAnyOrder(List.of("orders-db#1", "orders-db#2", "orders-db#3").stream()
                        .filter(n -> !n.equals(newLeader))
                        .toArray(String[]::new));
    }

    @Test
    void fourPartitionsOfThreeReplicasGiveTwelveInstancesInFourGroupsEachWithItsLeader() {
        Design design = TestDesigns.partitionedLeaderFailover(4);
        Trace trace = run(design, 100 * Micros.PER_MILLISECOND);
        ReplicaInstances instances = instances(design, trace, trace.size());

        assertThat(instances.partitioned()).isTrue();
        assertThat(instances.all()).hasSize(12);
        assertThat(instances.all())
                .extracting(ReplicaInstances.Instance::partition)
                .containsExactly(0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3);
        assertThat(instances.all())
                .filteredOn(ReplicaInstances.Instance::leader)
                .extracting(ReplicaInstances.Instance::name)
                .containsExactly("orders-db#1", "orders-db#4", "orders-db#7", "orders-db#10");
        assertThat(instances.promotable()).hasSize(8);
        assertThat(instances.othersThan(instances.all().get(4))).hasSize(11).doesNotContain("orders-db#5");
    }

    @Test
    void multiLeaderInstancesHaveNoLeaderToMarkOrPromote() {
        Design design = TestDesigns.example("multi-leader-conflicts.dsw.json");
        Trace trace = run(design, 100 * Micros.PER_MILLISECOND);
        ReplicaInstances carts = instances(design, trace, trace.size());

        assertThat(carts.several()).isTrue();
        assertThat(carts.singleLeader()).isFalse();
        assertThat(labels(carts.all())).containsExactly("carts#1", "carts#2");
        assertThat(carts.promotable()).isEmpty();
        assertThat(ReplicaInstances.of(component(design, "cart"), partitioning(design, "cart"), trace, trace.size())
                        .several())
                .isFalse();
    }

    private static ReplicaInstances instances(Design design, Trace trace, int shown) {
        String id = design.components().stream()
                .filter(c -> c.instances() > 1 && c.kind().id().equals("database"))
                .findFirst()
                .orElseThrow()
                .id();
        return ReplicaInstances.of(component(design, id), partitioning(design, id), trace, shown);
    }

    private static Component component(Design design, String id) {
        return design.component(id).orElseThrow();
    }

    private static KeyPartitioning partitioning(Design design, String id) {
        return KeyPartitioning.of(component(design, id), design.scenario());
    }

    private static Trace run(Design design, long until) {
        Simulation run = Simulation.of(design);
        run.runUntil(until, RunMonitor.NONE);
        return run.trace();
    }

    private static int firstDecision(Trace trace, Decision decision) {
        for (int seq = 0; seq < trace.size(); seq++) {
            if (trace.type(seq) == EventType.LOCAL && trace.decision(seq) == decision) {
                return seq;
            }
        }
        throw new AssertionError("no " + decision + " decision in the run");
    }

    private static List<String> labels(List<ReplicaInstances.Instance> instances) {
        return instances.stream().map(ReplicaInstances.Instance::label).toList();
    }

    private static List<String> names(List<ReplicaInstances.Instance> instances) {
        return instances.stream().map(ReplicaInstances.Instance::name).toList();
    }
}
