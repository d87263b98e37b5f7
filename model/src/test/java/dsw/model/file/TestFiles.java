package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where the test designs live, and what a message a user sees must never contain. */
final class TestFiles {
    /** Traces of Java that must never reach a user: exception names, stack frames, class names. */
    private static final Pattern JAVA_NOISE =
            Pattern.compile("Exception|Error:|\\bat dsw\\.|java\\.|javax\\.|com\\.fasterxml"
                    + "|[Jj]ackson|Source:|`\\w+`|\\w\\$\\w|\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\\b");

    /** Text the user wrote, quoted in a message: it may contain anything. */
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'");

    private TestFiles() {}

    /** The shipped examples, {@code examples/*.dsw.json} at the repository root. */
    static List<Path> examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        assertThat(dir)
                .as("no examples/ folder above %s", Path.of("").toAbsolutePath())
                .isNotNull();
        List<Path> files = list(dir.resolve("examples"));
        assertThat(files).as("example designs").isNotEmpty();
        return files;
    }

    /** The hostile and malformed designs in {@code src/test/resources/malformed}. */
    static List<Path> malformed() {
        return list(malformedDir());
    }

    static Path malformedDir() {
        URL url = TestFiles.class.getResource("/malformed");
        assertThat(url).as("test resource folder /malformed").isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fails when a message shows Java internals instead of words for a user. Each line may start
     * like {@code file:12:5: error: links[2].to: }; the file name and the path are the user's own
     * text, as is anything in quotes, so only the rest is judged.
     */
    static void assertNoJavaNoise(String message) {
        assertThat(message).isNotBlank();
        for (String line : message.split("\n", -1)) {
            String said = line.replaceFirst("^.*?\\.dsw\\.json(:\\d+)*: (error|warning|info): ([^ ]+: )?", "");
            assertThat(JAVA_NOISE
                            .matcher(QUOTED.matcher(said).replaceAll("\"\""))
                            .find())
                    .as("message shows Java internals: %s", line)
                    .isFalse();
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(DesignFiles.EXTENSION))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
