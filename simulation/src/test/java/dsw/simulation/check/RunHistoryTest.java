package dsw.simulation.check;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.pattern.Replication;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Workload;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A run's client history, as a checker and the history files see it: reads and writes become
 * gets and puts of unique values, a replica cut off from its peers answers reads that are not
 * linearizable, explained in the run's own terms, and every file format reads back to the same
 * verdict.
 */
class RunHistoryTest {
    private static final NetworkProfile SPREAD =
            NetworkProfile.DEFAULT.withLatency(new Distribution.Uniform(ms(1), ms(20)));

    /** Client c reads and writes three keys through api on db, three replicas; db#3 is cut off from its peers from 200 ms to 1.2 s. */
    private static Trace run(Replication.Leaderless quorum, long seed) {
        return Runs.finished(Tiny.design("quorum")
                .component("c", "client")
                .component("api", "service")
                .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .component("db", "database", 3)
                .link("c", "api")
                .link("api", "db", SPREAD)
                .replication("db", quorum)
                .workload(new Workload(
                        "c", "api", new LoadModel.OpenLoop(60, true), 0.5, new KeySpace(3, 0), 0, ms(1500), 100))
                .fault(ms(200), new Fault.Partition("cut", List.of("db#3"), List.of("db#1", "db#2"), false))
                .fault(ms(1200), new Fault.Heal("cut"))
                .duration(3 * Micros.PER_SECOND)
                .seed(seed)
                .build());
    }

    private static CheckResult linearizable(ClientHistory history) {
        Model model = Models.named(Models.guess(history), history.initial()).orElseThrow();
        return LinearizabilityChecker.check(history, model, Cancellation.after(java.time.Duration.ofSeconds(20)));
    }

    @Test
    void readsAndWritesBecomeGetsAndPutsOfUniqueValues() {
        ClientHistory history =
                RunHistory.of(run(new Replication.Leaderless(2, 2), 1)).history();

        assertThat(history.model()).contains("kv");
        assertThat(history.initial()).contains(RunHistory.ABSENT);
        assertThat(history.functions()).containsExactly("get", "put");
        assertThat(history.operations()).hasSizeGreaterThan(60);
        assertThat(history.operations().stream()
                        .filter(op -> op.function().equals("put"))
                        .map(op -> ((List<?>) op.argument()).get(1))
                        .distinct()
                        .count())
                .as("every write's value is unique")
                .isEqualTo(history.operations().stream()
                        .filter(op -> op.function().equals("put"))
                        .count());
        assertThat(history.operations())
                .as("an open-loop client is split into sequential processes")
                .allSatisfy(op -> assertThat(op.process()).matches("c(/\\d+)?"));
    }

    @Test
    void aReplicaCutOffFromItsPeersServesReadsThatAreNotLinearizable() {
        CheckResult stale = linearizable(
                RunHistory.of(run(new Replication.Leaderless(1, 1), 1)).history());

        assertThat(stale.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(stale.violation().orElseThrow().sentence())
                .as("the sentence names the read and what it returned, in the run's keys and values")
                .matches("get of \\d returned \\d+ \\(c(/\\d+)?\\) .+");
    }

    @Test
    void theRunSoFarIsItsFirstEventsWithUnansweredOperationsOpen() {
        Trace trace = run(new Replication.Leaderless(1, 1), 1);
        int before = firstEventAt(trace, ms(200));

        ClientHistory soFar = RunHistory.of(trace, before).history();

        assertThat(soFar.operations())
                .as("only operations invoked before the cut at 200 ms")
                .isNotEmpty()
                .hasSizeLessThan(RunHistory.of(trace).history().operations().size())
                .allSatisfy(op -> assertThat(op.invokedAt()).isLessThan(before));
        assertThat(soFar.operations())
                .as("nothing is answered after the playback position")
                .allSatisfy(op -> assertThat(op.completion() == Completion.OPEN || op.completedAt() < before)
                        .isTrue());
        assertThat(linearizable(soFar).verdict())
                .as("before db#3 is cut off the run is linearizable")
                .isEqualTo(Verdict.OK);
        assertThat(linearizable(RunHistory.of(trace).history()).verdict()).isEqualTo(Verdict.VIOLATION);
    }

    private static int firstEventAt(Trace trace, long micros) {
        int seq = 0;
        while (trace.time(seq) < micros) {
            seq++;
        }
        return seq;
    }

    @Test
    void everyFormatReadsBackToTheSameVerdict() throws Exception {
        Trace trace = run(new Replication.Leaderless(1, 1), 2);
        ClientHistory history = RunHistory.of(trace).history();
        Verdict expected = linearizable(history).verdict();

        for (HistoryFormat format : HistoryFormat.values()) {
            ClientHistory back = format.parse("run." + format, written(history, format));
            if (back.model().isEmpty()) {
                back = back.declaring(Optional.of("kv"), Optional.empty());
            }

            assertThat(back.operations()).as("%s", format).hasSameSizeAs(history.operations());
            assertThat(linearizable(back).verdict()).as("%s", format).isEqualTo(expected);
        }
    }

    private static String written(ClientHistory history, HistoryFormat format) throws IOException {
        StringWriter out = new StringWriter();
        HistoryWriter.write(history, format, out);
        return out.toString();
    }
}
