package dsw.simulation.pattern;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.pattern.Replication;
import dsw.model.pattern.Replication.SingleLeader.Failover;
import dsw.model.pattern.Replication.SingleLeader.Mode;
import dsw.model.pattern.Replication.SingleLeader.ReadFrom;
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
import dsw.simulation.check.Cancellation;
import dsw.simulation.check.CheckResult;
import dsw.simulation.check.ClientHistory;
import dsw.simulation.check.LinearizabilityChecker;
import dsw.simulation.check.Models;
import dsw.simulation.check.RunHistory;
import dsw.simulation.check.Verdict;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What a user sees of single-leader replication: asynchronous followers lose acknowledged writes
 * when the leader crashes and synchronous ones do not; semi-synchronous answers sooner than
 * synchronous without losing writes; follower reads can be stale; failover is automatic after the
 * timeout or waits for the operator; and a leader cut off keeps accepting writes (split brain)
 * unless fencing stops it.
 */
class LeaderReplicationTest {
    private static final NetworkProfile SPREAD =
            NetworkProfile.DEFAULT.withLatency(new Distribution.Uniform(ms(1), ms(20)));
    private static final long TIMEOUT = ms(500);
    private static final long CRASH = ms(1000);

    private static Replication.SingleLeader leader(Mode mode, ReadFrom readFrom, Failover failover, boolean fencing) {
        return new Replication.SingleLeader(mode, readFrom, failover, TIMEOUT, fencing);
    }

    private static Replication.SingleLeader leader(Mode mode) {
        return leader(mode, ReadFrom.LEADER, Failover.AUTOMATIC, true);
    }

    /**
     * Client {@code c} calls service {@code api}, which reads and writes (half each) three keys in
     * {@code db}, a 3-replica single-leader database, 200 times a second for the first 2.5 s of 4 s.
     */
    private static Tiny shop(Replication.SingleLeader replication, long seed) {
        return shop(replication, seed, 200);
    }

    /** The same shop with {@code perSecond} requests a second. */
    private static Tiny shop(Replication.SingleLeader replication, long seed, double perSecond) {
        return Tiny.design("leader")
                .component("c", "client")
                .component("api", "service")
                .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .component("db", "database", 3)
                .link("c", "api")
                .link("api", "db", SPREAD)
                .replication("db", replication)
                .workload(new Workload(
                        "c", "api", new LoadModel.OpenLoop(perSecond, true), 0.5, new KeySpace(3, 0), 0, ms(2500), 100))
                .duration(4 * Micros.PER_SECOND)
                .seed(seed);
    }

    private static Trace leaderCrash(Replication.SingleLeader replication, long seed) {
        return Runs.finished(
                shop(replication, seed).fault(CRASH, new Fault.Crash("db#1")).build());
    }

    private static List<Integer> decisions(Trace trace, Decision decision) {
        return Runs.events(trace, seq -> trace.type(seq) == EventType.LOCAL && trace.decision(seq) == decision);
    }

    /** The database's answers to the service's writes that ended ok, each as the time it took. */
    private static List<Long> writeLatencies(Trace trace) {
        return List.of("db#1", "db#2", "db#3").stream()
                .flatMap(db -> Runs.messages(trace, MessageKind.RESPONSE, db, "api").stream())
                .filter(msg -> trace.messageOperation(msg) == Operation.WRITE && trace.messageStatus(msg) == Status.OK)
                .map(msg -> Runs.sentAt(trace, msg) - Runs.sentAt(trace, trace.messageReplyTo(msg)))
                .sorted()
                .toList();
    }

    private static long okWrites(Trace trace) {
        return writeLatencies(trace).size();
    }

    @Test
    void asynchronousFollowersLoseAcknowledgedWritesWhenTheLeaderCrashes() {
        long lost = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Trace trace = leaderCrash(leader(Mode.ASYNCHRONOUS), seed);
            List<Integer> lostWrites = decisions(trace, Decision.LOST_WRITE);
            assertThat(lostWrites)
                    .extracting(trace::detail)
                    .as("seed %d", seed)
                    .allMatch(l -> l.matches("k\\d version 1\\.\\d+ acknowledged at .+ is lost: new leader db#2 never"
                            + " received it"));
            assertThat(decisions(trace, Decision.FAILOVER))
                    .extracting(trace::detail)
                    .as("seed %d", seed)
                    .singleElement()
                    .asString()
                    .startsWith("db#2 takes over as leader, term 2");
            lost += lostWrites.size();
        }
        System.out.println("asynchronous, leader crash: " + lost + " acknowledged writes lost in 20 runs");
        assertThat(lost)
                .as("writes the leader acknowledged at once and had not yet shipped to a follower")
                .isGreaterThan(10);
    }

    @Test
    void theLinearizabilityCheckerFlagsTheWritesAnAsynchronousLeaderLost() {
        int flagged = 0;
        for (long seed = 1; seed <= 5; seed++) {
            // 60 requests a second instead of 200, so that each key's history stays small enough to search
            Trace trace = Runs.finished(shop(leader(Mode.ASYNCHRONOUS), seed, 60)
                    .fault(CRASH, new Fault.Crash("db#1"))
                    .build());
            ClientHistory history = RunHistory.of(trace).history();
            CheckResult result = LinearizabilityChecker.check(
                    history,
                    Models.named("kv", history.initial()).orElseThrow(),
                    Cancellation.after(Duration.ofSeconds(30)));
            assertThat(result.verdict()).as("seed %d: a decided answer", seed).isNotEqualTo(Verdict.UNKNOWN);
            if (result.verdict() == Verdict.VIOLATION) {
                flagged++;
                assertThat(result.violation().orElseThrow().sentence())
                        .as("seed %d", seed)
                        .startsWith("get of ");
            }
        }
        assertThat(flagged)
                .as("runs whose clients read a key as it was before a write they saw acknowledged")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void synchronousFollowersLoseNoAcknowledgedWrite() {
        for (long seed = 1; seed <= 200; seed++) {
            Trace trace = leaderCrash(leader(Mode.SYNCHRONOUS), seed);
            assertThat(decisions(trace, Decision.LOST_WRITE))
                    .as("seed %d", seed)
                    .isEmpty();
            assertThat(decisions(trace, Decision.FAILOVER)).as("seed %d", seed).hasSize(1);
            assertThat(okWrites(trace))
                    .as("seed %d: writes succeed until the crash; after it, the dead follower db#1 blocks them", seed)
                    .isGreaterThan(50);
        }
    }

    @Test
    void semiSynchronousAnswersSoonerThanSynchronousAndLosesNothingWhenTheLeaderCrashes() {
        long sync = median(
                writeLatencies(Runs.finished(shop(leader(Mode.SYNCHRONOUS), 1).build())));
        long semi = median(writeLatencies(
                Runs.finished(shop(leader(Mode.SEMI_SYNCHRONOUS), 1).build())));
        long async = median(
                writeLatencies(Runs.finished(shop(leader(Mode.ASYNCHRONOUS), 1).build())));
        System.out.println("median write latency: synchronous " + Micros.humanize(sync) + ", semi-synchronous "
                + Micros.humanize(semi) + ", asynchronous " + Micros.humanize(async));
        assertThat(semi)
                .as("the first follower's acknowledgement, not the slower one's")
                .isLessThan(sync);
        assertThat(async).isLessThan(semi);
        for (long seed = 1; seed <= 100; seed++) {
            Trace trace = leaderCrash(leader(Mode.SEMI_SYNCHRONOUS), seed);
            assertThat(decisions(trace, Decision.LOST_WRITE))
                    .as("seed %d: every acknowledged write is on a follower, which hands it to the new leader", seed)
                    .isEmpty();
        }
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void followerReadsCanBeStaleAndLeaderReadsAreNot() {
        long followers = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Trace fromFollowers =
                    Runs.finished(shop(leader(Mode.ASYNCHRONOUS, ReadFrom.FOLLOWERS, Failover.AUTOMATIC, true), seed)
                            .build());
            Trace fromLeader =
                    Runs.finished(shop(leader(Mode.ASYNCHRONOUS), seed).build());
            List<Integer> stale = decisions(fromFollowers, Decision.STALE_READ);
            assertThat(stale)
                    .extracting(fromFollowers::detail)
                    .as("seed %d", seed)
                    .allMatch(
                            l -> l.matches(
                                    "stale read k\\d on db#[23]: answered version [0-9.]+, version 1\\.\\d+ was acknowledged at .+"));
            assertThat(decisions(fromLeader, Decision.STALE_READ))
                    .as("seed %d: the leader holds every write it acknowledged", seed)
                    .isEmpty();
            followers += stale.size();
        }
        System.out.println("follower reads: " + followers + " stale reads in 10 runs");
        assertThat(followers).isGreaterThan(20);
    }

    @Test
    void automaticFailoverHappensWithinTheTimeoutAfterTheCrash() {
        for (long seed = 1; seed <= 20; seed++) {
            Trace trace = leaderCrash(leader(Mode.SYNCHRONOUS), seed);
            int failover = decisions(trace, Decision.FAILOVER).get(0);
            long after = trace.time(failover) - CRASH;
            assertThat(trace.detail(failover))
                    .as("seed %d", seed)
                    .matches("db#2 takes over as leader, term 2 \\(db#1 silent for \\d+ms\\)");
            assertThat(after)
                    .as("seed %d: the last heartbeat came at most one interval (100ms) before the crash", seed)
                    .isBetween(TIMEOUT - ms(100), TIMEOUT + ms(150));
        }
    }

    @Test
    void manualFailoverWaitsForTheOperatorsPromotion() {
        long promoteAt = ms(2000);
        Trace trace = Runs.finished(shop(leader(Mode.SEMI_SYNCHRONOUS, ReadFrom.LEADER, Failover.MANUAL, true), 1)
                .fault(CRASH, new Fault.Crash("db#1"))
                .fault(promoteAt, new Fault.Promote("db#2"))
                .build());

        List<Integer> failovers = decisions(trace, Decision.FAILOVER);
        assertThat(failovers)
                .extracting(trace::detail)
                .containsExactly("db#2 takes over as leader, term 2 (promoted by the operator)");
        assertThat(trace.time(failovers.get(0))).isEqualTo(promoteAt);
        assertThat(okWritesBetween(trace, CRASH + ms(50), promoteAt))
                .as("no leader between the crash and the promotion")
                .isZero();
        assertThat(okWritesBetween(trace, promoteAt + ms(50), ms(2500))).isGreaterThan(5);
    }

    private static long okWritesBetween(Trace trace, long from, long to) {
        return List.of("db#1", "db#2", "db#3").stream()
                .flatMap(db -> Runs.messages(trace, MessageKind.RESPONSE, db, "api").stream())
                .filter(msg -> trace.messageOperation(msg) == Operation.WRITE && trace.messageStatus(msg) == Status.OK)
                .mapToLong(msg -> Runs.sentAt(trace, msg))
                .filter(t -> t >= from && t < to)
                .count();
    }

    /** The leader db#1 is cut off from its followers (not from the service) from 1 s to 3 s. */
    private static Trace leaderCutOff(boolean fencing, long seed) {
        return Runs.finished(shop(leader(Mode.ASYNCHRONOUS, ReadFrom.LEADER, Failover.AUTOMATIC, fencing), seed)
                .fault(ms(1000), new Fault.Partition("cut", List.of("db#1"), List.of("db#2", "db#3"), false))
                .fault(ms(3000), new Fault.Heal("cut"))
                .build());
    }

    @Test
    void aLeaderCutOffCausesSplitBrainUnlessFenced() {
        LongStream.rangeClosed(1, 10).forEach(seed -> {
            Trace unfenced = leaderCutOff(false, seed);
            Trace fenced = leaderCutOff(true, seed);

            assertThat(decisions(unfenced, Decision.SPLIT_BRAIN))
                    .extracting(unfenced::detail)
                    .as("seed %d", seed)
                    .containsExactly("split brain: db#1 (term 1) and db#2 (term 2) both accept writes");
            assertThat(decisions(fenced, Decision.SPLIT_BRAIN))
                    .as("seed %d", seed)
                    .isEmpty();
            assertThat(decisions(fenced, Decision.FENCED))
                    .extracting(fenced::detail)
                    .as("seed %d: db#1 stops taking writes before db#2 takes over, and steps down after the heal", seed)
                    .contains("db#1 refuses writes: no follower has confirmed term 1 for 500ms")
                    .anyMatch(l -> l.startsWith("db#1 steps down: term 2 is newer"));
        });
    }
}
