package dsw.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ./dsw check FILE}: exit 0 for a valid design, 1 for an invalid one with the reason on
 * stderr, 2 for bad usage. Runs over the model's malformed test files and the shipped examples.
 */
class CheckCommandTest {
    private static final Pattern JAVA_NOISE = Pattern.compile(
            "Exception|\\bat dsw\\.|\\bat java\\.|java\\.lang|com\\.fasterxml|Source:|\\b[A-Z][a-z]+[A-Z][A-Za-z]*Node\\b");

    /** What a run printed and returned. */
    static List<Path> malformed() {
        List<Path> files = designs(repository().resolve("model/src/test/resources/malformed"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        return files;
    }

    static List<Path> examples() {
        List<Path> files = designs(repository().resolve("examples"));
        assertThat(files).isNotEmpty();
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aBrokenFileExitsWithOneAndSaysWhyOnStderr(Path file) {
        CliRun run = check(file.toString());

        assertThat(run.exit()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.err()).isEqualTo(messageFor(file) + System.lineSeparator());
        assertThat(run.err().lines()).allSatisfy(line -> assertThat(line).startsWith(file + ":"));
        assertThat(run.err()).contains(": error: ");
        assertThat(JAVA_NOISE.matcher(run.err()).find())
                .as("Java internals in: %s", run.err())
                .isFalse();
        assertThat(run.err()).doesNotContain("bug in dsw");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aValidFileExitsWithZero(Path file) {
        CliRun run = check(file.toString());

        assertThat(run.exit()).isEqualTo(Cli.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith(file + ": ok, ");
    }

    @Test
    void quietPrintsNothingForValidFilesAndStillFailsForBrokenOnes() {
        Path valid = examples().get(0);
        Path broken = malformed().get(0);

        CliRun ok = check("--quiet", valid.toString());
        CliRun bad = check("-q", valid.toString(), broken.toString());

        assertThat(ok.exit()).isEqualTo(Cli.OK);
        assertThat(ok.out()).isEmpty();
        assertThat(ok.err()).isEmpty();
        assertThat(bad.exit()).isEqualTo(Cli.FAILED);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).startsWith(broken + ":");
    }

    @Test
    void oneBrokenFileAmongValidOnesFailsTheRunAndTheCountSaysSo() {
        Path valid = examples().get(0);
        Path broken = malformed().get(0);

        CliRun run = check(valid.toString(), broken.toString());

        assertThat(run.exit()).isEqualTo(Cli.FAILED);
        assertThat(run.out()).startsWith(valid + ": ok, ");
        assertThat(run.out()).doesNotContain(broken.toString());
        assertThat(run.out()).endsWith("1 of 2 files valid" + System.lineSeparator());
        assertThat(run.err()).startsWith(broken + ":");
    }

    @Test
    void aMissingFileAndAFolderAreInvalidNotBadUsage(@TempDir Path dir) {
        CliRun missing = check(dir.resolve("nope.dsw.json").toString());
        CliRun folder = check(dir.toString());

        assertThat(missing.exit()).isEqualTo(Cli.FAILED);
        assertThat(missing.err())
                .isEqualTo(dir.resolve("nope.dsw.json") + ": error: no such file" + System.lineSeparator());
        assertThat(folder.exit()).isEqualTo(Cli.FAILED);
        assertThat(folder.err()).contains("is a folder, not a design file");
    }

    @Test
    void aFiftyMegabyteFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.dsw.json");
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"schemaVersion\": 1, \"name\": \"huge\", \"components\": []".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 50; i++) {
                out.write(spaces);
            }
            out.write("}\n".getBytes(StandardCharsets.UTF_8));
        }

        CliRun run = check(file.toString());

        assertThat(run.exit()).isEqualTo(Cli.FAILED);
        assertThat(run.err())
                .isEqualTo(file + ": error: the file is 50.0 MB; a dsw design file may be at most 16 MB"
                        + System.lineSeparator());
    }

    @Test
    void noFilesIsBadUsage() {
        CliRun run = check();

        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("FILE").contains("--help");
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        CliRun run = check("--strict", examples().get(0).toString());

        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--strict").contains("--help");
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        CliRun run = run("chek", examples().get(0).toString());

        assertThat(run.exit()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("chek");
    }

    private static CliRun check(String... args) {
        return run(Stream.concat(Stream.of("check"), Arrays.stream(args)).toArray(String[]::new));
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String messageFor(Path file) {
        try {
            DesignFiles.read(file);
        } catch (DesignFileException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " loads, but it is in the malformed folder");
    }

    /** The repository root: the folder above the app module that holds examples/. */
    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null
                && !(Files.isDirectory(dir.resolve("examples")) && Files.isDirectory(dir.resolve("model")))) {
            dir = dir.getParent();
        }
        assertThat(dir)
                .as("repository root above %s", Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }

    private static List<Path> designs(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".dsw.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
