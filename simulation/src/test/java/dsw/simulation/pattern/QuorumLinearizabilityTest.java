package dsw.simulation.pattern;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.pattern.Replication;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Workload;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the linearizability checker says of leaderless quorums without faults: R + W > N with
 * (blocking) read repair is linearizable on every seed, R + W <= N is not, and the checker's
 * sentence names the read that returned an old value.
 */
class QuorumLinearizabilityTest {
    private static final int SEEDS = 1000;

    /** About 50 reads and writes (half each) of 3 keys by client c through api on db, 3 replicas, latency 1-20 ms. */
    private static CheckResult check(Replication.Leaderless quorum, long seed) {
        ClientHistory history = RunHistory.of(Runs.finished(Tiny.design("quorum")
                        .component("c", "client")
                        .component("api", "service")
                        .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                        .component("db", "database", 3)
                        .link("c", "api")
                        .link("api", "db", NetworkProfile.DEFAULT.withLatency(new Distribution.Uniform(ms(1), ms(20))))
                        .replication("db", quorum)
                        .workload(new Workload(
                                "c",
                                "api",
                                new LoadModel.OpenLoop(50, true),
                                0.5,
                                new KeySpace(3, 0),
                                0,
                                ms(1000),
                                100))
                        .duration(2 * Micros.PER_SECOND)
                        .seed(seed)
                        .build()))
                .history();
        return LinearizabilityChecker.check(
                history,
                Models.named(RunHistory.MODEL, history.initial()).orElseThrow(),
                Cancellation.after(Duration.ofSeconds(30)));
    }

    @Test
    void overlappingQuorumsWithReadRepairAreLinearizable() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            CheckResult result = check(new Replication.Leaderless(2, 2, true, false), seed);

            assertThat(result.verdict())
                    .as("seed %d: R 2 + W 2 > N 3 with blocking read repair; %s", seed, result.violation())
                    .isEqualTo(Verdict.OK);
        }
    }

    @Test
    void smallQuorumsReturnOldValuesAndTheCheckerSaysWhich() {
        List<String> sentences = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            CheckResult result = check(new Replication.Leaderless(1, 1, true, false), seed);

            assertThat(result.verdict()).as("seed %d", seed).isNotEqualTo(Verdict.UNKNOWN);
            result.violation().ifPresent(v -> sentences.add(v.sentence()));
        }

        assertThat(sentences)
                .as("R 1 + W 1 <= N 3: a read can miss every replica that holds an acknowledged write")
                .hasSizeGreaterThan(5)
                .allMatch(s -> s.matches("get of \\d returned (\\d+|absent) \\(c(/\\d+)?\\) .+"));
        assertThat(sentences)
                .as("some sentence names the write the read missed")
                .anyMatch(s -> s.matches("get of \\d returned .+ after put of .+ had completed; .+"));
    }
}
