package dsw.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dsw simulate FILE}: a summary on stdout, outputs on request, clear errors. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    @Test
    void summarisesARunOfAnExample() {
        CliRun run = simulate(CliRun.example("three-tier-web"), "--until", "3s");

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out())
                .contains("\"Three-tier web application\", seed 1, 3s of virtual time")
                .contains("Messages: ")
                .containsPattern("Load: offered [\\d.]+ requests/s, goodput [\\d.]+ answered ok/s \\(\\d+%\\),"
                        + " amplification [\\d.]+ downstream calls per client request")
                .contains("delivered")
                .contains("Clients (latency from sending a request to its answer):")
                .contains("browsers")
                .contains("Servers (latency from receiving a request to answering it):")
                .containsPattern("\\s+lb\\s+1\\s+[\\d,]+\\s+[\\d.]+")
                .contains("p99");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void writesTheClientsHistoryThatCheckHistoryReadsBack() throws Exception {
        Path history = dir.resolve("run.edn");
        CliRun run = simulate(CliRun.example("leader-failover"), "--history", history.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out()).containsPattern("History: [\\d,]+ operations").contains("Wrote the edn history to");
        assertThat(Files.readAllLines(history))
                .as("one EDN map per line, as Jepsen writes them")
                .allMatch(line -> line.startsWith("{:process ") && line.contains(":f :"));

        CliRun check = CliRun.command("check-history", history.toString(), "--model", "kv");
        assertThat(check.exit()).as(check.out() + check.err()).isIn(Cli.OK, 1);
        assertThat(check.out()).contains("run.edn: ");
    }

    @Test
    void aReplicatedDesignSaysWhetherItsReplicasAgreedAtTheEnd() {
        CliRun replicated = simulate(CliRun.example("quorum-reads"));
        CliRun plain = simulate(CliRun.example("three-tier-web"), "--until", "3s");

        assertThat(replicated.exit()).as(replicated.err()).isEqualTo(Cli.OK);
        assertThat(replicated.out()).containsPattern("Replicas: at the end of the run .*db");
        assertThat(plain.out())
                .as("no replicated component, nothing to compare")
                .doesNotContain("Replicas:");
    }

    @Test
    void anUnknownHistoryFormatIsAUsageError() {
        CliRun run = simulate(
                CliRun.example("leader-failover"), "--history", dir.resolve("h").toString(), "--history-format", "xml");

        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--history-format: xml is none of dsw, edn, jepsen-log");
    }

    @Test
    void theSeedChangesTheRunAndTheSameSeedRepeatsIt() {
        String first = figures(simulate(CliRun.example("mobile-backend"), "--until", "5s", "--seed", "11"));
        String again = figures(simulate(CliRun.example("mobile-backend"), "--until", "5s", "--seed", "11"));
        String other = figures(simulate(CliRun.example("mobile-backend"), "--until", "5s", "--seed", "12"));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).contains("seed 11");
    }

    @Test
    void reportsDropsByReasonWhenFaultsStrike() {
        CliRun run = simulate(CliRun.example("mobile-backend"));

        assertThat(run.exit()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("Dropped by reason:").contains("link-down");
    }

    @Test
    void aBadDurationIsAUsageError() {
        CliRun run = simulate(CliRun.example("mobile-backend"), "--until", "soon");

        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--until").contains("soon").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aZeroDurationIsAUsageError() {
        CliRun run = simulate(CliRun.example("mobile-backend"), "--until", "0s");

        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("above zero");
    }

    @Test
    void aMissingFileSaysSoAndFails() {
        CliRun run = simulate(dir.resolve("nowhere.dsw.json").toString());

        assertThat(run.exit()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("nowhere.dsw.json").doesNotContain("Exception");
    }

    @Test
    void aDesignWithoutWorkloadWarns() throws IOException {
        Path file = dir.resolve("quiet.dsw.json");
        Files.writeString(
                file,
                """
                {"schemaVersion": 1, "name": "Quiet", "components": [
                  {"id": "a", "name": "A", "kind": "service"}],
                 "links": [], "groups": []}
                """);

        CliRun run = simulate(file.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.err()).contains("no workload");
        assertThat(run.out()).contains("Messages: 0 sent");
    }

    @Test
    void writesATraceThatReadsBackAndAShivizLogShivizAccepts() throws IOException {
        Path trace = dir.resolve("run.jsonl");
        Path log = dir.resolve("run.log");

        CliRun run = simulate(
                CliRun.example("kubernetes-microservices"),
                "--until",
                "2s",
                "--trace",
                trace.toString(),
                "--shiviz",
                log.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("Wrote the trace to " + trace).contains("Wrote the ShiViz log to " + log);
        Trace read = TraceJson.read(trace);
        assertThat(read.size()).isGreaterThan(100);
        assertThat(read.header().seed()).isEqualTo(11);

        List<String> lines = Files.readAllLines(log);
        assertThat(lines.get(0)).as("parser line: empty for ShiViz's default").isEmpty();
        assertThat(lines.get(1)).as("delimiter line: empty for one execution").isEmpty();
        assertThat((lines.size() - 2) % 2).isZero();
        Pattern host = Pattern.compile("(\\S+) (\\{.*\\})");
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> own = new HashMap<>();
        int processEvents = 0;
        for (int i = 2; i < lines.size(); i += 2) {
            assertThat(lines.get(i)).as("event line %d", i + 1).isNotBlank();
            Matcher m = host.matcher(lines.get(i + 1));
            assertThat(m.matches())
                    .as("host line %d: %s", i + 2, lines.get(i + 1))
                    .isTrue();
            JsonNode clock = json.readTree(m.group(2));
            int expected = own.merge(m.group(1), 1, Integer::sum);
            assertThat(clock.path(m.group(1)).asInt())
                    .as("own entry of %s at line %d", m.group(1), i + 2)
                    .isEqualTo(expected);
            processEvents++;
        }
        long inTrace = java.util.stream.IntStream.range(0, read.size())
                .filter(seq -> read.type(seq).isProcessEvent())
                .count();
        assertThat((long) processEvents).isEqualTo(inTrace);
    }

    @Test
    void refusesToOverwriteTheDesignWithAnOutput() {
        String design = CliRun.example("mobile-backend");

        CliRun run = simulate(design, "--trace", design);

        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("must not overwrite the design file");
    }

    /** The output without the wall-clock time, which differs between runs. */
    private static String figures(CliRun run) {
        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        return run.out().replaceAll("in [\\d.]+ s", "in ? s");
    }

    private static CliRun simulate(String... args) {
        return CliRun.command("simulate", args);
    }
}
