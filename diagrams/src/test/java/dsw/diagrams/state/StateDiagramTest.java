package dsw.diagrams.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.diagrams.testkit.Rendering;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * State diagrams: the ready-made machines are committed under src/test/resources/expected
 * (regenerate with {@code -Ddsw.regenerate=true} and review the diff) and every diagram renders.
 */
class StateDiagramTest {
    private static final Path DIR = Path.of("src/test/resources/expected");

    static Stream<Arguments> diagrams() {
        return Stream.of(
                Arguments.of("state-circuit-breaker", CircuitBreakerStates.diagram()),
                Arguments.of(
                        "state-circuit-breaker-observed",
                        CircuitBreakerStates.diagram()
                                .withObserved(List.of(
                                        new ObservedTransition(
                                                CircuitBreakerStates.CLOSED,
                                                CircuitBreakerStates.OPEN,
                                                12_000,
                                                "6 of 10 calls failed"),
                                        new ObservedTransition(
                                                CircuitBreakerStates.OPEN, CircuitBreakerStates.HALF_OPEN, 72_000, ""),
                                        new ObservedTransition(
                                                CircuitBreakerStates.HALF_OPEN,
                                                CircuitBreakerStates.OPEN,
                                                75_500,
                                                "2 of 3 trial calls failed"),
                                        new ObservedTransition(
                                                CircuitBreakerStates.OPEN,
                                                CircuitBreakerStates.HALF_OPEN,
                                                135_500,
                                                "")))),
                Arguments.of("state-raft-roles", RaftRoles.diagram().withCurrent(RaftRoles.CANDIDATE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void theDiagramIsTheCommittedOneAndRenders(String name, StateDiagram diagram) throws IOException {
        String puml = diagram.puml();

        Path file = DIR.resolve(name + ".puml");
        if (Boolean.getBoolean("dsw.regenerate")) {
            Files.createDirectories(DIR);
            Files.writeString(file, puml);
        }
        assertThat(file)
                .as("expected diagram %s (regenerate with -Ddsw.regenerate=true)", file)
                .exists();
        assertThat(puml).isEqualTo(Files.readString(file));
        Rendering.Rendered rendered = Rendering.svg(puml);
        assertThat(rendered.ok()).as(rendered.allText()).isTrue();
        assertThat(rendered.kind()).isEqualTo("StateDiagram");
        assertThat(Rendering.pngRenders(puml)).isTrue();
    }

    @Test
    void theCurrentStateIsHighlightedAndNamedInTheTitle() {
        String puml = RaftRoles.diagram().withCurrent(RaftRoles.LEADER).puml();

        assertThat(puml)
                .contains("current state: Leader")
                .contains("state \"Leader\" as leader #FFE0B2;line:E67E22;line.bold")
                .doesNotContain("as follower #");
    }

    @Test
    void observedTransitionsAreBoldCountedAndListedInOrder() {
        String puml = CircuitBreakerStates.diagram()
                .withObserved(List.of(
                        ObservedTransition.of("closed", "open"),
                        ObservedTransition.of("open", "half-open"),
                        new ObservedTransition("half-open", "open", 5_000, "trial call failed"),
                        ObservedTransition.of("open", "half-open")))
                .puml();

        assertThat(puml)
                .contains("current state: Half-open")
                .containsPattern("open -\\[#E67E22,bold]-> half_open : .*<b>seen 2×</b>")
                .containsPattern("closed -\\[#E67E22,bold]-> open : .*<b>seen 1×</b>")
                .contains("half_open --> closed")
                .contains("1. Closed → Open\n2. Open → Half-open\n3. 5ms Half-open → Open: trial call failed\n");
    }

    @Test
    void aTransitionTheMachineDoesNotHaveShowsDashed() throws IOException {
        StateDiagram diagram =
                CircuitBreakerStates.diagram().withObserved(List.of(ObservedTransition.of("open", "closed")));

        assertThat(diagram.puml()).contains("open -[#E67E22,dashed]-> closed : <b>seen 1×, not a transition");
        assertThat(Rendering.svg(diagram.puml()).ok()).isTrue();
    }

    @Test
    void unknownStatesAreRefusedByName() {
        assertThatThrownBy(() -> RaftRoles.diagram().withCurrent("king"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"king\" is not a state of Raft server roles")
                .hasMessageContaining("follower, candidate, leader");
        assertThatThrownBy(() -> StateMachine.builder("m")
                        .state("a", "A")
                        .transition("a", "b", "")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"b\" is not a state of m");
        assertThatThrownBy(() -> StateMachine.builder("m").state("a", "A").state("a", "B"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("added twice");
    }

    @Test
    void aGenericMachineDrawsItsOwnStates() throws IOException {
        StateMachine door = StateMachine.builder("Door")
                .state("closed", "Closed")
                .state("open", "Open", "people pass")
                .state("locked", "Locked")
                .transition("closed", "open", "push")
                .transition("open", "closed", "release")
                .transition("closed", "locked", "turn key")
                .transition("locked", "closed", "turn key back")
                .build();

        String puml = StateDiagram.of(door).withCurrent("locked").puml();

        assertThat(puml).contains("[*] --> closed").contains("closed --> locked : turn key");
        Rendering.Rendered rendered = Rendering.svg(puml);
        assertThat(rendered.ok()).isTrue();
        assertThat(rendered.texts()).contains("Locked", "people pass", "turn key back");
    }

    @Test
    void hostileTextsShowAsTyped() throws IOException {
        String include = "!include /etc/passwd";
        String end = "x\n@enduml\n!define Y";
        StateMachine machine = StateMachine.builder("@enduml %getenv(HOME)")
                .state("a", include, end)
                .state("[*]", "\"quoted\" <b>b</b> [[link]]", "-- strike --")
                .transition("a", "[*]", "==> %date() ==")
                .build();

        String puml = StateDiagram.of(machine)
                .withObserved(List.of(new ObservedTransition("[*]", "a", 1, end)))
                .puml();

        // comment lines (') are not preprocessed: PumlText.comment only keeps them one line
        List<String> lines = puml.lines().filter(l -> !l.startsWith("'")).toList();
        assertThat(lines.subList(1, lines.size() - 1))
                .noneMatch(l -> (l.startsWith("!") && !l.equals("!pragma layout smetana"))
                        || l.startsWith("@")
                        || l.contains("%getenv(")
                        || l.contains("%date("));
        Rendering.Rendered rendered = Rendering.svg(puml);
        assertThat(rendered.ok()).as(rendered.allText()).isTrue();
        assertThat(rendered.texts()).contains(include, "\"quoted\" <b>b</b> [[link]]", "==> %date() ==", "@enduml");
    }
}
