package dsw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.model.kind.PropertyValue;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Where keys of a partitioned database go, how many instances it runs, and what the validator refuses. */
class KeyPartitioningTest {
    private static final KeyPartitioning.By HASH = KeyPartitioning.By.HASH;
    private static final KeyPartitioning.By RANGE = KeyPartitioning.By.RANGE;

    @Test
    void onePartitionOwnsKeysAsBefore() {
        KeyPartitioning one = new KeyPartitioning(HASH, 1, 3, 100);

        for (int key = -5; key < 1000; key++) {
            assertThat(one.instanceFor(key)).as("k%d", key).isEqualTo(Math.floorMod(key, 3));
        }
        assertThat(one.instances()).isEqualTo(3);
        assertThat(one.isPartitioned()).isFalse();
    }

    @Test
    void hashPartitionsSpreadTheKeysEvenlyAndScatterNeighbours() {
        KeyPartitioning four = new KeyPartitioning(HASH, 4, 3, 10_000);

        int[] counts = four.keysPerPartition();

        assertThat(IntStream.of(counts).sum()).isEqualTo(10_000);
        assertThat(IntStream.of(counts).boxed()).allSatisfy(n -> assertThat(n).isBetween(2_300, 2_700));
        long runs = IntStream.range(1, 100)
                .filter(k -> four.partitionOf(k) != four.partitionOf(k - 1))
                .count();
        assertThat(runs).as("neighbouring keys change partition").isGreaterThan(50);
    }

    @Test
    void aKeyGoesToAMemberOfItsPartitionsGroup() {
        KeyPartitioning mapping = new KeyPartitioning(HASH, 2, 3, 100);

        for (int key = 0; key < 100; key++) {
            int instance = mapping.instanceFor(key);
            assertThat(mapping.partitionOfInstance(instance)).isEqualTo(mapping.partitionOf(key));
            assertThat(instance - mapping.firstInstance(mapping.partitionOf(key)))
                    .isEqualTo(key % 3);
        }
        assertThat(IntStream.range(0, 6).map(mapping::partitionOfInstance)).containsExactly(0, 0, 0, 1, 1, 1);
    }

    @Test
    void rangePartitionsSplitTheKeySpaceIntoContiguousRuns() {
        KeyPartitioning halves = new KeyPartitioning(RANGE, 2, 1, 100);

        assertThat(IntStream.range(0, 50).map(halves::partitionOf)).containsOnly(0);
        assertThat(IntStream.range(50, 100).map(halves::partitionOf)).containsOnly(1);
        assertThat(new KeyPartitioning(RANGE, 2, 1, 5).keysPerPartition()).containsExactly(3, 2);
        assertThat(new KeyPartitioning(RANGE, 3, 1, 10).keysPerPartition()).containsExactly(4, 3, 3);
        assertThat(halves.partitionOf(-1)).isZero();
        assertThat(halves.partitionOf(100)).isEqualTo(1);
    }

    @Test
    void theFirstKeyOfEachRangeAgreesWithWhereKeysGo() {
        for (int keys = 1; keys <= 70; keys++) {
            for (int partitions = 1; partitions <= Math.min(keys, 9); partitions++) {
                KeyPartitioning mapping = new KeyPartitioning(RANGE, partitions, 2, keys);
                for (int p = 0; p < partitions; p++) {
                    for (int key = mapping.firstKey(p); key < mapping.firstKey(p + 1); key++) {
                        assertThat(mapping.partitionOf(key))
                                .as("k%d of %d keys in %d partitions", key, keys, partitions)
                                .isEqualTo(p);
                    }
                }
                assertThat(mapping.firstKey(partitions)).isEqualTo(keys);
            }
        }
    }

    @Test
    void firstKeysOfAPartitionAreTheKeysItHolds() {
        KeyPartitioning mapping = new KeyPartitioning(HASH, 3, 1, 100);

        int[] first = mapping.firstKeysOf(2, 4);

        assertThat(first).hasSize(4).isSorted();
        assertThat(IntStream.of(first).map(mapping::partitionOf)).containsOnly(2);
    }

    @Test
    void aDatabaseRunsPartitionsTimesReplicasInstancesAndAQueueItsReplicas() {
        Component db = partitioned(2, "hash").withProperty(PropertyKeys.REPLICAS, new PropertyValue.IntValue(3));
        Component queue = TestDesigns.component("q", "queue")
                .withProperty(KeyPartitioning.PARTITIONS, new PropertyValue.IntValue(4));

        assertThat(db.instances()).isEqualTo(6);
        assertThat(KeyPartitioning.of(db, Scenario.DEFAULT).by()).isEqualTo(HASH);
        assertThat(queue.instances()).isEqualTo(1);
        assertThat(KeyPartitioning.of(queue, Scenario.DEFAULT).isPartitioned()).isFalse();
    }

    @Test
    void theKeySpaceIsTheLargestOfTheWorkload() {
        Scenario scenario = scenario(List.of(workload(40), workload(300)), List.of());

        assertThat(KeyPartitioning.keyCount(scenario)).isEqualTo(300);
        assertThat(KeyPartitioning.keyCount(Scenario.DEFAULT)).isZero();
    }

    @Test
    void rangePartitionsWithFewerKeysThanPartitionsAreRefused() {
        Scenario fiveKeys = scenario(List.of(workload(5)), List.of());

        assertThatThrownBy(() -> design(partitioned(8, "range"), fiveKeys))
                .isInstanceOf(InvalidDesignException.class)
                .hasMessageContaining("/components/1/properties/partitions")
                .hasMessageContaining(
                        "db: 8 range partitions need at least 8 keys, but the workload has 5 keys (k0 to k4)");
        assertThat(design(partitioned(8, "hash"), fiveKeys).components()).hasSize(2);
        assertThat(design(partitioned(5, "range"), fiveKeys).components()).hasSize(2);
        assertThat(design(partitioned(8, "range"), scenario(List.of(), List.of()))
                        .components())
                .hasSize(2);
    }

    @Test
    void aPartitionMayNameAnyOfTheInstancesOfEveryGroup() {
        Component db = partitioned(2, "hash").withProperty(PropertyKeys.REPLICAS, new PropertyValue.IntValue(3));

        assertThat(design(db, scenario(List.of(), List.of(cut("db#6")))).components())
                .hasSize(2);
        assertThatThrownBy(() -> design(db, scenario(List.of(), List.of(cut("db#7")))))
                .hasMessageContaining("\"db#7\" names instance 7 but db has 6 instances (2 partitions of 3 replicas)");
    }

    private static Component partitioned(int partitions, String by) {
        return TestDesigns.component("db", "database")
                .withProperty(KeyPartitioning.PARTITIONS, new PropertyValue.IntValue(partitions))
                .withProperty(KeyPartitioning.PARTITION_BY, new PropertyValue.TextValue(by));
    }

    private static Design design(Component db, Scenario scenario) {
        return new Design(
                "Partitioned",
                "",
                List.of(TestDesigns.component("users", "client"), db),
                List.of(Link.of("l1", "users", "db")),
                List.of(),
                scenario);
    }

    private static Workload workload(int keys) {
        return new Workload("users", null, new LoadModel.OpenLoop(10, true), 0.5, new KeySpace(keys, 0), 0, -1, 100);
    }

    private static Scenario scenario(List<Workload> workload, List<ScheduledFault> faults) {
        return new Scenario(1, Scenario.DEFAULT_DURATION, workload, faults);
    }

    private static ScheduledFault cut(String instance) {
        return new ScheduledFault(0, new Fault.Partition("cut", List.of(instance), List.of("users"), false));
    }
}
