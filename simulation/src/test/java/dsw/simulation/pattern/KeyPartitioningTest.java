package dsw.simulation.pattern;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import dsw.model.KeyPartitioning;
import dsw.model.PropertyKeys;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.Replication;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Workload;
import dsw.model.trace.MessageKind;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What a user sees of a partitioned database: its instances form replica groups, every key's
 * requests go to the one group that holds it, replication stays inside a group, and range
 * partitions hold contiguous runs of keys.
 */
class KeyPartitioningTest {
    /** Client {@code c} calls service {@code api}, which stores in {@code db}: {@code partitions} groups of {@code replicas}. */
    private static Tiny shop(int partitions, String by, int replicas, int keys) {
        return Tiny.design("partitioned")
                .component("c", "client")
                .component("api", "service")
                .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .component("db", "database", replicas)
                .set("db", KeyPartitioning.PARTITIONS, partitions)
                .set("db", KeyPartitioning.PARTITION_BY, new PropertyValue.TextValue(by))
                .link("c", "api")
                .link("api", "db")
                .workload(new Workload(
                        "c", "api", new LoadModel.OpenLoop(200, true), 0.5, new KeySpace(keys, 0), 0, -1, 100));
    }

    /** The process names of the database's instances, in the order the run numbers them. */
    private static List<String> databaseProcesses(Trace trace) {
        return trace.header().processes().stream()
                .filter(p -> p.component().equals("db"))
                .map(ProcessInfo::id)
                .toList();
    }

    /** The partition instance {@code process} of the database belongs to, from its instance number. */
    private static int groupOf(Trace trace, int process, int replicas) {
        return (trace.header().processes().get(process).instance() - 1) / replicas;
    }

    private static boolean isDatabase(Trace trace, int process) {
        return trace.header().processes().get(process).component().equals("db");
    }

    @Test
    void twoHashPartitionsRunTwoReplicaGroupsNamedAfterTheComponent() {
        Trace trace = Runs.finished(shop(2, "hash", 3, 20).build());

        assertThat(databaseProcesses(trace)).containsExactly("db#1", "db#2", "db#3", "db#4", "db#5", "db#6");
    }

    @Test
    void hashPartitionsSendEachKeyToOneGroupAndReplicateOnlyWithinIt() {
        for (long seed = 1; seed <= 5; seed++) {
            Design design = shop(2, "hash", 3, 20)
                    .replication("db", new Replication.Leaderless(2, 2))
                    .duration(ms(1500))
                    .seed(seed)
                    .build();
            KeyPartitioning mapping = KeyPartitioning.of(design.requireComponent("db"), design.scenario());
            Trace trace = Runs.finished(design);

            Set<Integer> keysAt0 = new TreeSet<>();
            Set<Integer> keysAt1 = new TreeSet<>();
            int replication = 0;
            for (int msg = 0; msg < trace.messageCount(); msg++) {
                int from = trace.messageFrom(msg);
                int to = trace.messageTo(msg);
                if (!isDatabase(trace, to)) {
                    continue;
                }
                int group = groupOf(trace, to, 3);
                if (isDatabase(trace, from)) {
                    replication++;
                    assertThat(groupOf(trace, from, 3))
                            .as(
                                    "seed %d: %s to %s",
                                    seed,
                                    trace.messageLabel(msg),
                                    trace.header().processes().get(to))
                            .isEqualTo(group);
                } else if (trace.messageKind(msg) == MessageKind.REQUEST) {
                    int key = trace.messageKey(msg);
                    (group == 0 ? keysAt0 : keysAt1).add(key);
                    assertThat(group).as("seed %d: k%d", seed, key).isEqualTo(mapping.partitionOf(key));
                }
            }
            assertThat(replication).as("seed %d: replicas talked", seed).isGreaterThan(100);
            assertThat(keysAt0).as("seed %d", seed).isNotEmpty().doesNotContainAnyElementsOf(keysAt1);
            assertThat(keysAt1).as("seed %d", seed).isNotEmpty();
            Set<Integer> all = new HashSet<>(keysAt0);
            all.addAll(keysAt1);
            assertThat(all).as("seed %d: every key was asked for", seed).hasSize(20);
        }
    }

    @Test
    void rangePartitionsSendTheLowerHalfOfTheKeysToTheFirstGroup() {
        Trace trace = Runs.finished(shop(2, "range", 1, 100).duration(ms(2000)).build());

        Set<Integer> atFirst = new TreeSet<>();
        Set<Integer> atSecond = new TreeSet<>();
        for (int msg : Runs.messages(trace, MessageKind.REQUEST, "api", "db#1")) {
            atFirst.add(trace.messageKey(msg));
        }
        for (int msg : Runs.messages(trace, MessageKind.REQUEST, "api", "db#2")) {
            atSecond.add(trace.messageKey(msg));
        }

        assertThat(atFirst).hasSizeGreaterThan(40).allSatisfy(k -> assertThat(k).isBetween(0, 49));
        assertThat(atSecond).hasSizeGreaterThan(40).allSatisfy(k -> assertThat(k)
                .isBetween(50, 99));
    }

    @Test
    void withoutReplicationEachGroupStillSpreadsItsKeysOverItsMembers() {
        Trace trace = Runs.finished(shop(2, "range", 2, 100).duration(ms(2000)).build());

        for (String db : List.of("db#1", "db#2", "db#3", "db#4")) {
            int instance = Integer.parseInt(db.substring(3)) - 1;
            List<Integer> keys = Runs.messages(trace, MessageKind.REQUEST, "api", db).stream()
                    .map(trace::messageKey)
                    .toList();
            assertThat(keys)
                    .as(
                            "%s holds the %s half's %s keys",
                            db, instance < 2 ? "lower" : "upper", instance % 2 == 0 ? "even" : "odd")
                    .isNotEmpty()
                    .allSatisfy(k -> {
                        assertThat(k / 50).isEqualTo(instance / 2);
                        assertThat(k % 2).isEqualTo(instance % 2);
                    });
        }
    }

    @Test
    void aLoadBalancerInFrontOfAPartitionedDatabaseSendsEachKeyToItsGroup() {
        for (long seed = 1; seed <= 3; seed++) {
            Design design = Tiny.design("balanced")
                    .component("c", "client")
                    .component("api", "service")
                    .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                    .component("lb", "load-balancer")
                    .component("db", "database", 2)
                    .set("db", KeyPartitioning.PARTITIONS, 3)
                    .set("db", KeyPartitioning.PARTITION_BY, new PropertyValue.TextValue("hash"))
                    .replication("db", new Replication.SingleLeader(Replication.SingleLeader.Mode.SYNCHRONOUS))
                    .link("c", "api")
                    .link("api", "lb")
                    .link("lb", "db")
                    .workload(new Workload(
                            "c", "api", new LoadModel.OpenLoop(200, true), 0.5, new KeySpace(30, 0), 0, -1, 100))
                    .duration(ms(1500))
                    .seed(seed)
                    .build();
            KeyPartitioning mapping = KeyPartitioning.of(design.requireComponent("db"), design.scenario());
            Trace trace = Runs.finished(design);

            Set<Integer> groups = new TreeSet<>();
            for (int msg = 0; msg < trace.messageCount(); msg++) {
                if (trace.messageKind(msg) == MessageKind.REQUEST
                        && isDatabase(trace, trace.messageTo(msg))
                        && !isDatabase(trace, trace.messageFrom(msg))) {
                    int key = trace.messageKey(msg);
                    int group = groupOf(trace, trace.messageTo(msg), 2);
                    groups.add(group);
                    assertThat(group)
                            .as(
                                    "seed %d: k%d went to %s",
                                    seed,
                                    key,
                                    trace.header()
                                            .processes()
                                            .get(trace.messageTo(msg))
                                            .id())
                            .isEqualTo(mapping.partitionOf(key));
                }
            }
            assertThat(groups).as("seed %d: every group got requests", seed).containsExactly(0, 1, 2);
        }
    }
}
