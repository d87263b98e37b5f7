package dsw.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.file.DesignFiles;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.Workload;
import dsw.model.value.Micros;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dsw export FILE --kind sequence}: a run's sequence diagram, from a trace or a fresh run. */
class ExportSequenceTest {

    @TempDir
    Path dir;

    @Test
    void withoutATraceItDrawsARunOfTheScenarioWithItsSeed() {
        CliRun run = cli("export", CliRun.example("mobile-backend"), "--kind", "sequence", "--to", "2s");

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out())
                .startsWith("@startuml\n")
                .contains("title Mobile app and backend · seed 7\\n<size:11>until 2s</size>")
                .containsPattern("(actor|participant|database|queue) \"[^\"]+\" as \\w+ <<")
                .containsPattern("\\w+ -> \\w+ : m\\d+ ")
                .endsWith("@enduml\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aTraceFromSimulateDrawsTheSameRun() throws IOException {
        Path trace = dir.resolve("run.jsonl");
        CliRun simulate = cli("simulate", CliRun.example("three-tier-web"), "--trace", trace.toString());
        assertThat(simulate.exit()).as(simulate.err()).isEqualTo(Cli.OK);

        CliRun fromTrace = cli(
                "export",
                CliRun.example("three-tier-web"),
                "--kind",
                "sequence",
                "--trace",
                trace.toString(),
                "--to",
                "2s");
        CliRun fresh = cli("export", CliRun.example("three-tier-web"), "--kind", "sequence", "--to", "2s");

        assertThat(fromTrace.exit()).as(fromTrace.err()).isEqualTo(Cli.OK);
        assertThat(fromTrace.out()).isEqualTo(fresh.out()).contains("Load balancer");
    }

    @Test
    void historyDrawsOnlyWhatLedToOneEvent() {
        CliRun whole = cli("export", CliRun.example("three-tier-web"), "--kind", "sequence", "--to", "500ms");
        CliRun history = cli(
                "export", CliRun.example("three-tier-web"), "--kind", "sequence", "--to", "500ms", "--history", "40");
        CliRun both = cli(
                "export",
                CliRun.example("three-tier-web"),
                "--kind",
                "sequence",
                "--to",
                "500ms",
                "--history",
                "40",
                "--with-future");

        assertThat(history.exit()).as(history.err()).isEqualTo(Cli.OK);
        assertThat(history.out()).contains("causal history of");
        assertThat(both.out()).contains("causes and effects of");
        assertThat(arrows(history.out())).isPositive().isLessThan(arrows(whole.out()));
        assertThat(arrows(both.out())).isGreaterThan(arrows(history.out()));
    }

    @Test
    void historyOfAnEventTheRunDoesNotHaveIsAClearError() {
        CliRun run = cli(
                "export",
                CliRun.example("three-tier-web"),
                "--kind",
                "sequence",
                "--to",
                "10ms",
                "--history",
                "999999");
        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--history 999999: the run has only").doesNotContain("Exception");
        CliRun future = cli("export", CliRun.example("three-tier-web"), "--kind", "sequence", "--with-future");
        assertThat(future.exit()).isEqualTo(Cli.USAGE);
        assertThat(future.err()).contains("--with-future needs --history");
    }

    private static long arrows(String puml) {
        return puml.lines()
                .filter(l -> l.matches("\\w+ -[>x\\\\/]+.*: m\\d+.*"))
                .count();
    }

    @Test
    void aWindowAndTimestampsShapeTheDiagram() throws IOException {
        Path trace = dir.resolve("run.jsonl");
        cli("simulate", CliRun.example("mobile-backend"), "--until", "3s", "--trace", trace.toString());

        CliRun run = cli(
                "export",
                CliRun.example("mobile-backend"),
                "--kind",
                "sequence",
                "--trace",
                trace.toString(),
                "--from",
                "1s",
                "--to",
                "1.5s",
                "--timestamps",
                "both",
                "--format",
                "puml");

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out())
                .contains("from 1s to 1.5s")
                .containsPattern("<size:10>L \\d+→\\d+ · \\[[0-9,]+\\]→\\[[0-9,]+\\]</size>")
                .contains("legend right");
    }

    @Test
    void writesSvgAndPng() throws IOException {
        CliRun svg =
                cli("export", CliRun.example("mobile-backend"), "--kind", "sequence", "--to", "1s", "--format", "svg");
        Path png = dir.resolve("run.png");
        CliRun written = cli(
                "export",
                CliRun.example("mobile-backend"),
                "--kind",
                "sequence",
                "--to",
                "1s",
                "--out",
                png.toString());

        assertThat(svg.exit()).as(svg.err()).isEqualTo(Cli.OK);
        assertThat(svg.out())
                .startsWith("<svg")
                .contains("Mobile app and backend")
                .contains("</svg>");
        assertThat(written.exit()).as(written.err()).isEqualTo(Cli.OK);
        assertThat(written.out()).isEqualTo("Wrote the PNG sequence diagram to " + png + System.lineSeparator());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getHeight()).isGreaterThan(200);
    }

    @Test
    void aLongRunIsCutAndTheCommandSaysSo() {
        CliRun run = cli("export", CliRun.example("mobile-backend"), "--kind", "sequence", "--max-messages", "5");

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("cut here: showing the first 5 of");
        assertThat(run.err())
                .contains("warning: the diagram shows the first 5 of")
                .contains("--from");
    }

    @Test
    void anUnreadableTraceFailsNamingTheFileAndLine() throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"format\":\"dsw-trace\",\"version\":1}\nnot json\n");

        CliRun missing = cli(
                "export",
                CliRun.example("mobile-backend"),
                "--kind",
                "sequence",
                "--trace",
                dir.resolve("none.jsonl").toString());
        CliRun bad =
                cli("export", CliRun.example("mobile-backend"), "--kind", "sequence", "--trace", broken.toString());

        assertThat(missing.exit()).isEqualTo(Cli.FAILED);
        assertThat(missing.err()).contains("cannot read the trace").contains("none.jsonl: no such file");
        assertThat(bad.exit()).isEqualTo(Cli.FAILED);
        assertThat(bad.err()).contains("broken.jsonl").contains("line ");
        assertThat(missing.err() + bad.err()).doesNotContain("Exception");
        assertThat(missing.out() + bad.out()).isEmpty();
    }

    @Test
    void aTraceOfAnotherDesignWarns() throws IOException {
        Path trace = dir.resolve("run.jsonl");
        cli("simulate", CliRun.example("three-tier-web"), "--until", "500ms", "--trace", trace.toString());

        CliRun run = cli("export", CliRun.example("mobile-backend"), "--kind", "sequence", "--trace", trace.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.err()).contains("warning: the trace is of \"Three-tier web application\"");
    }

    @Test
    void badSequenceOptionsAreUsageErrors() {
        CliRun from = cli("export", CliRun.example("mobile-backend"), "--kind", "sequence", "--from", "soon");
        CliRun order =
                cli("export", CliRun.example("mobile-backend"), "--kind", "sequence", "--from", "2s", "--to", "1s");
        CliRun stamps = cli("export", CliRun.example("mobile-backend"), "--kind", "sequence", "--timestamps", "atomic");
        CliRun max = cli("export", CliRun.example("mobile-backend"), "--kind", "sequence", "--max-messages", "0");
        CliRun kind = cli("export", CliRun.example("mobile-backend"), "--from", "1s");

        assertThat(List.of(from, order, stamps, max, kind))
                .allMatch(r -> r.exit() == Cli.USAGE && r.out().isEmpty());
        assertThat(from.err()).contains("--from").contains("soon");
        assertThat(order.err()).contains("--to (1s) must not come before --from (2s)");
        assertThat(stamps.err()).contains("--timestamps").contains("none, lamport, vector or both");
        assertThat(max.err()).contains("--max-messages must be at least 1");
        assertThat(kind.err()).contains("only for --kind sequence");
    }

    @Test
    void hostileNamesAreSimulatedAndExportedAsTyped() throws IOException {
        KindCatalog kinds = KindCatalog.standard();
        Design design = new Design(
                "@enduml",
                "",
                List.of(
                        Component.of("c", "!include /etc/passwd", kinds.get("client")),
                        Component.of("s", "\"quoted\" %getenv(HOME) <b>x</b>", kinds.get("service"))),
                List.of(Link.of("c-s", "c", "s")),
                List.of(),
                new Scenario(
                        1,
                        100 * Micros.PER_MILLISECOND,
                        List.of(new Workload(
                                "c", "s", new LoadModel.OpenLoop(50, false), 0.5, new KeySpace(2, 0), 0, -1, 10)),
                        List.of()));
        Path file = dir.resolve("hostile.dsw.json");
        DesignFiles.write(design, file);

        CliRun puml = cli("export", file.toString(), "--kind", "sequence");
        CliRun svg = cli("export", file.toString(), "--kind", "sequence", "--format", "svg");

        assertThat(puml.exit()).as(puml.err()).isEqualTo(Cli.OK);
        assertThat(puml.out().lines().skip(1).filter(l -> !l.startsWith("'") && !l.equals("@enduml")))
                .noneMatch(l -> l.startsWith("!") || l.startsWith("@") || l.contains("%getenv("));
        assertThat(svg.exit()).as(svg.err()).isEqualTo(Cli.OK);
        assertThat(svg.out()
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&#160;", " "))
                .contains("!include /etc/passwd")
                .contains("%getenv(HOME) <b>x</b>");
    }

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }
}
