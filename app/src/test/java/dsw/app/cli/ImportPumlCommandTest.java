package dsw.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import dsw.model.file.DesignFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./dsw import-puml FILE.puml --out DESIGN.dsw.json}: a design file, a report, clear errors. */
class ImportPumlCommandTest {

    @TempDir
    Path dir;

    @Test
    void importsASeedDiagramAndReportsItsGuesses() throws Exception {
        Path out = dir.resolve("k8s.dsw.json");

        CliRun run = importPuml(seed("seed003-microservices.puml"), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out())
                .contains("imported \"seed003-microservices\" (11 components · 5 links · 5 groups) into " + out)
                .contains("Notes: 5 guesses; review the design before relying on it");
        assertThat(run.err())
                .contains("seed003-microservices.puml: line 8: frame 'Kubernetes' imported as a cluster (guessed from"
                        + " its name)")
                .doesNotContain("Exception");
        Design design = DesignFiles.read(out).design();
        assertThat(design.components()).hasSize(11);
        assertThat(design.isLaidOut()).isTrue();
    }

    @Test
    void aDiagramWithoutGuessesPrintsNoNotes() throws IOException {
        Path puml = write("plain.puml", "@startuml\nnode web\ndatabase db\nweb --> db : SQL\n@enduml\n");

        CliRun run =
                importPuml(puml.toString(), "-o", dir.resolve("plain.dsw.json").toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("(2 components · 1 link · 0 groups)").doesNotContain("Notes");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void refusesToOverwriteUnlessForced() throws IOException {
        Path puml = write("plain.puml", "node web\n");
        Path out = write("taken.dsw.json", "precious");

        CliRun refused = importPuml(puml.toString(), "--out", out.toString());

        assertThat(refused.exit()).isEqualTo(Cli.FAILED);
        assertThat(refused.err()).contains("taken.dsw.json: already exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("precious");

        CliRun forced = importPuml(puml.toString(), "--out", out.toString(), "--force");

        assertThat(forced.exit()).as(forced.err()).isEqualTo(Cli.OK);
        assertThat(Files.readString(out)).contains("\"schemaVersion\"");
    }

    @Test
    void nothingToImportFailsWithTheLinesItDidNotUnderstand() throws IOException {
        Path puml = write("c4.puml", "@startuml\n!include <C4/C4_Container>\nPerson(user, \"User\")\n@enduml\n");
        Path out = dir.resolve("c4.dsw.json");

        CliRun run = importPuml(puml.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(Cli.FAILED);
        assertThat(run.err())
                .contains("c4.puml: line 2: `!include <C4/C4_Container>` ignored: includes are not followed")
                .contains("c4.puml: line 3: `Person(user, \"User\")` not understood; ignored")
                .contains("c4.puml: nothing to import")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void unreadableInputFailsClearly() throws IOException {
        Path binary = dir.resolve("logo.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff});

        CliRun missing = importPuml(
                dir.resolve("nowhere.puml").toString(),
                "--out",
                dir.resolve("a.dsw.json").toString());
        CliRun notText =
                importPuml(binary.toString(), "--out", dir.resolve("b.dsw.json").toString());

        assertThat(missing.exit()).isEqualTo(Cli.FAILED);
        assertThat(missing.err()).contains("nowhere.puml: no such file").doesNotContain("Exception");
        assertThat(notText.exit()).isEqualTo(Cli.FAILED);
        assertThat(notText.err()).contains("logo.png: not UTF-8 text").doesNotContain("Exception");
    }

    @Test
    void anUnwritableOutputFailsClearly() throws IOException {
        Path puml = write("plain.puml", "node web\n");
        Path notAFolder = write("file", "");

        CliRun run = importPuml(
                puml.toString(), "--out", notAFolder.resolve("x.dsw.json").toString());

        assertThat(run.exit()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("x.dsw.json: cannot write the design").doesNotContain("Exception");
    }

    @Test
    void usageErrors() throws IOException {
        Path puml = write("plain.puml", "node web\n");

        CliRun noOut = importPuml(puml.toString());
        CliRun sameFile = importPuml(puml.toString(), "--out", puml.toString(), "--force");

        assertThat(noOut.exit()).isEqualTo(Cli.USAGE);
        assertThat(noOut.err()).contains("--out");
        assertThat(sameFile.exit()).isEqualTo(Cli.USAGE);
        assertThat(sameFile.err()).contains("must not overwrite the PlantUML file");
        assertThat(Files.readString(puml)).isEqualTo("node web\n");
    }

    @Test
    void isACommandTheLauncherKnows() {
        assertThat(Cli.isSubcommand("import-puml")).isTrue();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static String seed(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("diagrams/src/test/resources/import"))) {
            dir = dir.getParent();
        }
        assertThat(dir).isNotNull();
        return dir.resolve("diagrams/src/test/resources/import").resolve(name).toString();
    }

    private static CliRun importPuml(String... args) {
        return CliRun.command("import-puml", args);
    }
}
