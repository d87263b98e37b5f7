package dsw.diagrams.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.file.DesignFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples drawn by hand in PlantUML, the way an export of them reads, import back into the same
 * components, kinds, frames and links as the example files. Ids differ (PlantUML codes cannot
 * hold {@code -}), so parts are matched by name. Every PlantUML source the import tests read is
 * valid PlantUML, as PlantUML's own parser says.
 */
class RoundTripImportTest {
    private static final Map<String, String> DRAWINGS = Map.of(
            "three-tier-web",
            """
            @startuml
            title Three-tier web application
            left to right direction
            actor "Browsers" as browsers
            cloud "us-east" as region <<region>> {
              frame "Availability zone A" as zone_a {
                node "Load balancer" as lb
                collections "Web tier" as web
                collections "Application tier" as app
                database "Cache" as cache
                database "Primary database" as db_primary
                database "Read replica" as db_replica
              }
            }
            browsers --> lb : HTTPS
            lb --> web : HTTP
            web --> app : REST
            app --> cache : GET/SET
            app --> db_primary : writes
            app --> db_replica : reads
            db_primary ..> db_replica : change stream
            @enduml
            """,
            "mobile-backend",
            """
            @startuml
            title Mobile app with a backend
            agent "User A's phone" as phone_a
            agent "User B's phone" as phone_b
            cloud "Cloud region" as region {
              node "Backend server" as backend
              database "Backend database" as db
            }
            phone_a --> backend : gRPC over 4G
            phone_b --> backend : gRPC in a tunnel
            backend --> db : SQL
            @enduml
            """,
            "kubernetes-microservices",
            """
            @startuml
            actor "Browsers" as users
            cloud "Kubernetes cluster" as cluster {
              node "Ingress gateway" as ingress
              frame "Namespace A" as ns_a {
                agent "Service mesh sidecar A" as mesh_a
                collections "Microservice A" as svc_a
                database "Database A" as db_a
              }
              frame "Namespace Z" as ns_z {
                agent "Service mesh sidecar Z" as mesh_z
                collections "Microservice Z" as svc_z
                queue "Queue Z" as queue_z
                database "Database Z" as db_z
              }
            }
            users --> ingress : HTTPS
            ingress --> mesh_a : /a
            ingress --> mesh_z : /z
            mesh_a <--> svc_a : localhost
            svc_a --> db_a : SQL
            svc_a ..> queue_z : order events
            queue_z ..> svc_z : consume
            mesh_z <--> svc_z : localhost
            svc_z --> db_z : SQL
            @enduml
            """);

    /**
     * Examples as dsw's own deployment export writes them (kinds as stereotypes, replica counts on
     * a last line), written out by hand here so this test does not depend on the exporter.
     */
    private static final Map<String, String> EXPORTED = Map.of(
            "kubernetes-microservices",
            """
            @startuml
            ' Microservices on Kubernetes
            !pragma layout smetana
            left to right direction
            title Microservices on Kubernetes

            collections "Browsers\\n20 replicas" as users <<web-browser>>
            node "Kubernetes cluster" as cluster <<cluster>> {
              collections "Ingress gateway\\n2 replicas" as ingress <<api-gateway>>
              package "Namespace A" as ns_a <<namespace>> {
                collections "Service mesh sidecar A\\n3 replicas" as mesh_a <<sidecar-proxy>>
                collections "Microservice A\\n3 replicas" as svc_a <<service>>
                database "Database A" as db_a <<database>>
              }
              package "Namespace Z" as ns_z <<namespace>> {
                collections "Service mesh sidecar Z\\n2 replicas" as mesh_z <<sidecar-proxy>>
                collections "Microservice Z\\n2 replicas" as svc_z <<service>>
                queue "Queue Z" as queue_z <<queue>>
                database "Database Z" as db_z <<database>>
              }
            }

            users --> ingress : HTTPS
            ingress --> mesh_a : /a
            ingress --> mesh_z : /z
            mesh_a <--> svc_a : localhost
            svc_a --> db_a : SQL
            svc_a ..> queue_z : order events
            queue_z ..> svc_z : consume
            mesh_z <--> svc_z : localhost
            svc_z --> db_z : SQL
            @enduml
            """,
            "sharded-monolith",
            """
            @startuml
            !pragma layout smetana
            left to right direction
            title Sharded monolith

            collections "External applications\\n3 replicas" as external <<client>>
            rectangle "Monolithic application" as monolith <<system>> {
              node "Reverse proxy" as proxy <<load-balancer>>
              collections "Countries A-K\\n2 replicas" as app_ak <<service>>
              collections "Countries L-R\\n2 replicas" as app_lr <<service>>
              collections "Countries S-Z\\n2 replicas" as app_sz <<service>>
              database "Countries A-K data" as db_ak <<database>>
              database "Countries L-R data" as db_lr <<database>>
              database "Countries S-Z data" as db_sz <<database>>
            }

            external --> proxy : HTTPS
            proxy --> app_ak : A-K
            proxy --> app_lr : L-R
            proxy --> app_sz : S-Z
            app_ak --> db_ak : SQL
            app_lr --> db_lr : SQL
            app_sz --> db_sz : SQL
            @enduml
            """);

    @ParameterizedTest
    @ValueSource(strings = {"kubernetes-microservices", "sharded-monolith"})
    void anExportOfAnExampleImportsAsTheExampleWithoutGuessing(String example) throws Exception {
        Design expected =
                DesignFiles.read(examples().resolve(example + ".dsw.json")).design();

        ImportResult result = PumlImport.importText(example + ".puml", EXPORTED.get(example));
        Design imported = result.design();

        assertThat(components(imported)).isEqualTo(components(expected));
        assertThat(replicas(imported)).isEqualTo(replicas(expected));
        assertThat(groups(imported)).isEqualTo(groups(expected));
        assertThat(links(imported)).isEqualTo(links(expected));
        assertThat(result.notes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"three-tier-web", "mobile-backend", "kubernetes-microservices"})
    void aDrawingOfAnExampleImportsAsTheExample(String example) throws Exception {
        Design expected =
                DesignFiles.read(examples().resolve(example + ".dsw.json")).design();

        ImportResult result = PumlImport.importText(example + ".puml", DRAWINGS.get(example));
        Design imported = result.design();

        assertThat(components(imported)).isEqualTo(components(expected));
        assertThat(groups(imported)).isEqualTo(groups(expected));
        assertThat(links(imported)).isEqualTo(links(expected));
        assertThat(result.count(ImportNote.Kind.IGNORED)).isZero();
    }

    @ParameterizedTest
    @MethodSource("sources")
    void everyTestSourceIsValidPlantUml(String name, String source) {
        List<BlockUml> blocks = new SourceStringReader(source).getBlocks();

        assertThat(blocks).as(name).hasSize(1);
        Diagram diagram = blocks.get(0).getDiagram();
        assertThat(diagram)
                .as(
                        "%s: %s",
                        name,
                        diagram instanceof PSystemError error
                                ? error.getFirstError() + " at " + error.getLineLocation()
                                : "")
                .isNotInstanceOf(PSystemError.class);
        assertThat(diagram.getClass().getSimpleName()).as(name).isEqualTo("DescriptionDiagram");
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> sources() throws IOException {
        Stream.Builder<org.junit.jupiter.params.provider.Arguments> all = Stream.builder();
        DRAWINGS.forEach((name, source) -> all.add(org.junit.jupiter.params.provider.Arguments.of(name, source)));
        EXPORTED.forEach(
                (name, source) -> all.add(org.junit.jupiter.params.provider.Arguments.of("exported " + name, source)));
        Path dir = SeedDiagramsImportTest.resource("seed003-microservices.puml").getParent();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                all.add(org.junit.jupiter.params.provider.Arguments.of(
                        file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return all.build();
    }

    /** Name to kind and frame name. */
    private static Map<String, String> components(Design design) {
        return design.components().stream()
                .collect(Collectors.toMap(
                        Component::name,
                        c -> c.kind().id() + " in "
                                + (c.group() == null
                                        ? "-"
                                        : design.group(c.group()).orElseThrow().name())));
    }

    private static Map<String, Integer> replicas(Design design) {
        return design.components().stream().collect(Collectors.toMap(Component::name, Component::replicas));
    }

    /** Name to kind and parent frame name. */
    private static Map<String, String> groups(Design design) {
        return design.groups().stream()
                .collect(Collectors.toMap(
                        Group::name,
                        g -> g.kind() + " in "
                                + (g.parent() == null
                                        ? "-"
                                        : design.group(g.parent()).orElseThrow().name())));
    }

    /** Each link as "from -> to mode direction label", by component names. */
    private static List<String> links(Design design) {
        Function<String, String> name = id -> design.requireComponent(id).name();
        return design.links().stream()
                .map((Link l) -> name.apply(l.from()) + " -> " + name.apply(l.to()) + " " + l.mode() + " "
                        + l.direction() + " " + l.label())
                .sorted()
                .toList();
    }

    private static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the examples folder").isNotNull();
        return dir.resolve("examples");
    }
}
