package dsw.simulation.pattern;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.pattern.Replication;
import dsw.model.pattern.Replication.MultiLeader.Resolution;
import dsw.model.pattern.Replication.SingleLeader.Mode;
import dsw.model.pattern.Replication.SingleLeader.ReadFrom;
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
import dsw.simulation.check.Cancellation;
import dsw.simulation.check.CheckResult;
import dsw.simulation.check.ClientHistory;
import dsw.simulation.check.Completion;
import dsw.simulation.check.ConvergenceChecker;
import dsw.simulation.check.LinearizabilityChecker;
import dsw.simulation.check.Models;
import dsw.simulation.check.RunHistory;
import dsw.simulation.check.Verdict;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Cache-aside invalidation of a replicated cache: a service writes the database and then deletes
 * the key from the cache. Under every replication protocol the delete reaches every replica as a
 * tombstone, so at the end of the run no replica holds the key and later reads find the new value
 * instead of the one cached before; a grow-only set refuses the delete and says why.
 */
class ReplicatedDeletesTest {
    private static final int KEYS = 3;
    private static final Set<Integer> ALL = Set.of(0, 1, 2);
    private static final List<Replication> PROTOCOLS = List.of(
            new Replication.Leaderless(2, 2, true, false),
            new Replication.Leaderless(2, 2, false, true),
            new Replication.SingleLeader(
                    Mode.SYNCHRONOUS,
                    ReadFrom.LEADER,
                    Replication.SingleLeader.Failover.MANUAL,
                    Replication.SingleLeader.DEFAULT_FAILOVER_TIMEOUT,
                    false),
            new Replication.SingleLeader(
                    Mode.ASYNCHRONOUS,
                    ReadFrom.FOLLOWERS,
                    Replication.SingleLeader.Failover.MANUAL,
                    Replication.SingleLeader.DEFAULT_FAILOVER_TIMEOUT,
                    false),
            new Replication.MultiLeader(Resolution.LAST_WRITER_WINS),
            new Replication.MultiLeader(Resolution.SIBLINGS));

    /**
     * Client c calls api, which keeps its data in db and caches it in cache (3 replicas, latency 1-20
     * ms). Writes of {@value #KEYS} keys from 0 to 300 ms, then reads from 400 to 900 ms that fill
     * the cache, then (with {@code invalidate}) writes from 1000 to 1300 ms that delete from the cache.
     */
    private static Tiny cacheAside(Replication replication, long seed, boolean invalidate) {
        Tiny design = Tiny.design("deletes")
                .component("c", "client")
                .component("api", "service")
                .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .component("db", "database")
                .component("cache", "cache", 3)
                .link("c", "api")
                .link("api", "db")
                .link("api", "cache", NetworkProfile.DEFAULT.withLatency(new Distribution.Uniform(ms(1), ms(20))))
                .replication("cache", replication)
                .workload(phase(0, 0, ms(300)))
                .workload(phase(1, ms(400), ms(900)))
                .duration(ms(4000))
                .seed(seed);
        return invalidate ? design.workload(phase(0, ms(1000), ms(1300))) : design;
    }

    /** Requests of every key, 50 a second, evenly spaced, with {@code readRatio} reads. */
    private static Workload phase(double readRatio, long start, long stop) {
        return new Workload(
                "c", "api", new LoadModel.OpenLoop(50, false), readRatio, new KeySpace(KEYS, 0), start, stop, 100);
    }

    /** The keys each instance of cache held at the end of the run, by instance. */
    private static Map<String, Set<Integer>> cacheHeld(Trace trace) {
        Map<String, Set<Integer>> held = new TreeMap<>();
        ConvergenceChecker.snapshots(trace).stream()
                .filter(s -> s.component().equals("cache"))
                .forEach(s -> held.put(s.instance(), s.data().keySet()));
        return held;
    }

    /** The keys the client wrote after {@code from}. */
    private static Set<Integer> writtenAfter(Trace trace, long from) {
        Set<Integer> keys = new TreeSet<>();
        for (int msg : Runs.messages(trace, MessageKind.REQUEST, "c", "api")) {
            if (trace.messageOperation(msg) == Operation.WRITE && Runs.sentAt(trace, msg) >= from) {
                keys.add(trace.messageKey(msg));
            }
        }
        return keys;
    }

    @Test
    void anInvalidatedKeyIsAbsentFromEveryReplicaOfTheCache() {
        for (Replication replication : PROTOCOLS) {
            for (long seed = 1; seed <= 5; seed++) {
                Trace filled =
                        Runs.finished(cacheAside(replication, seed, false).build());
                assertThat(cacheHeld(filled))
                        .as(
                                "%s, seed %d: without invalidation the reads leave every key in every replica",
                                replication, seed)
                        .isEqualTo(Map.of("cache#1", ALL, "cache#2", ALL, "cache#3", ALL));

                Trace trace = Runs.finished(cacheAside(replication, seed, true).build());
                Set<Integer> deleted = writtenAfter(trace, ms(1000));
                assertThat(deleted).as("seed %d", seed).isNotEmpty();
                Map<String, Set<Integer>> held = cacheHeld(trace);
                assertThat(held).as("seed %d", seed).hasSize(3);
                for (Map.Entry<String, Set<Integer>> replica : held.entrySet()) {
                    assertThat(replica.getValue())
                            .as(
                                    "%s, seed %d: %s after invalidating %s at 1-1.3 s",
                                    replication, seed, replica.getKey(), deleted)
                            .doesNotContainAnyElementsOf(deleted);
                }
                assertThat(ConvergenceChecker.check(trace).orElseThrow().verdict())
                        .as("%s, seed %d: replicas holding a tombstone agree with each other", replication, seed)
                        .isEqualTo(Verdict.OK);
            }
        }
    }

    @Test
    void readsAfterAnInvalidationFindTheNewValue() {
        for (Replication replication : PROTOCOLS) {
            for (long seed = 1; seed <= 5; seed++) {
                Trace trace = Runs.finished(cacheAside(replication, seed, true)
                        .workload(phase(1, ms(1800), ms(2500)))
                        .build());

                CheckResult result = linearizable(RunHistory.of(trace).history());

                assertThat(result.verdict())
                        .as(
                                "%s, seed %d: one phase at a time, a read after the write that invalidated the"
                                        + " cache returns that write; %s",
                                replication, seed, result.violation())
                        .isEqualTo(Verdict.OK);
            }
        }
    }

    @Test
    void aGrowOnlySetRefusesADeleteAndKeepsItsMembers() {
        Trace trace = Runs.finished(cacheAside(new Replication.MultiLeader(Resolution.CRDT_SET), 1, true)
                .build());

        List<String> notes = Runs.events(
                        trace,
                        seq -> trace.type(seq) == EventType.LOCAL
                                && trace.decision(seq) == Decision.NONE
                                && trace.detail(seq).contains("grow-only"))
                .stream()
                .map(trace::detail)
                .toList();

        assertThat(notes)
                .isNotEmpty()
                .allMatch(n -> n.matches(
                        "k\\d is a grow-only set, which the next sync would grow back: DEL k\\d" + " refused"));
        assertThat(cacheHeld(trace)).isEqualTo(Map.of("cache#1", ALL, "cache#2", ALL, "cache#3", ALL));
    }

    /**
     * A leaderless cache under R 2, W 2 of 3 with read repair, as api uses it: 100 client requests a
     * second, half reads, of 3 keys for a second, so api's cache reads, fills and invalidations
     * overlap. The cache's history, as api sees it, is linearizable: a delete is a put of absent.
     */
    @Test
    void aQuorumCacheWithDeletesInTheMixStaysLinearizable() {
        for (long seed = 1; seed <= 8; seed++) {
            Trace trace = Runs.finished(cacheAside(new Replication.Leaderless(2, 2, true, false), seed, false)
                    .workload(new Workload(
                            "c",
                            "api",
                            new LoadModel.OpenLoop(100, true),
                            0.5,
                            new KeySpace(KEYS, 0),
                            ms(1000),
                            ms(2000),
                            100))
                    .build());
            ClientHistory history = callsTo(trace, "api", "cache");

            CheckResult result = linearizable(history);

            assertThat(history.operations().stream()
                            .filter(o -> o.argument() instanceof List<?> a && RunHistory.ABSENT.equals(a.get(1))))
                    .as("seed %d: deletes in the history", seed)
                    .hasSizeGreaterThan(10);
            assertThat(result.verdict())
                    .as("seed %d: %s", seed, result.violation())
                    .isEqualTo(Verdict.OK);
        }
    }

    /**
     * The history of {@code caller}'s requests to the instances of {@code store}: a read is a get,
     * a write a put of its value and a delete a put of absent, from the request's send to the
     * receipt of its answer; a read that failed did not happen, a write that failed may have.
     */
    private static ClientHistory callsTo(Trace trace, String caller, String store) {
        int from = Runs.process(trace, caller);
        Map<Integer, Integer> answers = new TreeMap<>();
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            if (trace.messageKind(msg) == MessageKind.RESPONSE
                    && trace.messageTo(msg) == from
                    && trace.messageReplyTo(msg) >= 0
                    && !Runs.fates(trace, msg, EventType.RECEIVE).isEmpty()) {
                answers.putIfAbsent(trace.messageReplyTo(msg), msg);
            }
        }
        List<dsw.simulation.check.Operation> operations = new ArrayList<>();
        for (int call = 0; call < trace.messageCount(); call++) {
            if (trace.messageKind(call) != MessageKind.REQUEST
                    || trace.messageFrom(call) != from
                    || !componentOf(trace, trace.messageTo(call)).equals(store)) {
                continue;
            }
            Integer answer = answers.get(call);
            Status status = answer == null ? Status.NONE : trace.messageStatus(answer);
            Operation op = trace.messageOperation(call);
            boolean read = op == Operation.READ;
            long key = trace.messageKey(call);
            Object written = op == Operation.DELETE ? RunHistory.ABSENT : (Object) trace.messageValue(call);
            Object result = null;
            Completion completion = Completion.OK;
            if (read && status == Status.OK) {
                result = Arrays.asList(key, trace.messageValue(answer));
            } else if (read && status == Status.NOT_FOUND) {
                result = Arrays.asList(key, RunHistory.ABSENT);
            } else if (read) {
                continue; // a failed read did not happen
            } else if (status == Status.OK) {
                result = Arrays.asList(key, written);
            } else {
                completion = Completion.OPEN;
            }
            operations.add(new dsw.simulation.check.Operation(
                    operations.size(),
                    caller + "/" + operations.size(),
                    read ? "get" : "put",
                    Arrays.asList(key, read ? null : written),
                    result,
                    completion,
                    trace.sendSeq(call),
                    completion == Completion.OPEN
                            ? Long.MAX_VALUE
                            : Runs.fates(trace, answer, EventType.RECEIVE).get(0),
                    0));
        }
        return new ClientHistory(operations).declaring(Optional.of(RunHistory.MODEL), Optional.of(RunHistory.ABSENT));
    }

    private static String componentOf(Trace trace, int process) {
        return trace.header().processes().get(process).component();
    }

    private static CheckResult linearizable(ClientHistory history) {
        return LinearizabilityChecker.check(
                history,
                Models.named(RunHistory.MODEL, history.initial()).orElseThrow(),
                Cancellation.after(Duration.ofSeconds(30)));
    }
}
