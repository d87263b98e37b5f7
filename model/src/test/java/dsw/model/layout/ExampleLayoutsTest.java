package dsw.model.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example designs shipped in {@code examples/}, stripped of any layout, arrange cleanly. */
class ExampleLayoutsTest {

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            return files.filter(p -> p.toString().endsWith(".dsw.json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void thereAreExamples() throws IOException {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void arrangesWithoutOverlapsAndWithoutCrossings(Path file) throws DesignFileException {
        Design design = LayoutChecks.unplaced(DesignFiles.read(file).design());

        Design arranged = LayeredLayout.arrange(design);

        LayoutChecks.assertArranged(design, arranged, LayoutOptions.DEFAULT);
        assertThat(LayoutChecks.crossings(arranged)).isZero();
        assertThat(LayeredLayout.arrangeUnplaced(design)).isEqualTo(arranged);
    }
}
