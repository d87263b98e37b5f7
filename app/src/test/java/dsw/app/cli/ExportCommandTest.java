package dsw.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dsw export FILE}: PlantUML text, SVG or PNG of a design, clear errors. */
class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesPlantUmlTextToStandardOutputByDefault() {
        CliRun run = export(CliRun.example("three-tier-web"));

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out())
                .startsWith("@startuml\n' Three-tier web application\n")
                .contains("collections \"Web tier\\n3 replicas\" as web <<service>>")
                .endsWith("@enduml\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void writesC4TextWithOptions() {
        CliRun run = export(
                CliRun.example("three-tier-web"),
                "--kind",
                "c4",
                "--top-to-bottom",
                "--link-properties",
                "--theme",
                "plain",
                "--down",
                "db-primary,replication");

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out())
                .contains("!theme plain\n")
                .contains("!include <C4/C4_Container>\n")
                .contains("LAYOUT_TOP_DOWN()")
                .contains("ContainerDb(\"db_primary\", \"Primary database\", \"database\", \"down\", $tags = \"down\")")
                .contains("latency 200us");
    }

    @Test
    void writesSvgToStandardOutput() {
        CliRun run = export(CliRun.example("mobile-backend"), "--format", "svg");

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out()).startsWith("<svg").contains("Backend database").contains("</svg>");
    }

    @Test
    void writesAPngFileAndSaysSo() throws IOException {
        Path png = dir.resolve("diagram.png");

        CliRun run = export(CliRun.example("kubernetes-microservices"), "--kind", "c4", "--out", png.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out()).isEqualTo("Wrote the PNG C4 diagram to " + png + System.lineSeparator());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(200);
        assertThat(image.getHeight()).isGreaterThan(100);
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(png);
        }
    }

    @Test
    void theFormatFollowsTheOutputsExtension() throws IOException {
        Path svg = dir.resolve("diagram.svg");
        Path puml = dir.resolve("diagram.puml");

        assertThat(export(CliRun.example("mobile-backend"), "--out", svg.toString())
                        .exit())
                .isEqualTo(Cli.OK);
        assertThat(export(CliRun.example("mobile-backend"), "-o", puml.toString())
                        .exit())
                .isEqualTo(Cli.OK);

        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).startsWith("<svg");
        assertThat(Files.readString(puml, StandardCharsets.UTF_8)).startsWith("@startuml");
    }

    @Test
    void hostileNamesExportSafely() throws IOException {
        Path file = dir.resolve("evil.dsw.json");
        Files.writeString(
                file,
                """
                {"schemaVersion": 1, "name": "@enduml !include /etc/passwd", "components": [
                  {"id": "a", "name": "%getenv(\\"HOME\\") \\" as x", "kind": "service"},
                  {"id": "b", "name": "<b>bold</b> [[http://x]]", "kind": "database"}],
                 "links": [{"id": "l", "from": "a", "to": "b", "label": "!define X"}], "groups": []}
                """);

        CliRun puml = export(file.toString());
        CliRun svg = export(file.toString(), "--format", "svg");

        assertThat(puml.exit()).as(puml.err()).isEqualTo(Cli.OK);
        assertThat(puml.out().lines())
                .filteredOn(line -> line.startsWith("!") || line.startsWith("@") || line.startsWith("%"))
                .containsExactly("@startuml", "!pragma layout smetana", "@enduml");
        assertThat(svg.exit()).as(svg.err()).isEqualTo(Cli.OK);
        assertThat(svg.out()).doesNotContain(System.getProperty("user.home") + "<");
    }

    @Test
    void aMissingFileSaysSoAndFails() {
        CliRun run = export(dir.resolve("nowhere.dsw.json").toString());

        assertThat(run.exit()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("nowhere.dsw.json").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBrokenDesignNamesLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.dsw.json");
        Files.writeString(file, "{\"schemaVersion\": 1,\n  \"name\": \"x\",\n  \"components\": [}\n");

        CliRun run = export(file.toString(), "--format", "svg");

        assertThat(run.exit()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("broken.dsw.json:3:").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesToOverwriteTheDesign() throws IOException {
        String design = dir.resolve("copy.dsw.json").toString();
        Files.copy(Path.of(CliRun.example("mobile-backend")), Path.of(design));
        long before = Files.size(Path.of(design));

        CliRun run = export(design, "--format", "puml", "--out", design);

        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("must not overwrite an input file");
        assertThat(Files.size(Path.of(design))).isEqualTo(before);
    }

    @Test
    void anUnwritableOutputFails() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a folder");

        CliRun run = export(
                CliRun.example("mobile-backend"),
                "--out",
                blocker.resolve("diagram.svg").toString());

        assertThat(run.exit()).isEqualTo(Cli.FAILED);
        assertThat(run.err())
                .contains("cannot write the SVG deployment diagram")
                .doesNotContain("Exception");
    }

    @Test
    void aPngNeedsAnOutputFile() {
        CliRun run = export(CliRun.example("mobile-backend"), "--format", "png");

        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--format png needs --out");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun theme = export(CliRun.example("mobile-backend"), "--theme", "!include x");
        CliRun down = export(CliRun.example("mobile-backend"), "--down", "nope");
        CliRun format = export(CliRun.example("mobile-backend"), "--format", "gif");
        CliRun trace = export(CliRun.example("mobile-backend"), "--trace", "run.jsonl");

        assertThat(theme.exit()).isEqualTo(Cli.USAGE);
        assertThat(theme.err()).contains("unknown theme").contains("cerulean");
        assertThat(down.exit()).isEqualTo(Cli.USAGE);
        assertThat(down.err()).contains("nope");
        assertThat(format.exit()).isEqualTo(Cli.USAGE);
        assertThat(format.err()).contains("gif");
        assertThat(trace.exit()).isEqualTo(Cli.USAGE);
        assertThat(trace.err()).contains("--trace is only for --kind sequence");
    }

    @Test
    void drawsACallersCircuitBreakersWithTheChangesTheRunMade() {
        CliRun run = export(CliRun.example("cascading-failure"), "--kind", "breaker", "--process", "orders");

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out())
                .startsWith("@startuml")
                .contains("closed -[#E67E22,bold]-> open")
                .contains("seen 1×")
                .contains("Closed → Open: breaker open for Payment provider")
                .contains("Half-open → Closed: breaker closed for Payment provider")
                .endsWith("@enduml\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBreakerDiagramNamesTheCallersThatHaveBreakers() {
        CliRun missing = export(CliRun.example("cascading-failure"), "--kind", "breaker", "--process", "nobody");
        CliRun none = export(CliRun.example("cascading-failure"), "--kind", "breaker");

        assertThat(missing.exit()).isEqualTo(Cli.USAGE);
        assertThat(missing.err())
                .contains("--process nobody: the run has no such process; the processes with breaker decisions are"
                        + " orders");
        assertThat(none.exit()).isEqualTo(Cli.USAGE);
        assertThat(none.err()).contains("--kind breaker needs --process NAME");
    }

    private static CliRun export(String... args) {
        return CliRun.command("export", args);
    }
}
