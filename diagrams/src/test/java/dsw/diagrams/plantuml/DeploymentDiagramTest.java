package dsw.diagrams.plantuml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.diagrams.plantuml.DeploymentDiagram.Direction;
import dsw.diagrams.plantuml.DeploymentDiagram.Layout;
import dsw.diagrams.plantuml.DeploymentDiagram.Options;
import dsw.diagrams.plantuml.DeploymentDiagram.Style;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployment diagram's text. Every example's diagram is committed under
 * src/test/resources/expected; a change shows as a diff of the .puml file. To accept a change on
 * purpose, run {@code mvn -pl model,diagrams test -Dtest=DeploymentDiagramTest -Ddsw.regenerate=true}
 * and review the diff before committing.
 */
class DeploymentDiagramTest {
    private static final Path EXPECTED = Path.of("src/test/resources/expected");
    private static final KindCatalog KINDS = KindCatalog.standard();

    static Stream<Arguments> goldens() {
        return Examples.names().stream()
                .flatMap(name -> Stream.of(
                        Arguments.of(name, name, Options.DEFAULT),
                        Arguments.of(
                                name,
                                name + ".c4",
                                Options.DEFAULT.withStyle(Style.C4).withLinkProperties(true))));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("goldens")
    void everyExampleGivesItsExpectedText(String example, String golden, Options options) throws IOException {
        String actual = DeploymentDiagram.of(Examples.load(example), options);
        assertMatchesGolden(golden, actual);
    }

    @Test
    void downPartsAndLinkPropertiesTopToBottomGiveTheirExpectedText() throws IOException {
        Options options = Options.DEFAULT
                .withDirection(Direction.TOP_TO_BOTTOM)
                .withLinkProperties(true)
                .withDown(Set.of("db-primary", "replication", "zone-a"));
        assertMatchesGolden("three-tier-web.down", DeploymentDiagram.of(Examples.load("three-tier-web"), options));
    }

    @Test
    void theTextReadsLikeAPersonWroteIt() {
        String puml = DeploymentDiagram.of(Examples.load("three-tier-web"));

        assertThat(puml)
                .startsWith("@startuml\n' Three-tier web application\n")
                .contains("!pragma layout smetana\n")
                .contains("left to right direction\n")
                .contains("collections \"Browsers\\n50 replicas\" as browsers <<web-browser>>\n")
                .contains("cloud \"us-east\" as region <<region>> {\n")
                .contains("  rectangle \"Availability zone A\" as zone_a <<zone>> {\n")
                .contains("    collections \"Web tier\\n3 replicas\" as web <<service>>\n")
                .contains("    database \"Primary database\" as db_primary <<database>>\n")
                .contains("browsers --> lb : HTTPS\n")
                .contains("db_primary ..> db_replica : change stream\n")
                .endsWith("@enduml\n");
        assertThat(puml.indexOf("browsers -->")).isGreaterThan(puml.lastIndexOf("}"));
    }

    @Test
    void anUnchangedDesignGivesIdenticalText() {
        Design design = Examples.load("kubernetes-microservices");
        Options options = Options.DEFAULT.withStyle(Style.C4).withLinkProperties(true);

        assertThat(DeploymentDiagram.of(Examples.load("kubernetes-microservices"), options))
                .isEqualTo(DeploymentDiagram.of(design, options));
    }

    @Test
    void kindsLinksAndFramesMapToTheirElements() {
        Design design = new Design(
                "Mapping",
                "",
                List.of(
                        Component.of("user", "User", KINDS.get("client")).withGroup("sys"),
                        Component.of("svc", "Service", KINDS.get("service")).withGroup("ns"),
                        Component.of("db", "Store", KINDS.get("database")).withGroup("ns"),
                        Component.of("q", "Queue", KINDS.get("queue")).withGroup("zone"),
                        Component.of("ext", "Payments", KINDS.get("external-system"))),
                List.of(
                        Link.of("a", "user", "svc"),
                        Link.of("b", "svc", "db").withDirection(LinkDirection.BOTH),
                        Link.of("c", "svc", "q").withMode(LinkMode.ASYNC),
                        Link.of("d", "q", "ext")
                                .withMode(LinkMode.ASYNC)
                                .withDirection(LinkDirection.BOTH)
                                .withLabel("events")),
                List.of(
                        new Group("region", "Region", GroupKind.REGION, null, null),
                        new Group("zone", "Zone", GroupKind.ZONE, "region", null),
                        new Group("cluster", "Cluster", GroupKind.CLUSTER, "zone", null),
                        new Group("ns", "Namespace", GroupKind.NAMESPACE, "cluster", null),
                        new Group("sys", "System", GroupKind.SYSTEM, null, null)),
                Scenario.DEFAULT);

        String puml = DeploymentDiagram.of(design);

        assertThat(puml)
                .contains("actor \"User\" as user <<client>>")
                .contains("node \"Service\" as svc <<service>>")
                .contains("database \"Store\" as db <<database>>")
                .contains("queue \"Queue\" as q <<queue>>")
                .contains("cloud \"Payments\" as ext <<external-system>>")
                .contains("cloud \"Region\" as region <<region>> {")
                .contains("rectangle \"Zone\" as zone <<zone>> {")
                .contains("node \"Cluster\" as cluster <<cluster>> {")
                .contains("package \"Namespace\" as ns <<namespace>> {")
                .contains("frame \"System\" as sys <<system>> {")
                .contains("user --> svc\n")
                .contains("svc <--> db\n")
                .contains("svc ..> q\n")
                .contains("q <..> ext : events\n");
        assertThat(DeploymentDiagram.of(design, Options.DEFAULT.withStyle(Style.C4)))
                .contains("Person(\"user\", \"User\", \"client\")")
                .contains("Container(\"svc\", \"Service\", \"service\")")
                .contains("ContainerDb(\"db\", \"Store\", \"database\")")
                .contains("ContainerQueue(\"q\", \"Queue\", \"queue\")")
                .contains("System_Ext(\"ext\", \"Payments\", \"external-system\")")
                .contains("Boundary(\"ns\", \"Namespace\", \"namespace\") {")
                .contains("Rel(\"user\", \"svc\", \"\")")
                .contains("BiRel(\"svc\", \"db\", \"\")")
                .contains("Rel(\"svc\", \"q\", \"\", $tags = \"async\")");
    }

    @Test
    void aFlatDiagramNamesTheFramesInTheLabels() {
        String puml = DeploymentDiagram.of(Examples.load("three-tier-web"), Options.DEFAULT, Layout.FLAT);

        assertThat(puml)
                .doesNotContain("{")
                .contains("collections \"Web tier\\n3 replicas\\nin us-east / Availability zone A\" as web");
    }

    @Test
    void downPartsNeedIdsTheDesignHas() {
        Design design = Examples.load("three-tier-web");

        assertThatThrownBy(() -> DeploymentDiagram.of(design, Options.DEFAULT.withDown(Set.of("db-primary", "nope"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope")
                .hasMessageNotContaining("db-primary");
    }

    @Test
    void onlyBundledThemesAreAccepted() {
        assertThatThrownBy(() -> Options.DEFAULT.withTheme("!include /etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown theme")
                .hasMessageContaining("cerulean");
        assertThat(DeploymentDiagram.of(Examples.load("mobile-backend"), Options.DEFAULT.withTheme("cerulean")))
                .contains("\n!theme cerulean\n");
    }

    @Test
    void hostileTextStaysInsideItsLabels() throws DiagramException {
        String evil = "x\" as y\n!include /etc/passwd\r\n@enduml %getenv(\"HOME\") $v <b>[[http://e]]</b> \\";
        String name = evil.replace("\n", " ").replace("\r", " ");
        Design design = new Design(
                name,
                "",
                List.of(
                        Component.of("a", name, KINDS.get("service")).withGroup("g"),
                        Component.of("b", name, KINDS.get("database"))),
                List.of(Link.of("l", "a", "b").withLabel(name)),
                List.of(new Group("g", name, GroupKind.CLUSTER, null, null)),
                Scenario.DEFAULT);

        for (Style style : Style.values()) {
            String puml = DeploymentDiagram.of(design, Options.DEFAULT.withStyle(style));
            List<String> lines = puml.lines().toList();
            assertThat(lines.stream().filter(l -> l.startsWith("!")))
                    .allMatch(l -> l.equals("!pragma layout smetana") || l.equals(DeploymentDiagram.C4_INCLUDE));
            assertThat(lines.stream().filter(l -> l.startsWith("@"))).containsExactly("@startuml", "@enduml");
            assertThat(lines).noneMatch(l -> l.strip().startsWith("%"));
            String svg = SvgText.all(Renderer.svg(puml));
            assertThat(svg).contains("%getenv(\"HOME\")").doesNotContain(System.getProperty("user.home"));
        }
    }

    private static void assertMatchesGolden(String golden, String actual) throws IOException {
        Path file = EXPECTED.resolve(golden + ".puml");
        if (Boolean.getBoolean("dsw.regenerate")) {
            Files.createDirectories(EXPECTED);
            Files.writeString(file, actual);
        }
        assertThat(file)
                .as("expected diagram %s (regenerate with -Ddsw.regenerate=true)", file)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(file));
    }
}
