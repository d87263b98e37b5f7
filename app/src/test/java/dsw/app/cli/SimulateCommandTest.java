package dsw.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dsw simulate FILE}: a summary on stdout, outputs on request, clear errors. */
class SimulateCommandTest {
    private record Run(int exit, String out, String err) {}

    @TempDir
    Path dir;

    @Test
    void summarisesARunOfAnExample() {
        Run run = simulate(example("three-tier-web"), "--until", "3s");

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out())
                .contains("\"Three-tier web application\", seed 1, 3s of virtual time")
                .contains("Messages: ")
                .contains("delivered")
                .contains("Clients (latency from sending a request to its answer):")
                .contains("browsers")
                .contains("Servers (latency from receiving a request to answering it):")
                .containsPattern("\\s+lb\\s+1\\s+[\\d,]+\\s+[\\d.]+")
                .contains("p99");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theSeedChangesTheRunAndTheSameSeedRepeatsIt() {
        String first = figures(simulate(example("mobile-backend"), "--until", "5s", "--seed", "11"));
        String again = figures(simulate(example("mobile-backend"), "--until", "5s", "--seed", "11"));
        String other = figures(simulate(example("mobile-backend"), "--until", "5s", "--seed", "12"));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).contains("seed 11");
    }

    @Test
    void reportsDropsByReasonWhenFaultsStrike() {
        Run run = simulate(example("mobile-backend"));

        assertThat(run.exit()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("Dropped by reason:").contains("link-down");
    }

    @Test
    void aBadDurationIsAUsageError() {
        Run run = simulate(example("mobile-backend"), "--until", "soon");

        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--until").contains("soon").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aZeroDurationIsAUsageError() {
        Run run = simulate(example("mobile-backend"), "--until", "0s");

        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("above zero");
    }

    @Test
    void aMissingFileSaysSoAndFails() {
        Run run = simulate(dir.resolve("nowhere.dsw.json").toString());

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

        Run run = simulate(file.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.err()).contains("no workload");
        assertThat(run.out()).contains("Messages: 0 sent");
    }

    /** The output without the wall-clock time, which differs between runs. */
    private static String figures(Run run) {
        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        return run.out().replaceAll("in [\\d.]+ s", "in ? s");
    }

    private static String example(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        assertThat(dir).isNotNull();
        return dir.resolve("examples").resolve(name + ".dsw.json").toString();
    }

    private static Run simulate(String... args) {
        List<String> all = new ArrayList<>(List.of("simulate"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }
}
