package dsw.simulation.check;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.pattern.ConsistencyModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-built histories for each consistency promise, both verdicts, with the operations each explanation names. */
class ConsistencyCheckersTest {
    private static final String STALE_READ =
            """
            {:process 0, :type :invoke, :f :write, :value 2}
            {:process 0, :type :ok, :f :write, :value 2}
            {:process 1, :type :invoke, :f :read, :value nil}
            {:process 1, :type :ok, :f :read, :value 0}
            """;

    private static CheckResult check(ConsistencyModel promise, String model, String edn) throws HistoryFormatException {
        return ConsistencyChecker.forPromise(promise)
                .orElseThrow()
                .check(
                        HistoryFormat.EDN.parse("tiny.edn", edn),
                        Models.named(model, Optional.empty()).orElseThrow(),
                        Cancellation.never());
    }

    private static List<Integer> lines(CheckResult result) {
        return result.violation().orElseThrow().operations().stream()
                .map(Operation::line)
                .toList();
    }

    @Test
    void aStaleReadInAnotherProcessIsSequentialButNotLinearizable() throws HistoryFormatException {
        assertThat(check(ConsistencyModel.LINEARIZABLE, "register", STALE_READ).verdict())
                .isEqualTo(Verdict.VIOLATION);
        assertThat(check(ConsistencyModel.SEQUENTIAL, "register", STALE_READ).verdict())
                .isEqualTo(Verdict.OK);
    }

    @Test
    void readingANewValueThenAnOldOneInOneProcessIsNotSequential() throws HistoryFormatException {
        CheckResult result = check(
                ConsistencyModel.SEQUENTIAL,
                "register",
                """
                {:process 0, :type :invoke, :f :write, :value 2}
                {:process 0, :type :ok, :f :write, :value 2}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 2}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 0}
                """);

        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(result.violation().orElseThrow().sentence())
                .startsWith("read returned 0 (process 1, line 5) cannot follow read returned 2 (process 1, line 3) of"
                        + " its own process");
        assertThat(lines(result))
                .as("the write, whatever it did, does not explain it")
                .containsExactly(3, 5);
    }

    @Test
    void theLinearizabilityExplanationIsShrunkToTheOperationsThatCannotBeOrdered() throws HistoryFormatException {
        CheckResult result = check(
                ConsistencyModel.LINEARIZABLE,
                "register",
                """
                {:process 2, :type :invoke, :f :write, :value 3}
                {:process 2, :type :ok, :f :write, :value 3}
                {:process 3, :type :invoke, :f :read, :value nil}
                {:process 3, :type :ok, :f :read, :value 3}
                {:process 0, :type :invoke, :f :write, :value 2}
                {:process 0, :type :ok, :f :write, :value 2}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 3}
                """);

        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(lines(result))
                .as("the write of 3 is left out, free to take effect or not within its own time, which ended before"
                        + " the write of 2 began; so the first read is not needed either")
                .containsExactly(5, 7);
        assertThat(result.violation().orElseThrow().sentence())
                .startsWith("read returned 3 (process 1, line 7) after write of 2 (process 0, line 5) had completed");
    }

    @Test
    void readingTheInitialValueAfterYourOwnWriteBreaksReadYourWritesButNotMonotonicReads()
            throws HistoryFormatException {
        String history =
                """
                {:process 0, :type :invoke, :f :write, :value 2}
                {:process 0, :type :ok, :f :write, :value 2}
                {:process 0, :type :invoke, :f :read, :value nil}
                {:process 0, :type :ok, :f :read, :value 0}
                """;

        CheckResult ryw = check(ConsistencyModel.READ_YOUR_WRITES, "register", history);
        assertThat(ryw.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(ryw.violation().orElseThrow().sentence())
                .isEqualTo("read returned 0 (process 0, line 3) after its own write of 2 (process 0, line 1) had"
                        + " completed");
        assertThat(lines(ryw)).containsExactly(1, 3);
        assertThat(check(ConsistencyModel.MONOTONIC_READS, "register", history).verdict())
                .isEqualTo(Verdict.OK);
    }

    @Test
    void readingTwoWritesOfOneProcessBackwardsBreaksMonotonicReadsButNotReadYourWrites() throws HistoryFormatException {
        String history =
                """
                {:process 0, :type :invoke, :f :write, :value 1}
                {:process 0, :type :ok, :f :write, :value 1}
                {:process 0, :type :invoke, :f :write, :value 2}
                {:process 0, :type :ok, :f :write, :value 2}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 2}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 1}
                """;

        CheckResult mr = check(ConsistencyModel.MONOTONIC_READS, "register", history);
        assertThat(mr.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(lines(mr)).containsExactly(1, 3, 5, 7);
        assertThat(mr.violation().orElseThrow().sentence())
                .contains("read returned 1 (process 1, line 7) after its earlier read returned 2 (process 1, line 5)")
                .contains("write of 2 (process 0, line 3) came after write of 1 (process 0, line 1) in its process");
        assertThat(check(ConsistencyModel.READ_YOUR_WRITES, "register", history).verdict())
                .isEqualTo(Verdict.OK);
    }

    @Test
    void aRepeatedWrittenValueMakesSessionAndCausalChecksUnknownAndSaysWhy() throws HistoryFormatException {
        String history =
                """
                {:process 0, :type :invoke, :f :write, :value 1}
                {:process 0, :type :ok, :f :write, :value 1}
                {:process 1, :type :invoke, :f :write, :value 1}
                {:process 1, :type :ok, :f :write, :value 1}
                """;

        for (ConsistencyModel promise :
                List.of(ConsistencyModel.READ_YOUR_WRITES, ConsistencyModel.MONOTONIC_READS, ConsistencyModel.CAUSAL)) {
            CheckResult result = check(promise, "register", history);
            assertThat(result.verdict()).as("%s", promise).isEqualTo(Verdict.UNKNOWN);
            assertThat(result.reason().orElseThrow())
                    .contains("write of 1 (process 1, line 3) writes the same value as (process 0, line 1)")
                    .contains("unique written values");
        }
    }

    @Test
    void readingAWriteThatACausallyLaterWriteOverwroteBreaksCausality() throws HistoryFormatException {
        CheckResult result = check(
                ConsistencyModel.CAUSAL,
                "register",
                """
                {:process 0, :type :invoke, :f :write, :value 1}
                {:process 0, :type :ok, :f :write, :value 1}
                {:process 0, :type :invoke, :f :write, :value 2}
                {:process 0, :type :ok, :f :write, :value 2}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 2}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 1}
                """);

        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(lines(result))
                .as("the read of 2 is the link that puts the write of 2 in the second read's past")
                .containsExactly(1, 3, 5, 7);
        assertThat(result.violation().orElseThrow().sentence())
                .isEqualTo("read returned 1 (process 1, line 7) after write of 2 (process 0, line 3) happened before"
                        + " it through read returned 2 (process 1, line 5), which causally follows write of 1"
                        + " (process 0, line 1)");
    }

    @Test
    void eachProcessMissingTheOthersWriteIsCausalButNotSequential() throws HistoryFormatException {
        String history =
                """
                {:process 0, :type :invoke, :f :put, :value [:x "1"]}
                {:process 1, :type :invoke, :f :put, :value [:y "1"]}
                {:process 0, :type :ok, :f :put, :value [:x "1"]}
                {:process 1, :type :ok, :f :put, :value [:y "1"]}
                {:process 0, :type :invoke, :f :get, :value [:y nil]}
                {:process 1, :type :invoke, :f :get, :value [:x nil]}
                {:process 0, :type :ok, :f :get, :value [:y ""]}
                {:process 1, :type :ok, :f :get, :value [:x ""]}
                """;

        assertThat(check(ConsistencyModel.CAUSAL, "kv", history).verdict()).isEqualTo(Verdict.OK);
        CheckResult sequential = check(ConsistencyModel.SEQUENTIAL, "kv", history);
        assertThat(sequential.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(sequential.parts())
                .as("sequential consistency is checked as one part")
                .isEqualTo(1);
    }

    @Test
    void aCausalCheckUsesTheHappensBeforeItIsGiven() throws HistoryFormatException {
        ClientHistory history = HistoryFormat.EDN.parse("tiny.edn", STALE_READ);
        Model register = Models.named("register", Optional.empty()).orElseThrow();

        assertThat(new CausalConsistencyChecker(Optional.empty())
                        .check(history, register, Cancellation.never())
                        .verdict())
                .isEqualTo(Verdict.OK);
        HappensBefore realTime = Operation::precedes;
        CheckResult result =
                new CausalConsistencyChecker(Optional.of(realTime)).check(history, register, Cancellation.never());
        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(result.violation().orElseThrow().sentence())
                .startsWith("read returned 0 (process 1, line 3), the initial value, after write of 2 (process 0,"
                        + " line 1) happened before it");
    }

    @Test
    void aCancelledSequentialCheckSaysUnknownNotOk() throws HistoryFormatException {
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            history.append("{:process %d, :type :invoke, :f :write, :value %d}\n".formatted(i, i));
            history.append("{:process %d, :type :ok, :f :write, :value %d}\n".formatted(i, i));
        }
        history.append("{:process -1, :type :invoke, :f :read, :value nil}\n");
        history.append("{:process -1, :type :ok, :f :read, :value -5}\n");

        CheckResult result = new SequentialConsistencyChecker()
                .check(
                        HistoryFormat.EDN.parse("big.edn", history.toString()),
                        Models.named("register", Optional.empty()).orElseThrow(),
                        () -> true);

        assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(result.violation()).isEmpty();
    }

    @Test
    void replicasConvergeOrTheFirstKeyTheyDisagreeOnIsNamed() {
        ConvergenceChecker.ReplicaSnapshot a = snapshot("db#1", 0, Map.of(1, List.of(4L)));
        ConvergenceChecker.ReplicaSnapshot b = snapshot("db#2", 0, Map.of(1, List.of(4L)));
        ConvergenceChecker.ReplicaSnapshot c = snapshot("db#3", 0, Map.of(0, List.of(1L), 1, List.of(3L)));
        ConvergenceChecker.ReplicaSnapshot otherGroup = snapshot("db#4", 1, Map.of(7, List.of(2L)));

        assertThat(ConvergenceChecker.divergence(List.of(a, b, otherGroup)))
                .as("replicas of different key partitions hold different keys")
                .isEmpty();
        ConvergenceChecker.Divergence divergence =
                ConvergenceChecker.divergence(List.of(c, a, b)).orElseThrow();
        assertThat(divergence.key()).isZero();
        assertThat(divergence.sentence()).isEqualTo("at the end of the run db#1 does not hold k0 but db#3 holds 1");
        assertThat(ConvergenceChecker.divergence(List.of(a, snapshot("db#2", 0, Map.of(1, List.of(3L, 4L)))))
                        .orElseThrow()
                        .sentence())
                .isEqualTo("at the end of the run db#1 holds k1 = 4 but db#2 holds {3, 4}");
    }

    private static ConvergenceChecker.ReplicaSnapshot snapshot(
            String instance, int group, Map<Integer, List<Long>> data) {
        return new ConvergenceChecker.ReplicaSnapshot("db", group, instance, new java.util.TreeMap<>(data), 0);
    }
}
