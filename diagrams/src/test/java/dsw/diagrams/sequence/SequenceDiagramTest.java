package dsw.diagrams.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.diagrams.testkit.Rendering;
import dsw.diagrams.testkit.Runs;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.kind.KindCatalog;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a reader sees in a sequence diagram, on the trace of docs/trace-format.md. */
class SequenceDiagramTest {
    /**
     * The example of docs/trace-format.md: users call lb, which calls shop#2; the network
     * duplicates that call, shop#1 warms its cache, a link goes down and the answer is lost.
     */
    static final String EXAMPLE =
            """
            {"format":"dsw-trace","version":1,"seed":7,"design":"Shop","processes":[{"id":"users","component":"users","kind":"web-browser","instance":1},{"id":"lb","component":"lb","kind":"load-balancer","instance":1},{"id":"shop#1","component":"shop","kind":"service","instance":1},{"id":"shop#2","component":"shop","kind":"service","instance":2}],"links":["users-lb","lb-shop"]}
            {"seq":0,"t":0,"type":"send","process":"users","msg":0,"from":"users","to":"lb","link":"users-lb","label":"GET k42","kind":"request","key":42,"req":0,"size":120,"lamport":1,"vc":{"users":1}}
            {"seq":1,"t":1000,"type":"receive","process":"lb","msg":0,"from":"users","to":"lb","link":"users-lb","label":"GET k42","kind":"request","key":42,"req":0,"lamport":2,"vc":{"users":1,"lb":1}}
            {"seq":2,"t":1000,"type":"send","process":"lb","msg":1,"from":"lb","to":"shop#2","link":"lb-shop","label":"GET k42","kind":"request","key":42,"req":0,"size":120,"copies":2,"lamport":3,"vc":{"users":1,"lb":2}}
            {"seq":3,"t":1200,"type":"local","process":"shop#1","pt":1350,"label":"cache warmed","lamport":1,"vc":{"shop#1":1}}
            {"seq":4,"t":3000,"type":"receive","process":"shop#2","msg":1,"from":"lb","to":"shop#2","link":"lb-shop","label":"GET k42","kind":"request","key":42,"req":0,"lamport":4,"vc":{"users":1,"lb":2,"shop#2":1}}
            {"seq":5,"t":3000,"type":"send","process":"shop#2","msg":2,"from":"shop#2","to":"lb","link":"lb-shop","label":"GET k42 ok","kind":"response","key":42,"status":"ok","req":0,"replyTo":1,"size":80,"lamport":5,"vc":{"users":1,"lb":2,"shop#2":2}}
            {"seq":6,"t":3400,"type":"receive","process":"shop#2","msg":1,"from":"lb","to":"shop#2","link":"lb-shop","label":"GET k42","kind":"request","key":42,"req":0,"lamport":6,"vc":{"users":1,"lb":2,"shop#2":3}}
            {"seq":7,"t":4000,"type":"fault","label":"link lb-shop down"}
            {"seq":8,"t":5000,"type":"drop","msg":2,"from":"shop#2","to":"lb","link":"lb-shop","label":"GET k42 ok","kind":"response","key":42,"status":"ok","req":0,"replyTo":1,"reason":"link-down"}
            """;

    static Trace example() throws IOException {
        return TraceJson.read(new ByteArrayInputStream(EXAMPLE.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> body(String puml) {
        return puml.lines()
                .filter(l -> !l.startsWith("'") && !l.startsWith("@") && !l.startsWith("title"))
                .filter(l -> !l.startsWith("skinparam"))
                .collect(Collectors.toList());
    }

    @Test
    void participantsComeInTopologyOrderDrawnByKind() throws IOException {
        String puml = SequenceDiagram.of(example(), SequenceOptions.whole()).puml();

        assertThat(body(puml).subList(0, 4))
                .containsExactly(
                        "actor \"users\" as users <<Web browser>>",
                        "participant \"lb\" as lb <<Load balancer>>",
                        "participant \"shop &#35;1\" as shop_1 <<Service>>",
                        "participant \"shop &#35;2\" as shop_2 <<Service>>");
    }

    @Test
    void aDesignNamesTheParticipants() throws IOException {
        KindCatalog kinds = KindCatalog.standard();
        Design design = Design.empty("Shop")
                .withComponents(List.of(
                        Component.of("users", "Shoppers", kinds.get("web-browser")),
                        Component.of("lb", "Front door", kinds.get("load-balancer")),
                        Component.of("shop", "Web tier", kinds.get("service"))));

        String puml =
                SequenceDiagram.of(example(), design, SequenceOptions.whole()).puml();

        assertThat(puml)
                .contains("actor \"Shoppers\" as users")
                .contains("participant \"Front door\" as lb")
                .contains("participant \"Web tier &#35;2\" as shop_2 <<Service>>");
    }

    @Test
    void messagesAppearWhenReceivedWithDuplicatesLossesNotesAndFaults() throws IOException {
        String puml = SequenceDiagram.of(example(), SequenceOptions.whole()).puml();

        assertThat(body(puml).subList(4, body(puml).size()))
                .containsExactly(
                        "users -> lb : m0 GET k42",
                        "note over shop_1 : cache warmed\\n<size:10>1.2ms</size>",
                        "lb -> shop_2 : m1 GET k42",
                        "lb -> shop_2 : m1 GET k42 (duplicate of m1)",
                        "== 4ms · link lb-shop down ==",
                        "shop_2 -[#C0392B]->x lb : m2 GET k42 ok (lost: link-down)");
    }

    @Test
    void lamportStampsShowTheSendAndTheReceive() throws IOException {
        String puml = SequenceDiagram.of(example(), SequenceOptions.whole().withTimestamps(Timestamps.LAMPORT))
                .puml();

        assertThat(puml)
                .contains("lb -> shop_2 : m1 GET k42\\n<size:10>L 3→4</size>")
                .contains("(duplicate of m1)\\n<size:10>L 3→6</size>")
                .contains("(lost: link-down)\\n<size:10>L 5</size>")
                .contains("cache warmed\\n<size:10>1.2ms · L 1</size>")
                .contains("legend right")
                .doesNotContain("vector clock");
    }

    @Test
    void vectorStampsListTheProcessesInHeaderOrder() throws IOException {
        String puml = SequenceDiagram.of(example(), SequenceOptions.whole().withTimestamps(Timestamps.BOTH))
                .puml();

        assertThat(puml)
                .contains("m1 GET k42\\n<size:10>L 3→4 · [1,2,0,0]→[1,2,0,1]</size>")
                .contains("(duplicate of m1)\\n<size:10>L 3→6 · [1,2,0,0]→[1,2,0,3]</size>")
                .contains("(lost: link-down)\\n<size:10>L 5 · [1,2,0,2]</size>")
                .contains("users, lb, shop &#35;1, shop &#35;2");
    }

    @Test
    void aWindowShowsOnlyWhatHappenedInIt() throws IOException {
        String puml = SequenceDiagram.of(example(), SequenceOptions.whole().withWindow(2000, 4000))
                .puml();

        assertThat(puml).contains("from 2ms to 4ms").contains("m1 GET k42").contains("link lb-shop down");
        assertThat(puml).doesNotContain("m0 ").doesNotContain("cache warmed").doesNotContain("m2 ");
        assertThat(puml).doesNotContain("as users").doesNotContain("as shop_1");
    }

    @Test
    void aCausalHistoryLeavesOutConcurrentEvents() throws IOException {
        Trace trace = example();

        String puml = SequenceDiagram.of(trace, SequenceOptions.whole().withHistory(4, false))
                .puml();

        assertThat(puml)
                .contains("causal history of receive of m1 GET k42 at shop &#35;2 (seq 4) at 3ms")
                .contains("users -> lb : m0 GET k42")
                .contains("lb -[#E67E22]> shop_2 : m1 GET k42")
                .contains("hnote over shop_2 #Gold : chosen event");
        assertThat(puml)
                .doesNotContain("cache warmed")
                .doesNotContain("duplicate")
                .doesNotContain("m2 ");
    }

    @Test
    void withItsFutureAHistoryShowsWhatTheEventCaused() throws IOException {
        String puml = SequenceDiagram.of(example(), SequenceOptions.whole().withHistory(4, true))
                .puml();

        assertThat(puml)
                .contains("causes and effects of")
                .contains("(duplicate of m1)")
                .contains("m2 GET k42 ok (lost: link-down)")
                .doesNotContain("cache warmed");
    }

    @Test
    void aChosenSendIsDescribed() throws IOException {
        String puml = SequenceDiagram.of(example(), SequenceOptions.whole().withHistory(2, false))
                .puml();

        assertThat(puml).contains("hnote over lb #Gold : chosen event: sends m1 GET k42 to shop &#35;2\\n<size:10>1ms");
    }

    @Test
    void networkEventsAndUnknownSeqsHaveNoHistory() throws IOException {
        Trace trace = example();

        assertThatThrownBy(
                        () -> SequenceDiagram.of(trace, SequenceOptions.whole().withHistory(8, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seq 8 is a drop");
        assertThatThrownBy(
                        () -> SequenceDiagram.of(trace, SequenceOptions.whole().withHistory(99, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no seq 99");
    }

    @Test
    void aLongRunIsCutWithANote() throws IOException {
        SequenceDiagram diagram =
                SequenceDiagram.of(example(), SequenceOptions.whole().withMaxMessages(2));

        assertThat(diagram.truncated()).isTrue();
        assertThat(diagram.messagesShown()).isEqualTo(2);
        assertThat(diagram.messagesInScope()).isEqualTo(4);
        assertThat(diagram.puml())
                .contains("note across #FFE0B2 : cut here: showing the first 2 of 4 messages; the rest run to 5ms.")
                .doesNotContain("duplicate")
                .doesNotContain("link lb-shop down");
    }

    @Test
    void anEmptyWindowStillDrawsTheProcesses() throws IOException {
        SequenceDiagram diagram =
                SequenceDiagram.of(example(), SequenceOptions.whole().withWindow(7000, 9000));

        assertThat(diagram.messagesShown()).isZero();
        assertThat(diagram.puml()).contains("as users").contains("as shop_2").contains("no messages or events here");
        assertThat(Rendering.svg(diagram.puml()).ok()).isTrue();
    }

    @Test
    void longGapsShowTheVirtualTime() {
        Design chain = Runs.chain(3);
        Trace trace = Runs.run(chain);

        String puml = SequenceDiagram.of(trace, chain, SequenceOptions.whole()).puml();

        assertThat(puml).containsPattern("\\.\\.\\. \\+[0-9.]+ms \\(t = [0-9.]+ms\\) \\.\\.\\.");
    }

    @Test
    void theSameRunGivesTheSameText() {
        Design shop = Runs.shop();
        SequenceOptions options = SequenceOptions.whole().withTimestamps(Timestamps.BOTH);

        String first = SequenceDiagram.of(Runs.run(shop), shop, options).puml();
        String second = SequenceDiagram.of(Runs.run(shop), shop, options).puml();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyExampleDiagramRenders() throws IOException {
        Trace trace = example();
        for (SequenceOptions options : List.of(
                SequenceOptions.whole(),
                SequenceOptions.whole().withTimestamps(Timestamps.BOTH),
                SequenceOptions.whole().withMaxMessages(1),
                SequenceOptions.whole().withHistory(6, true).withTimestamps(Timestamps.VECTOR))) {
            Rendering.Rendered rendered =
                    Rendering.svg(SequenceDiagram.of(trace, options).puml());
            assertThat(rendered.ok()).as("%s: %s", options, rendered.allText()).isTrue();
            assertThat(rendered.allText()).contains("Shop · seed 7");
        }
    }
}
