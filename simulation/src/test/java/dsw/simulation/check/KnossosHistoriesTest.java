package dsw.simulation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every history of Knossos's test data (src/test/resources/knossos, see its README) gets the
 * verdict Knossos gives it: good/ linearizable, bad/ not, for the model its folder names.
 */
class KnossosHistoriesTest {
    /** The histories, kept in the module's test resources so a clean clone has them. */
    static Path knossos() {
        Path dir = Path.of("src/test/resources/knossos");
        assertThat(dir)
                .as("the Knossos test histories in %s", dir.toAbsolutePath())
                .isDirectory();
        return dir;
    }

    static List<Path> histories() throws IOException {
        try (Stream<Path> files = Files.walk(knossos())) {
            return files.filter(file -> file.toString().endsWith(".edn"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theSetHoldsTheHistoriesTheReadmeCounts() throws IOException {
        List<Path> all = histories();

        assertThat(all.stream().filter(file -> file.toString().contains("cas-register/good")))
                .hasSize(113);
        assertThat(all.stream().filter(file -> file.toString().contains("cas-register/bad")))
                .hasSize(7);
        assertThat(all).hasSize(122);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void eachHistoryGetsKnossossVerdict(Path file) throws HistoryFormatException {
        String modelName = file.getParent().getParent().getFileName().toString();
        boolean good = file.getParent().getFileName().toString().equals("good");
        ClientHistory history = HistoryFormat.EDN.read(file);
        Model model = Models.named(modelName, Optional.empty()).orElseThrow();

        CheckResult result = LinearizabilityChecker.check(history, model, Cancellation.never());

        assertThat(result.verdict()).isEqualTo(good ? Verdict.OK : Verdict.VIOLATION);
        assertThat(result.violation().isPresent()).isEqualTo(!good);
        assertThat(Models.guess(history)).isEqualTo(modelName);
    }
}
