package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped examples are in the canonical layout and survive load, save, load unchanged. */
class ExamplesRoundTripTest {
    static List<Path> examples() {
        return TestFiles.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void loadsWithoutWarningsAndFormatsToTheSameBytes(Path example) throws Exception {
        byte[] original = Files.readAllBytes(example);

        LoadResult loaded = DesignFiles.read(example);

        assertThat(loaded.warnings()).isEmpty();
        assertThat(DesignFiles.toJson(loaded.design()).getBytes(StandardCharsets.UTF_8))
                .as("toJson of %s", example.getFileName())
                .isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void writeThenReadGivesAnEqualDesign(Path example, @TempDir Path dir) throws Exception {
        Design design = DesignFiles.read(example).design();
        Path copy = dir.resolve(example.getFileName());

        DesignFiles.write(design, copy);
        Design again = DesignFiles.read(copy).design();

        assertThat(again).isEqualTo(design);
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(example));
        assertThat(listing(dir)).containsExactly(example.getFileName().toString());
    }

    private static List<String> listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
