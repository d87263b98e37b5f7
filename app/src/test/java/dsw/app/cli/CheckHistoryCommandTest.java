package dsw.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./dsw check-history FILE}: exit 0 linearizable, 1 not (with the explanation), 2 an
 * unreadable file or bad usage, 3 unknown when the timeout passes first.
 */
class CheckHistoryCommandTest {
    private static final String STALE_READ =
            """
            {:process 0, :type :invoke, :f :write, :value 2}
            {:process 0, :type :ok, :f :write, :value 2}
            {:process 1, :type :invoke, :f :read, :value nil}
            {:process 1, :type :ok, :f :read, :value %s}
            """;

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    @Test
    void aLinearizableHistoryExitsWithZeroAndSaysSo() throws IOException {
        String file = write("good.edn", STALE_READ.formatted("2"));

        CliRun run = CliRun.command("check-history", file);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith(file + ": linearizable (cas-register, 2 operations, 1 part,");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aViolationExitsWithOneAndExplainsWhichOperationCannotBePlaced() throws IOException {
        String file = write("bad.edn", STALE_READ.formatted("0"));

        CliRun run = CliRun.command("check-history", file, "--model", "register");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .startsWith(file + ": NOT linearizable (register, 2 operations")
                .contains("  read returned 0 (process 1, line 3) after write of 2 (process 0, line 1) had completed;"
                        + " the register held 2")
                .contains(("  the 2 operations that cannot be ordered:\n    line 1: write of 2 (process 0, ok)\n"
                                + "    line 3: read returned 0 (process 1, ok)\n")
                        .replace("\n", System.lineSeparator()));
    }

    @Test
    void theConsistencyOptionChoosesThePromiseChecked() throws IOException {
        String file = write("stale.edn", STALE_READ.formatted("0"));

        CliRun sequential = CliRun.command("check-history", file, "--consistency", "sequential");
        assertThat(sequential.exit()).isZero();
        assertThat(sequential.out()).startsWith(file + ": sequentially consistent (cas-register, 2 operations");
        assertThat(CliRun.command("check-history", file, "--consistency", "causal")
                        .out())
                .startsWith(file + ": causally consistent (");
        assertThat(CliRun.command("check-history", file, "--consistency", "monotonic-reads")
                        .exit())
                .isZero();
        CliRun eventual = CliRun.command("check-history", file, "--consistency", "eventual");
        assertThat(eventual.exit())
                .as("one late read: nothing to disagree with, and it may converge later")
                .isZero();
        assertThat(eventual.out()).startsWith(file + ": eventually consistent (");
        CliRun unknown = CliRun.command("check-history", file, "--consistency", "strong");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("--consistency: strong is none of linearizable, sequential, causal, read-your-writes,"
                        + " monotonic-reads, eventual");
    }

    @Test
    void aSessionViolationIsExplainedByTheOperationsOfTheCycle() throws IOException {
        String file = write(
                "ryw.edn",
                """
                {:process 0, :type :invoke, :f :write, :value 2}
                {:process 0, :type :ok, :f :write, :value 2}
                {:process 0, :type :invoke, :f :read, :value nil}
                {:process 0, :type :ok, :f :read, :value 0}
                """);

        CliRun run = CliRun.command("check-history", file, "--model", "register", "--consistency", "read-your-writes");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .startsWith(file + ": NOT read-your-writes consistent (register")
                .contains("  read returned 0 (process 0, line 3) after its own write of 2 (process 0, line 1) had"
                        + " completed.")
                .contains("    line 3: read returned 0 (process 0, ok)");
    }

    @Test
    void repeatedWrittenValuesMakeASessionCheckUnknownWithExitThree() throws IOException {
        String file = write(
                "twice.edn",
                """
                {:process 0, :type :invoke, :f :write, :value 1}
                {:process 0, :type :ok, :f :write, :value 1}
                {:process 1, :type :invoke, :f :write, :value 1}
                {:process 1, :type :ok, :f :write, :value 1}
                """);

        CliRun run = CliRun.command("check-history", file, "--consistency", "monotonic-reads");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("unknown, write of 1 (process 1, line 3) writes the same value as");
    }

    @Test
    void aJepsenLogIsReadWhenTheFormatIsGiven() throws IOException {
        String file = write(
                "history.out",
                """
                INFO  jepsen.util - 0	:invoke	:acquire	nil
                INFO  jepsen.util - 0	:ok	:acquire	nil
                INFO  jepsen.util - 1	:invoke	:acquire	nil
                INFO  jepsen.util - 1	:ok	:acquire	nil
                """);

        CliRun run = CliRun.command("check-history", file, "--format", "jepsen-log");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("NOT linearizable (mutex, 2 operations").contains("the lock was held");
    }

    @Test
    void aBrokenFileExitsWithTwoNamingTheLineAndColumnWithoutJavaNoise() throws IOException {
        String file = write("broken.edn", "{:process 0, :type :invoke, :f :read}\n{:process 0 :type :ok :f :read");

        CliRun run = CliRun.command("check-history", file);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(file + ":2:")
                .doesNotContain("Exception")
                .doesNotContain("at dsw.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFileOrAnUnknownModelOrFormatExitsWithTwo() throws IOException {
        String file = write("good.edn", STALE_READ.formatted("2"));

        assertThat(CliRun.command("check-history", dir.resolve("none.edn").toString())
                        .err())
                .contains("none.edn: cannot read: no such file");
        CliRun model = CliRun.command("check-history", file, "--model", "queue");
        assertThat(model.exit()).isEqualTo(2);
        assertThat(model.err()).contains("model queue is none of register, cas-register, mutex, multi-register, kv");
        assertThat(CliRun.command("check-history", file, "--format", "csv").exit())
                .isEqualTo(2);
        CliRun wrongFunction = CliRun.command("check-history", file, "--model", "mutex");
        assertThat(wrongFunction.exit()).isEqualTo(2);
        assertThat(wrongFunction.err())
                .isEqualTo(file + ":1: mutex has acquire and release, not write" + System.lineSeparator());
    }

    @Test
    void aSearchThatOutlivesTheTimeoutExitsWithThreeAndSaysUnknown() throws IOException {
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            history.append("{:process %d, :type :invoke, :f :write, :value %d}%n".formatted(i, i));
        }
        history.append("{:process -1, :type :invoke, :f :read, :value nil}\n");
        history.append("{:process -1, :type :ok, :f :read, :value -5}\n");
        String file = write("hard.edn", history.toString());

        CliRun run = CliRun.command("check-history", file, "--timeout", "50ms");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("unknown, the check passed its 50 ms timeout");
    }
}
