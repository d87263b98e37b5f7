package dsw.simulation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-built histories, a few operations each, for every model and both verdicts, open operations included. */
class TinyHistoriesTest {
    private static CheckResult check(String model, String edn) throws HistoryFormatException {
        ClientHistory history = HistoryFormat.EDN.parse("tiny.edn", edn);
        return LinearizabilityChecker.check(
                history, Models.named(model, Optional.empty()).orElseThrow(), Cancellation.never());
    }

    @Test
    void aReadOfTheOldValueAfterAWriteCompletedIsAViolationAndSaysSo() throws HistoryFormatException {
        CheckResult result = check(
                "register",
                """
                {:process 0, :type :invoke, :f :write, :value 2}
                {:process 0, :type :ok, :f :write, :value 2}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 0}
                """);

        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATION);
        Violation violation = result.violation().orElseThrow();
        assertThat(violation.sentence())
                .startsWith("read returned 0 (process 1, line 3) after write of 2 (process 0, line 1) had completed");
        assertThat(violation.operations()).extracting(Operation::line).containsExactly(1, 3);
    }

    @Test
    void aReadConcurrentWithTheWriteMaySeeEitherValue() throws HistoryFormatException {
        String history =
                """
                {:process 0, :type :invoke, :f :write, :value 2}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value %s}
                {:process 0, :type :ok, :f :write, :value 2}
                """;

        assertThat(check("register", history.formatted("0")).verdict()).isEqualTo(Verdict.OK);
        assertThat(check("register", history.formatted("2")).verdict()).isEqualTo(Verdict.OK);
        assertThat(check("register", history.formatted("3")).verdict()).isEqualTo(Verdict.VIOLATION);
    }

    @Test
    void anOpenWriteMayTakeEffectLaterOrNever() throws HistoryFormatException {
        String history =
                """
                {:process 0, :type :invoke, :f :write, :value 5}
                {:process 0, :type :info, :f :write, :value 5}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 0}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value %s}
                """;

        assertThat(check("register", history.formatted("5")).verdict()).isEqualTo(Verdict.OK);
        assertThat(check("register", history.formatted("0")).verdict()).isEqualTo(Verdict.OK);
        assertThat(check("register", history.formatted("7")).verdict()).isEqualTo(Verdict.VIOLATION);
    }

    @Test
    void aFailedWriteNeverHappenedButAnUnfinishedOneMayHave() throws HistoryFormatException {
        String history =
                """
                {:process 0, :type :invoke, :f :write, :value 5}
                %s
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 5}
                """;

        assertThat(check("register", history.formatted("{:process 0, :type :fail, :f :write, :value 5}"))
                        .verdict())
                .isEqualTo(Verdict.VIOLATION);
        assertThat(check("register", history.formatted("")).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aReadThatReturnsNilIsUnconstrained() throws HistoryFormatException {
        CheckResult result = check(
                "register",
                """
                {:process 0, :type :invoke, :f :write, :value 1}
                {:process 0, :type :ok, :f :write, :value 1}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value nil}
                """);

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aCasSucceedsOnlyFromTheExpectedValue() throws HistoryFormatException {
        String history =
                """
                {:process 0, :type :invoke, :f :write, :value 1}
                {:process 0, :type :ok, :f :write, :value 1}
                {:process 1, :type :invoke, :f :cas, :value [%s 3]}
                {:process 1, :type :ok, :f :cas, :value [%1$s 3]}
                {:process 2, :type :invoke, :f :read, :value nil}
                {:process 2, :type :ok, :f :read, :value 3}
                """;

        assertThat(check("cas-register", history.formatted("1")).verdict()).isEqualTo(Verdict.OK);
        CheckResult wrong = check("cas-register", history.formatted("0"));
        assertThat(wrong.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(wrong.violation().orElseThrow().sentence())
                .startsWith("cas from 0 to 3 (process 1, line 3) after write of 1 (process 0, line 1) had completed")
                .contains("held 1");
        assertThat(wrong.violation().orElseThrow().operations())
                .as("the later read is not needed to show it")
                .extracting(Operation::line)
                .containsExactly(1, 3);
    }

    @Test
    void twoClientsHoldingTheLockAtOnceIsAViolation() throws HistoryFormatException {
        String history =
                """
                {:process 0, :type :invoke, :f :acquire}
                {:process 0, :type :ok, :f :acquire}
                %s
                {:process 1, :type :invoke, :f :acquire}
                {:process 1, :type :ok, :f :acquire}
                """;

        assertThat(check(
                                "mutex",
                                history.formatted("{:process 0, :type :invoke, :f :release}\n"
                                        + "{:process 0, :type :ok, :f :release}"))
                        .verdict())
                .isEqualTo(Verdict.OK);
        CheckResult twice = check("mutex", history.formatted(""));
        assertThat(twice.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(twice.violation().orElseThrow().sentence())
                .startsWith("acquire (process 1, line 4) after acquire (process 0, line 1) had completed; the lock was"
                        + " held");
    }

    @Test
    void anOpenReleaseMayFreeTheLock() throws HistoryFormatException {
        CheckResult result = check(
                "mutex",
                """
                {:process 0, :type :invoke, :f :acquire}
                {:process 0, :type :ok, :f :acquire}
                {:process 0, :type :invoke, :f :release}
                {:process 0, :type :info, :f :release}
                {:process 1, :type :invoke, :f :acquire}
                {:process 1, :type :ok, :f :acquire}
                """);

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aTransactionMustSeeBothRegistersAtOneMoment() throws HistoryFormatException {
        String history =
                """
                {:process 0, :type :invoke, :f :txn, :value [[:write :x 1] [:write :y 1]]}
                {:process 0, :type :ok, :f :txn, :value [[:write :x 1] [:write :y 1]]}
                {:process 1, :type :invoke, :f :txn, :value [[:read :x nil] [:read :y nil]]}
                {:process 1, :type :ok, :f :txn, :value [[:read :x 1] [:read :y %s]]}
                {:process 2, :type :invoke, :f :txn, :value [[:write :z 4]]}
                {:process 2, :type :ok, :f :txn, :value [[:write :z 4]]}
                """;

        CheckResult good = check("multi-register", history.formatted("1"));
        assertThat(good.verdict()).isEqualTo(Verdict.OK);
        assertThat(good.parts()).as("{x, y} and {z} are checked apart").isEqualTo(2);
        CheckResult torn = check("multi-register", history.formatted("0"));
        assertThat(torn.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(torn.violation().orElseThrow().sentence())
                .startsWith("txn [read x 1, read y 0] (process 1, line 3)");
    }

    @Test
    void keyValueKeysAreCheckedApartAndAppendsConcatenate() throws HistoryFormatException {
        String history =
                """
                {:process 0, :type :invoke, :f :put, :value [:x "a"]}
                {:process 0, :type :ok, :f :put, :value [:x "a"]}
                {:process 1, :type :invoke, :f :append, :value [:x "b"]}
                {:process 2, :type :invoke, :f :put, :value [:y "c"]}
                {:process 2, :type :ok, :f :put, :value [:y "c"]}
                {:process 1, :type :ok, :f :append, :value [:x "b"]}
                {:process 2, :type :invoke, :f :get, :value [:x nil]}
                {:process 2, :type :ok, :f :get, :value [:x %s]}
                """;

        CheckResult good = check("kv", history.formatted("\"ab\""));
        assertThat(good.verdict()).isEqualTo(Verdict.OK);
        assertThat(good.parts()).isEqualTo(2);
        CheckResult stale = check("kv", history.formatted("\"a\""));
        assertThat(stale.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(stale.violation().orElseThrow().sentence())
                .startsWith("get of x returned \"a\" (process 2, line 7) after append of \"b\" to x (process 1, line 3)"
                        + " had completed");
    }

    @Test
    void aCancelledCheckSaysUnknownNotOk() throws HistoryFormatException {
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            history.append("{:process %d, :type :invoke, :f :write, :value %d}\n".formatted(i, i));
        }
        history.append("{:process -1, :type :invoke, :f :read, :value nil}\n");
        history.append("{:process -1, :type :ok, :f :read, :value -5}\n");

        CheckResult result = LinearizabilityChecker.check(
                HistoryFormat.EDN.parse("big.edn", history.toString()),
                Models.named("register", Optional.empty()).orElseThrow(),
                () -> true);

        assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(result.violation()).isEmpty();
    }

    @Test
    void aFunctionTheModelLacksIsReportedWithItsLine() throws HistoryFormatException {
        ClientHistory history = HistoryFormat.EDN.parse(
                "x.edn",
                """
                {:process 0, :type :invoke, :f :read, :value nil}
                {:process 0, :type :ok, :f :read, :value 0}
                {:process 0, :type :invoke, :f :cas, :value [0 1]}
                """);

        assertThat(LinearizabilityChecker.problem(
                        history, Models.named("register", Optional.empty()).orElseThrow()))
                .contains("line 3: cas needs the cas-register model");
    }
}
