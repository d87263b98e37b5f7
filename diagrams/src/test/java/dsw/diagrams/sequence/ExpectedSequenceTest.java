package dsw.diagrams.sequence;

import static dsw.diagrams.testkit.Runs.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.diagrams.testkit.Rendering;
import dsw.diagrams.testkit.Runs;
import dsw.model.Design;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sequence diagrams of one simulated run of {@link Runs#shop()} (fixed seed), committed under
 * src/test/resources/expected. A change in the diagrams (or the simulator) shows as a diff of the
 * .puml files. To accept one on purpose, run {@code mvn -o -pl model,simulation,diagrams test
 * -Dtest=ExpectedSequenceTest -Ddsw.regenerate=true} and review the diff before committing.
 */
class ExpectedSequenceTest {
    private static final Path DIR = Path.of("src/test/resources/expected");
    private static Design design;
    private static Trace trace;

    @BeforeAll
    static void run() {
        design = Runs.shop();
        trace = Runs.run(design);
    }

    static Stream<Arguments> diagrams() {
        return Stream.of(
                Arguments.of("sequence-shop-whole", SequenceOptions.whole().withTimestamps(Timestamps.LAMPORT)),
                Arguments.of(
                        "sequence-shop-window",
                        SequenceOptions.whole().withWindow(ms(28), ms(40)).withTimestamps(Timestamps.BOTH)),
                Arguments.of("sequence-shop-cut", SequenceOptions.whole().withMaxMessages(12)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void theDiagramIsTheCommittedOneAndRenders(String name, SequenceOptions options) throws IOException {
        String puml = SequenceDiagram.of(trace, design, options).puml();

        compare(name, puml);
        Rendering.Rendered rendered = Rendering.svg(puml);
        assertThat(rendered.ok()).as(rendered.allText()).isTrue();
        assertThat(rendered.kind()).isEqualTo("SequenceDiagram");
        assertThat(Rendering.pngRenders(puml)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void causalHistoriesAreTheCommittedOnesAndRender(String name, boolean future) throws IOException {
        int lastAnswer = lastReceiveAt("web");
        SequenceOptions options =
                SequenceOptions.whole().withHistory(lastAnswer, future).withTimestamps(Timestamps.VECTOR);
        String puml = SequenceDiagram.of(trace, design, options).puml();

        compare(name, puml);
        assertThat(Rendering.svg(puml).ok()).isTrue();
    }

    static Stream<Arguments> histories() {
        return Stream.of(Arguments.of("sequence-shop-history", false));
    }

    private static int lastReceiveAt(String process) {
        int p = trace.header().indexOf(process);
        for (int seq = trace.size() - 1; seq >= 0; seq--) {
            if (trace.type(seq) == EventType.RECEIVE && trace.process(seq) == p) {
                return seq;
            }
        }
        throw new AssertionError("no receive at " + process);
    }

    private static void compare(String name, String actual) throws IOException {
        Path file = DIR.resolve(name + ".puml");
        if (Boolean.getBoolean("dsw.regenerate")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual);
        }
        assertThat(file)
                .as("expected diagram %s (regenerate with -Ddsw.regenerate=true)", file)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(file));
    }
}
