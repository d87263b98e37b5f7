package dsw.simulation.pattern;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.pattern.Replication;
import dsw.model.pattern.Replication.MultiLeader.Resolution;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Workload;
import dsw.model.scenario.WriteKind;
import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.simulation.testkit.Answers;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What a user sees of multi-leader replication: with last writer wins a clock ahead makes a
 * later write lose, siblings keep both of two concurrent writes until a read-modify-write
 * replaces them, and CRDT counters and sets hold every acknowledged update on every replica once
 * a partition heals.
 */
class MultiLeaderReplicationTest {
    private static final NetworkProfile SPREAD =
            NetworkProfile.DEFAULT.withLatency(new Distribution.Uniform(ms(1), ms(20)));

    /**
     * Client {@code c} calls service {@code api}, which calls {@code db}, a multi-leader database
     * with {@code replicas} instances that take 1 ms a read or write; the service spreads its calls over them round robin.
     */
    private static Tiny shop(Resolution resolution, int replicas, NetworkProfile network) {
        return Tiny.design("multi-leader")
                .component("c", "client")
                .component("api", "service")
                .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .component("db", "database", replicas)
                .set("db", PropertyKeys.READ_TIME, Distribution.constant(ms(1)))
                .set("db", PropertyKeys.WRITE_TIME, Distribution.constant(ms(1)))
                .link("c", "api")
                .link("api", "db", network)
                .replication("db", new Replication.MultiLeader(resolution));
    }

    private static Workload open(double perSecond, double readRatio, int keys, long start, long stop) {
        return new Workload(
                "c",
                "api",
                new LoadModel.OpenLoop(perSecond, true),
                readRatio,
                new KeySpace(keys, 0),
                start,
                stop,
                100);
    }

    private static List<Integer> decisions(Trace trace, Decision decision) {
        return Runs.events(trace, seq -> trace.type(seq) == EventType.LOCAL && trace.decision(seq) == decision);
    }

    /** The database's answers of {@code operation} with {@code status}, as message ids in send order. */
    private static List<Integer> answered(Trace trace, Operation operation, Status status) {
        return Runs.events(
                        trace,
                        seq -> trace.type(seq) == EventType.SEND
                                && trace.messageKind(trace.message(seq)) == MessageKind.RESPONSE
                                && trace.header()
                                        .processes()
                                        .get(trace.process(seq))
                                        .component()
                                        .equals("db")
                                && trace.messageOperation(trace.message(seq)) == operation
                                && trace.messageStatus(trace.message(seq)) == status)
                .stream()
                .map(trace::message)
                .toList();
    }

    /** The reads the service got answered ok from {@code from} on, in arrival order. */
    private static List<Answers.Answer> readsAfter(Answers.Run run, long from) {
        return run.answers().stream()
                .filter(a -> a.at() >= from
                        && a.response().operation() == Operation.READ
                        && a.response().status() == Status.OK)
                .toList();
    }

    // Last writer wins

    /** A write at 100 ms (to db#1) and one at 200 ms (to db#2) of k0, then reads at 1.1 s and 1.2 s (db#1, db#2). */
    private static Tiny twoWrites(Fault skew) {
        Tiny design = shop(Resolution.LAST_WRITER_WINS, 2, NetworkProfile.DEFAULT)
                .everyMillis("c", "api", 100, 0, ms(250), 0.0, 100)
                .everyMillis("c", "api", 100, ms(1000), ms(1250), 1.0, 100)
                .duration(ms(1500));
        return skew == null ? design : design.fault(0, skew);
    }

    @Test
    void aClockAheadMakesTheLaterWriteLose() {
        Answers.Run run = Answers.received(
                twoWrites(new Fault.ClockSkew("db#1", ms(300), 0)).build(), "api");
        Trace trace = run.trace();
        List<Integer> writes = answered(trace, Operation.WRITE, Status.OK);
        assertThat(writes).as("both writes acknowledged").hasSize(2);
        int earlier = trace.messageRequest(writes.get(0));
        int later = trace.messageRequest(writes.get(1));

        assertThat(decisions(trace, Decision.LWW_DISCARDED))
                .extracting(trace::detail)
                .containsExactly("k0: write of request " + later + " at 204ms discarded; request " + earlier
                        + "'s stamp 404ms (clock of db#1, 300ms ahead) wins over 204ms");
        assertThat(readsAfter(run, ms(1000)))
                .as("both replicas answer the earlier write")
                .hasSize(2)
                .allMatch(a -> a.response().data().value() == earlier);
    }

    @Test
    void withoutSkewTheLaterWriteWins() {
        Answers.Run run = Answers.received(twoWrites(null).build(), "api");
        Trace trace = run.trace();
        int later =
                trace.messageRequest(answered(trace, Operation.WRITE, Status.OK).get(1));

        assertThat(decisions(trace, Decision.LWW_DISCARDED)).isEmpty();
        assertThat(readsAfter(run, ms(1000)))
                .hasSize(2)
                .allMatch(a -> a.response().data().value() == later);
    }

    /** Writes of one key at 200 a second for a second, spread over three leaders; reads from 2 s on. */
    private static Tiny busyKey(long seed) {
        return shop(Resolution.LAST_WRITER_WINS, 3, SPREAD)
                .workload(open(200, 0, 1, 0, ms(1000)))
                .workload(open(20, 1, 1, ms(2000), ms(3000)))
                .duration(ms(3500))
                .seed(seed);
    }

    @Test
    void withoutSkewNoWriteLosesToOneWrittenEarlierAndTheLastWriteWinsEverywhere() {
        for (long seed = 1; seed <= 100; seed++) {
            Answers.Run run = Answers.received(busyKey(seed).build(), "api");
            Trace trace = run.trace();
            List<Integer> writes = answered(trace, Operation.WRITE, Status.OK);
            long lastAt = Runs.sentAt(trace, writes.get(writes.size() - 1));
            Set<Long> lastWrites = new HashSet<>();
            for (int msg : writes) {
                if (Runs.sentAt(trace, msg) == lastAt) {
                    lastWrites.add((long) trace.messageRequest(msg));
                }
            }

            assertThat(decisions(trace, Decision.LWW_DISCARDED))
                    .as("seed %d", seed)
                    .isEmpty();
            assertThat(readsAfter(run, ms(2000)))
                    .as("seed %d: every replica answers the write accepted last", seed)
                    .hasSizeGreaterThan(10)
                    .allMatch(a -> lastWrites.contains(a.response().data().value()));
        }
    }

    @Test
    void withOneClockAheadWritesAreLostInEveryRun() {
        for (long seed = 1; seed <= 100; seed++) {
            Trace trace = Runs.finished(busyKey(seed)
                    .fault(0, new Fault.ClockSkew("db#2", ms(50), 0))
                    .build());

            assertThat(decisions(trace, Decision.LWW_DISCARDED))
                    .as("seed %d: writes at db#1 and db#3 within 50 ms after one at db#2 lose", seed)
                    .hasSizeGreaterThan(10)
                    .extracting(trace::detail)
                    .allMatch(
                            l -> l.matches(
                                    "k0: write of request \\d+ at .+ discarded; request \\d+'s stamp .+ \\(clock of db#2, 50ms ahead\\) wins over .+"));
        }
    }

    // Siblings

    /** Siblings on a 2-replica database whose replicas are 50 ms apart. */
    private static Tiny slowPeers() {
        return shop(Resolution.SIBLINGS, 2, NetworkProfile.DEFAULT.withLatency(Distribution.constant(ms(50))));
    }

    /**
     * Writes of k0 at 100 ms (db#1) and 120 ms (db#2): neither leader has heard of the other's
     * write when it takes its own; then a read at 500 ms (db#1) and reads at 1.1 s and 1.2 s.
     */
    @Test
    void siblingsKeepBothConcurrentWritesUntilAReadModifyWriteReplacesThem() {
        Tiny design = slowPeers()
                .everyMillis("c", "api", 20, ms(80), ms(130), 0.0, 100)
                .everyMillis("c", "api", 500, 0, ms(600), 1.0, 100)
                .everyMillis("c", "api", 100, ms(1000), ms(1250), 1.0, 100)
                .duration(ms(2000));
        Answers.Run run = Answers.received(design.build(), "api");
        Trace trace = run.trace();
        List<Long> written = answered(trace, Operation.WRITE, Status.OK).stream()
                .map(msg -> (long) trace.messageRequest(msg))
                .sorted()
                .toList();

        assertThat(written).hasSize(2);
        assertThat(readsAfter(run, 0))
                .as("every read after both writes reached both leaders returns both")
                .hasSize(3)
                .allMatch(a -> a.response().data().values().equals(written));
        assertThat(decisions(trace, Decision.SIBLINGS))
                .extracting(trace::detail)
                .hasSize(3)
                .allMatch(l -> l.equals("k0 has 2 siblings: " + written.get(0) + ", " + written.get(1)));
    }

    /**
     * The same two writes, then an increment through the service at 700 ms: its read (db#1) finds
     * both siblings and its write (db#2) carries what the read saw; reads at 1.1 s and 1.2 s.
     */
    @Test
    void aReadModifyWriteThatReadTheSiblingsReplacesThem() {
        Tiny design = slowPeers()
                .everyMillis("c", "api", 20, ms(80), ms(130), 0.0, 100)
                .workload(new Workload(
                                "c",
                                "api",
                                new LoadModel.OpenLoop(2, false),
                                0,
                                new KeySpace(1, 0),
                                ms(200),
                                ms(800),
                                100)
                        .withWrites(WriteKind.INCREMENT))
                .everyMillis("c", "api", 100, ms(1000), ms(1250), 1.0, 100)
                .duration(ms(2000));
        Answers.Run run = Answers.received(design.build(), "api");
        Trace trace = run.trace();

        List<Answers.Answer> rmwRead =
                readsAfter(run, 0).stream().filter(a -> a.at() < ms(1000)).toList();
        assertThat(rmwRead).as("the increment's read found both siblings").hasSize(1);
        long largest = rmwRead.get(0).response().data().value();
        assertThat(rmwRead.get(0).response().data().values()).hasSize(2);
        assertThat(readsAfter(run, ms(1000)))
                .as("after the increment, both leaders hold one version: the larger sibling plus one")
                .hasSize(2)
                .allMatch(a -> a.response().data().values().equals(List.of(largest + 1)));
        assertThat(decisions(trace, Decision.SIBLINGS)).hasSize(1);
    }

    // CRDTs

    /**
     * Updates of three keys at 100 a second for 1 s over three leaders with db#3 cut off from its
     * peers from 200 ms to 1.5 s, after the last update, so only anti-entropy can bring the replicas
     * together; reads from 4 s on (150 a second), after the heal and a few anti-entropy rounds.
     */
    private static Tiny partitioned(Resolution resolution, WriteKind writes, long seed) {
        return shop(resolution, 3, SPREAD)
                .workload(open(100, 0, 3, 0, ms(1000)).withWrites(writes))
                .workload(open(150, 1, 3, ms(4000), ms(5000)))
                .fault(ms(200), new Fault.Partition("cut", List.of("db#3"), List.of("db#1", "db#2"), false))
                .fault(ms(1500), new Fault.Heal("cut"))
                .duration(ms(5500))
                .seed(seed);
    }

    /** The final reads by key, each with the replica that answered it. */
    private static Map<Integer, List<Answers.Answer>> finalReads(Answers.Run run) {
        Map<Integer, List<Answers.Answer>> byKey = new TreeMap<>();
        for (Answers.Answer a : readsAfter(run, ms(4000))) {
            byKey.computeIfAbsent(a.response().key(), k -> new ArrayList<>()).add(a);
        }
        return byKey;
    }

    /** The acknowledged updates by key: their request numbers. */
    private static Map<Integer, Set<Long>> acknowledged(Trace trace, Operation operation) {
        Map<Integer, Set<Long>> byKey = new HashMap<>();
        for (int msg : answered(trace, operation, Status.OK)) {
            byKey.computeIfAbsent(trace.messageKey(msg), k -> new HashSet<>()).add((long) trace.messageRequest(msg));
        }
        return byKey;
    }

    /** Every replica answered a final read of every key. */
    private static void assertEveryReplicaRead(Trace trace, Map<Integer, List<Answers.Answer>> reads, long seed) {
        for (List<Answers.Answer> answers : reads.values()) {
            assertThat(answers.stream()
                            .map(a -> trace.header().processes().get(a.from()).id())
                            .distinct())
                    .as("seed %d", seed)
                    .containsExactlyInAnyOrder("db#1", "db#2", "db#3");
        }
    }

    @Test
    void aCrdtCounterConvergesToEveryAcknowledgedIncrementAfterThePartitionHeals() {
        for (long seed = 1; seed <= 100; seed++) {
            Answers.Run run = Answers.received(
                    partitioned(Resolution.CRDT_COUNTER, WriteKind.INCREMENT, seed)
                            .build(),
                    "api");
            Map<Integer, Set<Long>> increments = acknowledged(run.trace(), Operation.INCREMENT);
            Map<Integer, List<Answers.Answer>> reads = finalReads(run);

            assertThat(reads.keySet()).as("seed %d", seed).containsExactly(0, 1, 2);
            assertEveryReplicaRead(run.trace(), reads, seed);
            for (Map.Entry<Integer, List<Answers.Answer>> e : reads.entrySet()) {
                long expected = increments.get(e.getKey()).size();
                assertThat(e.getValue())
                        .as(
                                "seed %d, k%d: every replica counts the %d acknowledged increments",
                                seed, e.getKey(), expected)
                        .allMatch(a -> a.response().data().value() == expected);
            }
        }
    }

    @Test
    void aCrdtSetConvergesToEveryAcknowledgedWriteAfterThePartitionHeals() {
        for (long seed = 1; seed <= 100; seed++) {
            Answers.Run run = Answers.received(
                    partitioned(Resolution.CRDT_SET, WriteKind.PUT, seed).build(), "api");
            Map<Integer, Set<Long>> writes = acknowledged(run.trace(), Operation.WRITE);
            Map<Integer, List<Answers.Answer>> reads = finalReads(run);

            assertThat(reads.keySet()).as("seed %d", seed).containsExactly(0, 1, 2);
            assertEveryReplicaRead(run.trace(), reads, seed);
            for (Map.Entry<Integer, List<Answers.Answer>> e : reads.entrySet()) {
                Set<Long> expected = writes.get(e.getKey());
                assertThat(e.getValue())
                        .as(
                                "seed %d, k%d: every replica holds the %d acknowledged writes",
                                seed, e.getKey(), expected.size())
                        .allMatch(a -> Set.copyOf(a.response().data().values()).equals(expected))
                        .allMatch(a -> a.response().size() == 64 + 8 * expected.size());
            }
        }
    }

    @Test
    void duringThePartitionTheCutOffReplicaMissesTheOthersUpdates() {
        Tiny design = partitioned(Resolution.CRDT_COUNTER, WriteKind.INCREMENT, 1)
                .workload(open(200, 1, 3, ms(900), ms(1100)));
        Answers.Run run = Answers.received(design.build(), "api");
        int db3 = Runs.process(run.trace(), "db#3");
        int db1 = Runs.process(run.trace(), "db#1");

        long cutOff = run.answers().stream()
                .filter(a ->
                        a.at() > ms(900) && a.at() < ms(1100) && a.response().operation() == Operation.READ)
                .filter(a -> a.from() == db3 && a.response().key() == 0)
                .mapToLong(a -> a.response().data().value())
                .max()
                .orElseThrow();
        long connected = run.answers().stream()
                .filter(a ->
                        a.at() > ms(900) && a.at() < ms(1100) && a.response().operation() == Operation.READ)
                .filter(a -> a.from() == db1 && a.response().key() == 0)
                .mapToLong(a -> a.response().data().value())
                .max()
                .orElseThrow();
        assertThat(cutOff).as("db#3 counts about a third of k0's increments").isLessThan(connected);
    }

    @Test
    void aCounterRefusesWritesAndCountsOnlyIncrements() {
        Trace trace = Runs.finished(shop(Resolution.CRDT_COUNTER, 2, NetworkProfile.DEFAULT)
                .everyMillis("c", "api", 100, 0, ms(350), 0.0, 100)
                .duration(ms(1000))
                .build());

        assertThat(answered(trace, Operation.WRITE, Status.REJECTED)).hasSize(3);
        assertThat(answered(trace, Operation.WRITE, Status.OK)).isEmpty();
    }
}
