package dsw.diagrams.importer;

import static dsw.diagrams.importer.SeedDiagramsImportTest.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.GroupKind;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.file.DesignFiles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PlantUML subset the importer reads, the notes it makes, and what it refuses. */
class PumlImportTest {
    @Test
    void readsDeclarationFormsAndQuotedNames() throws PumlImportException {
        Design design = design(
                """
                @startuml
                database "Orders DB" as db <<postgres>> #LightBlue
                node api as "Orders API"
                actor :Customer: as customer
                [Checkout] as checkout
                component [Payment Service] as pay
                () "Public API" as publicApi
                queue "Order events"
                @enduml
                """);

        assertThat(design.components())
                .extracting(Component::id, Component::name, c -> c.kind().id())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("db", "Orders DB", "database"),
                        org.assertj.core.groups.Tuple.tuple("api", "Orders API", "service"),
                        org.assertj.core.groups.Tuple.tuple("customer", "Customer", "client"),
                        org.assertj.core.groups.Tuple.tuple("checkout", "Checkout", "service"),
                        org.assertj.core.groups.Tuple.tuple("pay", "Payment Service", "service"),
                        org.assertj.core.groups.Tuple.tuple("publicApi", "Public API", "service"),
                        org.assertj.core.groups.Tuple.tuple("order-events", "Order events", "queue"));
    }

    @Test
    void arrowsGiveDirectionModeAndLabel() throws PumlImportException {
        Design design = design(
                """
                node a
                node b
                node c
                node d
                a --> b : calls >
                b ..> c : "events"
                c -[#red]-> d
                d -[dashed]-> a
                a <--> c : sync both
                b <-up- d
                a -left-> d : left
                c .[#blue,bold].> a
                """);

        assertThat(link(design, "a", "b").label()).as("reading hint dropped").isEqualTo("calls");
        assertThat(link(design, "a", "b").mode()).isEqualTo(LinkMode.SYNC);
        assertThat(link(design, "b", "c").mode()).isEqualTo(LinkMode.ASYNC);
        assertThat(link(design, "b", "c").label()).isEqualTo("events");
        assertThat(link(design, "c", "d").mode()).as("colour only").isEqualTo(LinkMode.SYNC);
        assertThat(link(design, "d", "a").mode()).isEqualTo(LinkMode.ASYNC);
        assertThat(link(design, "a", "c").direction()).isEqualTo(LinkDirection.BOTH);
        assertThat(link(design, "d", "b").direction()).as("<-up- points at b").isEqualTo(LinkDirection.FORWARD);
        assertThat(link(design, "a", "d").label()).isEqualTo("left");
        assertThat(link(design, "c", "a").mode()).isEqualTo(LinkMode.ASYNC);
        assertThat(design.links()).hasSize(8);
    }

    @Test
    void nestingBecomesFramesWithKindsFromNames() throws PumlImportException {
        Design design = design(
                """
                cloud "AWS eu-west-1" as aws <<region>> {
                  rectangle "Zone A" as za {
                    node "Kubernetes" as k8s {
                      package "shop namespace" as shop {
                        [Cart]
                      }
                    }
                  }
                  frame "Payments" as payments {
                  }
                }
                cloud "Stripe" as stripe
                [Cart] --> stripe
                """);

        assertThat(design.group("aws").orElseThrow().kind()).isEqualTo(GroupKind.REGION);
        assertThat(design.group("za").orElseThrow().kind()).isEqualTo(GroupKind.ZONE);
        assertThat(design.group("za").orElseThrow().parent()).isEqualTo("aws");
        assertThat(design.group("k8s").orElseThrow().kind()).isEqualTo(GroupKind.CLUSTER);
        assertThat(design.group("shop").orElseThrow().kind()).isEqualTo(GroupKind.NAMESPACE);
        assertThat(design.group("payments").orElseThrow().kind())
                .as("an empty frame stays a frame")
                .isEqualTo(GroupKind.SYSTEM);
        assertThat(design.requireComponent("Cart").group()).isEqualTo("shop");
        assertThat(design.requireComponent("stripe").kind().id())
                .as("a cloud without children")
                .isEqualTo("external-system");
        assertThat(design.links()).singleElement().satisfies(l -> assertThat(l.to())
                .isEqualTo("stripe"));
    }

    @Test
    void guessesKindsFromNamesAndStereotypesAndSaysSo() throws PumlImportException {
        ImportResult result = PumlImport.importText(
                "guess.puml",
                """
                node "Kafka" as kafka
                node "Redis" as redis
                rectangle "Load Balancer" as lb
                node "API Gateway" as gw
                node "Orders" as orders <<postgres>>
                node zookeeper
                node "Service Registry" as reg
                actor "Web Browser" as browser
                node "User Service" as users
                node "Warm store" as warm <<cache>>
                """);
        Design design = result.design();

        assertThat(design.components())
                .extracting(c -> c.kind().id())
                .containsExactly(
                        "queue",
                        "cache",
                        "load-balancer",
                        "api-gateway",
                        "database",
                        "lock-service",
                        "registry",
                        "web-browser",
                        "service",
                        "cache");
        assertThat(result.notes())
                .extracting(ImportNote::format)
                .contains(
                        "line 1: 'Kafka' imported as a queue (guessed from its name)",
                        "line 5: 'Orders' imported as a database (guessed from its stereotype)")
                .noneMatch(n -> n.startsWith("line 10:"))
                .noneMatch(n -> n.startsWith("line 9:"));
        assertThat(result.notes()).allMatch(n -> n.kind() == ImportNote.Kind.GUESSED);
    }

    @Test
    void aCountOnTheLastLineOfANameGivesReplicas() throws PumlImportException {
        ImportResult result = PumlImport.importText(
                "replicas.puml",
                """
                collections "Web tier\\n5 replicas" as web <<service>>
                node "Workers\\n2 instances" as workers
                collections "Shards" as shards
                database "Orders\\n1 replica" as db
                cloud "Stripe\\n3 replicas" as stripe
                node "Giant\\n999999999 replicas" as giant
                node "Mail\\nSMTP relay" as mail
                """);
        Design design = result.design();

        assertThat(design.components())
                .extracting(Component::name, Component::replicas)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Web tier", 5),
                        org.assertj.core.groups.Tuple.tuple("Workers", 2),
                        org.assertj.core.groups.Tuple.tuple("Shards", 3),
                        org.assertj.core.groups.Tuple.tuple("Orders", 1),
                        org.assertj.core.groups.Tuple.tuple("Stripe", 1),
                        org.assertj.core.groups.Tuple.tuple("Giant", 1),
                        org.assertj.core.groups.Tuple.tuple("Mail SMTP relay", 1));
        assertThat(result.notes())
                .extracting(ImportNote::format)
                .contains("line 5: 'Stripe' is drawn with 3 replicas, but an external system has no replica count;"
                        + " imported as one")
                .anyMatch(n -> n.startsWith(
                        "line 6: 'Giant' is drawn with 999999999 replicas, which dsw does not" + " accept ("));
    }

    @Test
    void undeclaredElementsBecomeServicesWithANote() throws PumlImportException {
        ImportResult result = PumlImport.importText(
                "implicit.puml",
                """
                frame shop {
                  [Web] --> [Orders Kafka]
                }
                Web --> Billing
                """);
        Design design = result.design();

        assertThat(design.components()).extracting(Component::name).containsExactly("Web", "Orders Kafka", "Billing");
        assertThat(design.components()).extracting(Component::group).containsExactly("shop", "shop", null);
        assertThat(design.components().get(1).kind().id()).isEqualTo("queue");
        assertThat(result.notes())
                .extracting(ImportNote::format)
                .contains(
                        "line 2: 'Web' is used by an arrow but never declared; imported as a service",
                        "line 2: 'Orders Kafka' is used by an arrow but never declared; imported as a queue"
                                + " (guessed from its name)",
                        "line 4: 'Billing' is used by an arrow but never declared; imported as a service");
    }

    @Test
    void skipsCommentsStylingAndLooksQuietlyAndTakesTheTitle() throws PumlImportException {
        ImportResult result = PumlImport.importText(
                "quiet.puml",
                """
                text before the diagram is outside it
                @startuml
                ' a comment --> with an arrow
                /' a block comment
                   node hidden
                '/
                !pragma layout smetana
                title Orders platform
                left to right direction
                skinparam linetype ortho
                skinparam node {
                  BackgroundColor #fff
                  node fake
                }
                hide stereotype
                <style>
                  node { LineColor red }
                </style>
                legend right
                  node legendary
                endlegend
                node a /' inline '/
                together {
                  node b
                }
                a --> b
                @enduml
                """);

        assertThat(result.design().name()).isEqualTo("Orders platform");
        assertThat(result.design().components()).extracting(Component::id).containsExactly("a", "b");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void reportsPreprocessorLinesWithoutRunningThem() throws PumlImportException {
        ImportResult result = PumlImport.importText(
                "pre.puml",
                """
                @startuml
                !include foo.puml
                !includeurl https://example.com/evil.puml
                !define SERVICE node
                !procedure $svc($name)
                  node $name
                !endprocedure
                !if %getenv("HOME") == "x"
                node a
                !endif
                !$x = 1
                Container(web, "Web app")
                @enduml
                """);

        assertThat(result.design().components()).extracting(Component::id).containsExactly("a");
        assertThat(result.notes())
                .extracting(ImportNote::format)
                .containsExactly(
                        "line 2: `!include foo.puml` ignored: includes are not followed",
                        "line 3: `!includeurl https://example.com/evil.puml` ignored: includes are not followed",
                        "line 4: `!define SERVICE node` ignored: preprocessor directives are not executed",
                        "line 5: `!procedure $svc($name)` ignored: definitions are not executed; the lines up to its"
                                + " !end… are skipped",
                        "line 8: `!if %getenv(\"HOME\") == \"x\"` ignored: preprocessor conditions and loops are not"
                                + " evaluated; the lines inside are read as they are",
                        "line 11: `!$x = 1` ignored: preprocessor directives are not executed",
                        "line 12: `Container(web, \"Web app\")` not understood; ignored");
        assertThat(result.notes()).allMatch(n -> n.kind() == ImportNote.Kind.IGNORED);
    }

    @Test
    void reportsUnbalancedBracesWithTheirLines() throws PumlImportException {
        ImportResult result = PumlImport.importText(
                "braces.puml",
                """
                node a
                }
                frame f {
                  node b
                frame g {
                  node c
                }
                """);

        assertThat(result.notes())
                .extracting(ImportNote::format)
                .containsExactly(
                        "line 2: `}` closes no open `{`; ignored (are the braces unbalanced?)",
                        "line 3: the `{` of 'f' is never closed with `}`; it is closed at the end of the file"
                                + " (unbalanced braces?)");
        assertThat(result.design().requireComponent("c").group()).isEqualTo("g");
        assertThat(result.design().group("g").orElseThrow().parent()).isEqualTo("f");
    }

    @Test
    void duplicateNamesGetUniqueIdsAndRedeclarationsAreNoted() throws PumlImportException {
        ImportResult result = PumlImport.importText(
                "dup.puml",
                """
                node "Orders DB"
                database "Orders-DB"
                node "Orders db!" as x1
                node x1
                frame "orders db" {
                  node inner
                }
                """);

        assertThat(result.design().components())
                .extracting(Component::id)
                .containsExactly("orders-db", "orders-db-2", "x1", "inner");
        assertThat(result.design().groups()).singleElement().satisfies(g -> assertThat(g.id())
                .isEqualTo("orders-db-3"));
        assertThat(result.notes())
                .extracting(ImportNote::format)
                .contains("line 4: 'x1' is already declared on line 3; this declaration is ignored");
    }

    @Test
    void selfLinksAndFramesWithoutAnEntryAreLeftOutWithANote() throws PumlImportException {
        ImportResult result = PumlImport.importText(
                "odd.puml",
                """
                node a
                a --> a
                frame f {
                  node b
                  node c
                }
                a --> f
                """);

        assertThat(result.design().links()).isEmpty();
        assertThat(result.notes())
                .extracting(ImportNote::format)
                .anyMatch(n -> n.startsWith("line 2: `a --> a` ignored: it links 'a' to itself"))
                .anyMatch(n -> n.startsWith("line 7: `a --> f` ignored: it ends at frame 'f'"));
    }

    @Test
    void theDesignSavesAndReadsBack() throws Exception {
        Design design = PumlImport.importFile(SeedDiagramsImportTest.resource("seed003-microservices.puml"))
                .design();

        Design read = DesignFiles.read("x.dsw.json", DesignFiles.toJson(design).getBytes(StandardCharsets.UTF_8))
                .design();

        assertThat(read).isEqualTo(design);
        assertThat(design.name()).isEqualTo("seed003-microservices");
    }

    @Test
    void refusesWhatIsNoDiagram() {
        assertThatThrownBy(() -> PumlImport.importText("empty.puml", ""))
                .isInstanceOf(PumlImportException.class)
                .hasMessageStartingWith("empty.puml: nothing to import");
        assertThatThrownBy(() -> PumlImport.importText("c4.puml", "Person(a, \"A\")\nRel(a, b, \"uses\")\n"))
                .isInstanceOf(PumlImportException.class)
                .hasMessageContaining("nothing to import")
                .satisfies(e -> assertThat(((PumlImportException) e).notes())
                        .extracting(ImportNote::format)
                        .containsExactly(
                                "line 1: `Person(a, \"A\")` not understood; ignored",
                                "line 2: `Rel(a, b, \"uses\")` not understood; ignored"));
        assertThatThrownBy(() -> PumlImport.importText("mind.puml", "@startmindmap\n* a\n@endmindmap\n"))
                .isInstanceOf(PumlImportException.class)
                .hasMessageContaining("line 1: `@startmindmap` starts a diagram dsw does not import");
    }

    @Test
    void refusesSequenceStateAndClassDiagrams() {
        assertThatThrownBy(() -> PumlImport.importText(
                        "seq.puml",
                        "@startuml\nactor User as u\nparticipant \"Shop\" as shop\nu -> shop : GET\n@enduml\n"))
                .isInstanceOf(PumlImportException.class)
                .hasMessage("seq.puml: line 3: `participant \"Shop\" as shop` belongs to a sequence diagram; dsw"
                        + " imports deployment and component diagrams");
        assertThatThrownBy(() -> PumlImport.importText("state.puml", "[*] --> Open\nOpen --> Closed\n"))
                .isInstanceOf(PumlImportException.class)
                .hasMessageContaining("line 1: `[*] --> Open` belongs to a state diagram");
        assertThatThrownBy(() -> PumlImport.importText("class.puml", "class Order {\n  id : long\n}\n"))
                .isInstanceOf(PumlImportException.class)
                .hasMessageContaining("belongs to a class diagram");
    }

    @Test
    void namesReadAsPlantUmlShowsThem() throws PumlImportException {
        ImportResult result = PumlImport.importText(
                "names.puml",
                """
                title Shop <size:11>seed 11</size>
                node "Shop &#35;1 &#38; &#91;eu&#93;" as shop
                node "<b>Bold</b> &#10;name &#1;x" as bold
                shop --> bold : "calls &#60;REST&#62;"
                """);

        assertThat(result.design().name()).isEqualTo("Shop seed 11");
        assertThat(result.design().components())
                .extracting(Component::name)
                .containsExactly("Shop #1 & [eu]", "Bold name x");
        assertThat(result.design().links()).singleElement().satisfies(l -> assertThat(l.label())
                .isEqualTo("calls <REST>"));
    }

    @Test
    void refusesBinaryAndOversizedInput() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        assertThatThrownBy(() -> PumlImport.importBytes("logo.png", binary))
                .isInstanceOf(PumlImportException.class)
                .hasMessage("logo.png: not UTF-8 text (the byte at offset 0 is not valid UTF-8); is it a binary"
                        + " file? Save PlantUML sources as UTF-8");
        assertThatThrownBy(() -> PumlImport.importBytes("nul.puml", "node a\0".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PumlImportException.class)
                .hasMessageContaining("binary file");
        byte[] huge = new byte[PumlImport.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) '\n');
        assertThatThrownBy(() -> PumlImport.importBytes("huge.puml", huge))
                .isInstanceOf(PumlImportException.class)
                .hasMessage("huge.puml: too large; dsw imports PlantUML files up to 2 MB");
        assertThatThrownBy(() -> PumlImport.importFile(java.nio.file.Path.of("no", "such.puml")))
                .isInstanceOf(PumlImportException.class)
                .hasMessageEndingWith("such.puml: no such file");
    }

    @Test
    void refusesBracesNestedTooDeep() {
        String deep = "frame f {\n".repeat(10_000) + "node a\n" + "}\n".repeat(10_000);

        assertThatThrownBy(() -> PumlImport.importText("deep.puml", deep))
                .isInstanceOf(PumlImportException.class)
                .hasMessage("deep.puml: line 33: `frame f {` nests braces more than 32 deep; dsw does not import"
                        + " diagrams nested this deep");
    }

    @Test
    void aHundredThousandLinesImportQuickly() throws PumlImportException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            if (i % 2 == 0) {
                text.append('n')
                        .append(i % 500)
                        .append(" --> n")
                        .append((i * 7 + 1) % 500)
                        .append('\n');
            } else {
                text.append("' a comment\n");
            }
        }
        long started = System.nanoTime();

        ImportResult result = PumlImport.importText("many.puml", text.toString());

        assertThat(result.design().components().size()).isEqualTo(500);
        assertThat(result.design().links().size()).isEqualTo(50_000);
        assertThat((System.nanoTime() - started) / 1e9).as("seconds").isLessThan(30);
    }

    @Test
    void worstCaseSourcesOfTwoMegabytesEndQuicklyWithAnErrorOrNotes() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("links between new names", "a%d --> b%d");
        lines.put("declarations", "node n%d");
        lines.put("the same link", "a --> b");
        lines.put("closing braces", "}");
        lines.put("garbage", "%d~~ \"(");
        lines.put("comments", "' %d");
        lines.put("frames", "frame f%d {");
        for (Map.Entry<String, String> line : lines.entrySet()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; text.length() < PumlImport.MAX_BYTES - 100; i++) {
                text.append(line.getValue().replace("%d", Integer.toString(i))).append('\n');
            }
            long started = System.nanoTime();
            try {
                ImportResult result = PumlImport.importText("worst.puml", text.toString());
                assertThat(result.notes()).as(line.getKey()).hasSizeLessThanOrEqualTo(ImportNotes.MAX + 1);
            } catch (PumlImportException e) {
                assertThat(e.getMessage()).as(line.getKey()).startsWith("worst.puml: ");
            }
            assertThat((System.nanoTime() - started) / 1e9).as(line.getKey()).isLessThan(20);
        }
    }

    @Test
    void longLinesAndNamesAreCutWithANote() throws PumlImportException {
        ImportResult result = PumlImport.importText(
                "long.puml",
                "node \"" + "x".repeat(300) + "\" as a\nnode b\n" + "-".repeat(200_000) + "\na --> b : "
                        + "label ".repeat(100) + "\n");

        assertThat(result.design().requireComponent("a").name()).hasSize(200).endsWith("…");
        assertThat(result.notes())
                .extracting(ImportNote::format)
                .contains(
                        "line 1: a name or label of 300 characters is cut to 200",
                        "line 3: a line of 200000 characters ignored; lines are read up to 10000 characters",
                        "line 4: a name or label of 599 characters is cut to 200");
    }

    @Test
    void controlCharactersNeverReachNamesOrNotes() throws PumlImportException {
        ImportResult result =
                PumlImport.importText("esc.puml", "node \"A\u001b[31mred\" as a\n\u001b]0;title\u0007 junk\nnode b\n");

        assertThat(result.design().requireComponent("a").name()).doesNotContain("\u001b");
        assertThat(result.notes()).extracting(ImportNote::message).allMatch(m -> m.chars()
                .noneMatch(Character::isISOControl));
        assertThat(result.notes()).extracting(ImportNote::line).containsExactly(2);
    }

    private static Design design(String text) throws PumlImportException {
        return PumlImport.importText("test.puml", text).design();
    }
}
