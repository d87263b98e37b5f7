package dsw.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dsw format FILE}: rewrites hand-edited files in dsw's layout, never losing data silently. */
class FormatCommandTest {
    private static final String HAND_WRITTEN =
            """
            {"schemaVersion": 1, "name": "Shop",
             "components": [{"id": "api", "name": "API", "kind": "service"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void rewritesAHandWrittenFileInTheCanonicalLayout() throws IOException {
        Path file = write("shop.dsw.json", HAND_WRITTEN);

        CliRun run = run("format", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("shop.dsw.json: formatted");
        String formatted = Files.readString(file);
        assertThat(formatted).startsWith("{\n  \"schemaVersion\": 1,\n  \"name\": \"Shop\",");
        assertThat(formatted).contains("\"concurrency\": 16").endsWith("}\n");
        assertThat(run("format", "--check", file.toString()).exit()).isZero();
    }

    @Test
    void checkModeChangesNothingAndFailsOnUnformattedFiles() throws IOException {
        Path file = write("shop.dsw.json", HAND_WRITTEN);

        CliRun run = run("format", "--check", file.toString());

        assertThat(run.exit()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("not formatted");
        assertThat(Files.readString(file)).isEqualTo(HAND_WRITTEN);
    }

    @Test
    void refusesToDropFieldsItDoesNotKnowUnlessTold() throws IOException {
        String withAuthor = HAND_WRITTEN.replace("\"name\": \"Shop\",", "\"name\": \"Shop\", \"author\": \"Ada\",");
        Path file = write("shop.dsw.json", withAuthor);

        CliRun refused = run("format", file.toString());

        assertThat(refused.exit()).isEqualTo(Cli.FAILED);
        assertThat(refused.err()).contains("unknown field \"author\"").contains("--drop-unknown");
        assertThat(Files.readString(file)).isEqualTo(withAuthor);

        CliRun forced = run("format", "--drop-unknown", file.toString());

        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(file)).doesNotContain("author");
    }

    @Test
    void anInvalidFileIsLeftAloneAndReported() throws IOException {
        String broken = HAND_WRITTEN.replace("\"service\"", "\"mainframe\"");
        Path file = write("broken.dsw.json", broken);

        CliRun run = run("format", file.toString());

        assertThat(run.exit()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("broken.dsw.json:2:").contains("unknown component kind \"mainframe\"");
        assertThat(Files.readString(file)).isEqualTo(broken);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
