package dsw.simulation.check;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.pattern.ConsistencyModel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Eventual consistency as clients see it: reads after the last write of their key must agree. */
class QuiescentReadsCheckerTest {
    private static CheckResult check(String edn) throws HistoryFormatException {
        return ConsistencyChecker.forPromise(ConsistencyModel.EVENTUAL)
                .orElseThrow()
                .check(
                        HistoryFormat.EDN.parse("tiny.edn", edn),
                        Models.named("register", Optional.empty()).orElseThrow(),
                        Cancellation.never());
    }

    @Test
    void staleReadsDuringTheWritesAreAllowedWhenLateReadsAgree() throws HistoryFormatException {
        CheckResult result = check(
                """
                {:process 0, :type :invoke, :f :write, :value 1}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 0}
                {:process 0, :type :ok, :f :write, :value 1}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 1}
                {:process 2, :type :invoke, :f :read, :value nil}
                {:process 2, :type :ok, :f :read, :value 1}
                """);

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void lateReadsThatDisagreeShowReplicasThatDidNotConverge() throws HistoryFormatException {
        CheckResult result = check(
                """
                {:process 0, :type :invoke, :f :write, :value 1}
                {:process 0, :type :ok, :f :write, :value 1}
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 1, :type :ok, :f :read, :value 1}
                {:process 2, :type :invoke, :f :read, :value nil}
                {:process 2, :type :ok, :f :read, :value 0}
                """);

        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATION);
        Violation violation = result.violation().orElseThrow();
        assertThat(violation.operations()).extracting(Operation::line).containsExactly(1, 3, 5);
        assertThat(violation.sentence())
                .isEqualTo("read returned 1 (process 1, line 3) and read returned 0 (process 2, line 5) disagree"
                        + " after the last write (write of 1 (process 0, line 1)): the replicas had not converged");
    }

    @Test
    void withoutALateReadTheAnswerIsUnknownAndSaysWhy() throws HistoryFormatException {
        CheckResult result = check(
                """
                {:process 1, :type :invoke, :f :read, :value nil}
                {:process 0, :type :invoke, :f :write, :value 1}
                {:process 1, :type :ok, :f :read, :value 0}
                {:process 0, :type :ok, :f :write, :value 1}
                """);

        assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(result.reason())
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("no read came after"));
    }
}
