package dsw.diagrams.sequence;

import static dsw.diagrams.testkit.Runs.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.diagrams.testkit.Rendering;
import dsw.diagrams.testkit.Runs;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names and labels that try to inject PlantUML syntax show as typed and break nothing. */
class HostileSequenceTest {
    private static final String INCLUDE = "!include /etc/passwd";
    private static final String END = "@enduml @startuml";
    private static final String CALL = "\"Bob's\" %getenv(HOME) $x";
    private static final String MARKUP = "<b>x</b> [[http://example.com]] **y** -> z";

    @Test
    void aDesignWithHostileNamesSimulatesAndExportsAsTyped() throws IOException {
        KindCatalog kinds = KindCatalog.standard();
        Design design = new Design(
                "!include evil.puml %getenv(HOME)",
                "",
                List.of(
                        Component.of("c", INCLUDE, kinds.get("client")),
                        Component.of("s", END, kinds.get("service")),
                        Component.of("d", CALL, kinds.get("database")),
                        Component.of("q", MARKUP, kinds.get("queue"))),
                List.of(Link.of("c-s", "c", "s"), Link.of("s-d", "s", "d"), Link.of("s-q", "s", "q")),
                List.of(),
                new Scenario(
                        3,
                        ms(80),
                        List.of(new Workload(
                                "c", "s", new LoadModel.OpenLoop(200, false), 0.5, new KeySpace(2, 0), 0, -1, 10)),
                        List.of(new ScheduledFault(ms(60), new Fault.Crash("d")))));
        Trace trace = Runs.run(design);

        String puml = SequenceDiagram.of(trace, design, SequenceOptions.whole().withTimestamps(Timestamps.BOTH))
                .puml();

        assertNothingInjected(puml);
        Rendering.Rendered rendered = Rendering.svg(puml);
        assertThat(rendered.ok()).as(rendered.allText()).isTrue();
        assertThat(rendered.kind()).isEqualTo("SequenceDiagram");
        assertThat(rendered.texts()).contains(INCLUDE, END, CALL, MARKUP);
        assertThat(rendered.allText())
                .contains("!include evil.puml %getenv(HOME) · seed 3")
                .contains("crash d");
    }

    @Test
    void aTraceFileWithHostileLabelsCannotBreakOut() throws IOException {
        String lines =
                """
                {"format":"dsw-trace","version":1,"seed":1,"design":"x\\n@enduml\\n!include /etc/passwd","processes":[{"id":"a","component":"a","kind":"client\\n!include k","instance":1},{"id":"b\\"x","component":"b","kind":"<<evil>>","instance":1}],"links":[]}
                {"seq":0,"t":0,"type":"send","process":"a","msg":0,"from":"a","to":"b\\"x","label":"hi\\n@enduml\\n!include /etc/passwd","kind":"request","lamport":1}
                {"seq":1,"t":1000,"type":"receive","process":"b\\"x","msg":0,"from":"a","to":"b\\"x","label":"hi\\n@enduml\\n!include /etc/passwd","kind":"request","lamport":2}
                {"seq":2,"t":2000,"type":"local","process":"a","label":"== not a divider ==\\n... %date() ...","lamport":2}
                {"seq":3,"t":3000,"type":"fault","label":"end ==\\n!define X"}
                """;
        Trace trace = TraceJson.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));

        for (Timestamps stamps : Timestamps.values()) {
            String puml = SequenceDiagram.of(
                            trace,
                            SequenceOptions.whole().withTimestamps(stamps).withHistory(2, true))
                    .puml();
            assertNothingInjected(puml);
            puml = SequenceDiagram.of(trace, SequenceOptions.whole().withTimestamps(stamps))
                    .puml();
            assertNothingInjected(puml);
            Rendering.Rendered rendered = Rendering.svg(puml);
            assertThat(rendered.ok()).as(rendered.allText()).isTrue();
            assertThat(rendered.texts())
                    .contains("@enduml", "!include /etc/passwd", "== not a divider ==", "... %date() ...", "!define X");
        }
    }

    /** Only the first and last line open and close the diagram; no line is a directive. */
    private static void assertNothingInjected(String puml) {
        // comment lines (') are not preprocessed: PumlText.comment only keeps them one line
        List<String> lines = puml.lines().filter(l -> !l.startsWith("'")).toList();
        assertThat(lines.get(0)).isEqualTo("@startuml");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("@enduml");
        assertThat(lines.subList(1, lines.size() - 1))
                .noneMatch(
                        l -> l.startsWith("!") || l.startsWith("@") || l.contains("%getenv(") || l.contains("%date("));
    }
}
