package dsw.simulation.pattern;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.pattern.Replication;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Workload;
import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a user sees of leaderless replication: overlapping quorums never read stale data, small
 * ones do, read repair and hinted handoff bring a replica that missed a write up to date, and a
 * replica cut off makes writes that need every replica fail.
 */
class QuorumReplicationTest {
    private static final NetworkProfile SPREAD =
            NetworkProfile.DEFAULT.withLatency(new Distribution.Uniform(ms(1), ms(20)));

    /** Client {@code c} calls service {@code api}, which stores in {@code db}, a 3-replica leaderless database. */
    private static Tiny shop(Replication.Leaderless quorum, NetworkProfile network) {
        return Tiny.design("quorum")
                .component("c", "client")
                .component("api", "service")
                .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .component("db", "database", 3)
                .link("c", "api")
                .link("api", "db", network)
                .replication("db", quorum);
    }

    /** Reads and writes (half each) of {@code keys} keys at {@code perSecond} for the first {@code stop}. */
    private static Tiny mixed(Tiny design, int keys, double perSecond, long stop) {
        return design.workload(new Workload(
                "c", "api", new LoadModel.OpenLoop(perSecond, true), 0.5, new KeySpace(keys, 0), 0, stop, 100));
    }

    private static List<Integer> decisions(Trace trace, Decision decision) {
        return Runs.events(trace, seq -> trace.type(seq) == EventType.LOCAL && trace.decision(seq) == decision);
    }

    /** The statuses the database's instance {@code db} answered {@code operation}s with, in order. */
    private static List<Status> answers(Trace trace, String db, Operation operation) {
        return Runs.messages(trace, MessageKind.RESPONSE, db, "api").stream()
                .filter(msg -> trace.messageOperation(msg) == operation)
                .map(trace::messageStatus)
                .toList();
    }

    private static long answered(Trace trace, Operation operation, Status status) {
        return List.of("db#1", "db#2", "db#3").stream()
                .flatMap(db -> answers(trace, db, operation).stream())
                .filter(s -> s == status)
                .count();
    }

    @Test
    void overlappingQuorumsNeverReadStaleData() {
        for (long seed = 1; seed <= 200; seed++) {
            Trace trace = Runs.finished(mixed(shop(new Replication.Leaderless(2, 2), SPREAD), 3, 200, ms(1500))
                    .duration(3 * Micros.PER_SECOND)
                    .seed(seed)
                    .build());

            assertThat(decisions(trace, Decision.STALE_READ))
                    .as(
                            "seed %d: R 2 + W 2 > N 3, so every read meets a replica that holds the last acknowledged write",
                            seed)
                    .isEmpty();
            assertThat(answered(trace, Operation.READ, Status.OK))
                    .as("seed %d: reads found data", seed)
                    .isGreaterThan(50);
            assertThat(decisions(trace, Decision.QUORUM_FAILED))
                    .as("seed %d", seed)
                    .isEmpty();
        }
    }

    @Test
    void smallQuorumsReadStaleDataAndSayWhich() {
        for (long seed = 1; seed <= 20; seed++) {
            Trace trace = Runs.finished(mixed(shop(new Replication.Leaderless(1, 1), SPREAD), 3, 200, ms(1500))
                    .duration(3 * Micros.PER_SECOND)
                    .seed(seed)
                    .build());

            List<Integer> stale = decisions(trace, Decision.STALE_READ);
            assertThat(stale)
                    .as("seed %d: R 1 + W 1 <= N 3, so a read can miss every replica that holds the last write", seed)
                    .hasSizeGreaterThan(5);
            assertThat(trace.detail(stale.get(0)))
                    .as("seed %d", seed)
                    .matches(
                            "stale read k\\d: answered version \\d+(\\.\\d)?, version \\d+\\.\\d was acknowledged at .+");
        }
    }

    /**
     * One write at 100 ms while {@code db#3} is cut off from its peers until 500 ms, then reads every
     * second: round robin sends the write to db#1 and the reads to db#2, db#3, db#1, ...
     */
    private static Tiny missedWrite(Replication.Leaderless quorum, long healAt, int reads) {
        return shop(quorum, NetworkProfile.DEFAULT)
                .everyMillis("c", "api", 100, 0, ms(150), 0.0, 100)
                .everyMillis("c", "api", 1000, ms(1000), ms(1000) * (reads + 1) + ms(500), 1.0, 100)
                .fault(ms(1), new Fault.Partition("cut", List.of("db#3"), List.of("db#1", "db#2"), false))
                .fault(healAt, new Fault.Heal("cut"))
                .duration(ms(1000) * (reads + 3));
    }

    @Test
    void readRepairBringsTheReplicaThatMissedAWriteUpToDate() {
        Trace repaired = Runs.finished(missedWrite(new Replication.Leaderless(1, 2, true, false), ms(500), 2)
                .build());
        Trace unrepaired = Runs.finished(missedWrite(new Replication.Leaderless(1, 2, false, false), ms(500), 2)
                .build());

        assertThat(decisions(repaired, Decision.READ_REPAIR))
                .extracting(repaired::detail)
                .containsExactly("read repair k0 on db#3: version 0 -> 1.1");
        assertThat(answers(repaired, "db#3", Operation.READ))
                .as("db#3 answers the second read alone (R 1) with the repaired version")
                .containsExactly(Status.OK);
        assertThat(answers(unrepaired, "db#3", Operation.READ))
                .as("without read repair db#3 still misses the write")
                .containsExactly(Status.NOT_FOUND);
        assertThat(decisions(unrepaired, Decision.STALE_READ)).hasSize(1);
    }

    @Test
    void aReplicaCutOffFailsWritesThatNeedAllReplicasButNotAMajority() {
        Fault cut = new Fault.Partition("cut", List.of("db#3"), List.of("c", "api", "db#1", "db#2"), false);
        Trace all = Runs.finished(mixed(shop(new Replication.Leaderless(1, 3), SPREAD), 5, 50, ms(1000))
                .fault(ms(1), cut)
                .duration(3 * Micros.PER_SECOND)
                .build());
        Trace majority = Runs.finished(mixed(shop(new Replication.Leaderless(1, 2), SPREAD), 5, 50, ms(1000))
                .fault(ms(1), cut)
                .duration(3 * Micros.PER_SECOND)
                .build());

        assertThat(answered(all, Operation.WRITE, Status.ERROR)).isGreaterThan(5);
        assertThat(answered(all, Operation.WRITE, Status.OK))
                .as("W 3 with a replica unreachable")
                .isZero();
        List<String> failed =
                decisions(all, Decision.QUORUM_FAILED).stream().map(all::detail).toList();
        assertThat(failed)
                .filteredOn(l -> l.startsWith("PUT"))
                .isNotEmpty()
                .allMatch(l -> l.matches("PUT k\\d: 2 of 3 acknowledgements within 1s"));
        assertThat(failed)
                .filteredOn(l -> l.startsWith("GET"))
                .as("a read that finds a version must write it back to W 3 replicas before answering")
                .isNotEmpty()
                .allMatch(l ->
                        l.matches("GET k\\d: 2 of 3 replicas hold version \\d+\\.\\d after read repair within 1s"));
        assertThat(answered(majority, Operation.WRITE, Status.OK)).isGreaterThan(5);
        assertThat(answered(majority, Operation.WRITE, Status.ERROR))
                .as("W 2 with two replicas up")
                .isZero();
    }

    @Test
    void hintedHandoffDeliversTheMissedWriteOnceThePartitionHeals() {
        Trace hinted = Runs.finished(missedWrite(new Replication.Leaderless(1, 2, false, true), ms(1500), 5)
                .build());
        Trace plain = Runs.finished(missedWrite(new Replication.Leaderless(1, 2, false, false), ms(1500), 5)
                .build());

        assertThat(decisions(hinted, Decision.HINT_STORED))
                .extracting(hinted::detail)
                .containsExactly("hint for db#3: k0 version 1.1 kept until it answers");
        List<Integer> delivered = decisions(hinted, Decision.HINT_DELIVERED);
        assertThat(delivered).extracting(hinted::detail).containsExactly("hint for db#3 delivered: k0 version 1.1");
        assertThat(hinted.time(delivered.get(0))).as("after the heal").isGreaterThan(ms(1500));
        assertThat(answers(hinted, "db#3", Operation.READ))
                .as("db#3's reads, alone (R 1): before the hint, then after")
                .containsExactly(Status.NOT_FOUND, Status.OK);
        assertThat(answers(plain, "db#3", Operation.READ)).containsExactly(Status.NOT_FOUND, Status.NOT_FOUND);
    }

    @Test
    void aDesignWithoutReplicationKeepsOneCopyPerInstance() {
        Tiny design = shop(new Replication.Leaderless(1, 1), SPREAD);
        Trace trace = Runs.finished(mixed(design, 3, 100, ms(500))
                .replication("db", Replication.NONE)
                .duration(ms(1000))
                .build());

        assertThat(Runs.events(
                        trace,
                        seq -> trace.message(seq) >= 0
                                && trace.messageKind(trace.message(seq)) == MessageKind.REPLICATION))
                .as("no replication messages without replication")
                .isEmpty();
    }
}
