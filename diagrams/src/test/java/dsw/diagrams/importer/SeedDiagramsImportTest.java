package dsw.diagrams.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three diagrams of the essay "On distributed systems" (seed 003), as written by their
 * author, import into designs with the components, links and frames a reader sees in them.
 */
class SeedDiagramsImportTest {
    @Test
    void mobileApplicationGivesUsersTheirAppsAndTheBackend() throws PumlImportException {
        ImportResult result = PumlImport.importFile(resource("seed003-mobile-application.puml"));
        Design design = result.design();

        assertThat(design.components())
                .extracting(Component::id)
                .containsExactly("UserA", "AppA", "UserB", "Server", "AppB");
        assertThat(kind(design, "UserA")).isEqualTo("client");
        assertThat(kind(design, "AppA")).isEqualTo("mobile-app");
        assertThat(kind(design, "Server")).isEqualTo("service");
        assertThat(design.requireComponent("Server").name()).isEqualTo("Backend Server");

        Link request = link(design, "AppA", "Server");
        assertThat(request.mode()).as("--[dashed]->").isEqualTo(LinkMode.ASYNC);
        assertThat(request.direction()).isEqualTo(LinkDirection.FORWARD);
        assertThat(request.label()).as("quotes dropped").isEqualTo("gRPC request");
        assertThat(link(design, "AppB", "Server").label())
                .as("--[#Red;dashed]->")
                .isEqualTo("failed gRPC request");
        assertThat(link(design, "AppB", "Server").mode()).isEqualTo(LinkMode.ASYNC);
        assertThat(link(design, "Server", "AppA").label()).as("-[dashed]-->").isEqualTo("response");
        Link uses = link(design, "UserA", "AppA");
        assertThat(uses.mode()).isEqualTo(LinkMode.SYNC);
        assertThat(design.links()).hasSize(5);
        assertThat(design.isLaidOut()).isTrue();

        assertThat(result.notes())
                .extracting(ImportNote::format)
                .contains("line 10: 'Mobile Application' imported as a mobile app (guessed from its name)")
                .anyMatch(n -> n.startsWith("line 17: `UserA -- AppA : \"uses\"` has no arrow head;"));
        assertThat(result.count(ImportNote.Kind.IGNORED))
                .as("!theme, skinparam and directions are looks only")
                .isZero();
    }

    @Test
    void microservicesGiveNestedFramesReplicasAndTwoWayLinks() throws PumlImportException {
        ImportResult result = PumlImport.importFile(resource("seed003-microservices.puml"));
        Design design = result.design();

        assertThat(design.group("Kubernetes").orElseThrow().kind()).isEqualTo(GroupKind.CLUSTER);
        assertThat(design.group("resources").orElseThrow().parent()).isEqualTo("Kubernetes");
        assertThat(design.group("namespaceA").orElseThrow().kind()).isEqualTo(GroupKind.NAMESPACE);
        assertThat(design.group("namespaceA").orElseThrow().parent()).isEqualTo("resources");
        assertThat(design.group("nodes").orElseThrow().kind()).isEqualTo(GroupKind.SYSTEM);
        assertThat(design.groups()).hasSize(5);

        Component svc = design.requireComponent("microserviceA");
        assertThat(svc.kind().id()).isEqualTo("service");
        assertThat(svc.replicas()).as("collections").isEqualTo(3);
        assertThat(svc.group()).isEqualTo("namespaceA");
        assertThat(kind(design, "daemonZ")).isEqualTo("sidecar-proxy");
        assertThat(kind(design, "queueZ")).isEqualTo("queue");
        assertThat(kind(design, "databaseZ")).isEqualTo("database");
        assertThat(design.requireComponent("VM3").group())
                .as("together { } is no frame")
                .isEqualTo("nodes");

        assertThat(link(design, "microserviceA", "daemonA").direction())
                .as("<-r[dashed]->")
                .isEqualTo(LinkDirection.BOTH);
        Link consume = link(design, "queueZ", "microserviceZ");
        assertThat(consume.direction()).as("<-d[dashed]- points back").isEqualTo(LinkDirection.FORWARD);
        assertThat(consume.mode()).isEqualTo(LinkMode.ASYNC);
        assertThat(design.links()).as("[hidden] links are layout hints").hasSize(5);

        assertThat(result.count(ImportNote.Kind.IGNORED)).isZero();
        assertThat(result.notes())
                .extracting(ImportNote::format)
                .contains("line 8: frame 'Kubernetes' imported as a cluster (guessed from its name)");
    }

    @Test
    void shardedMonolithLinksTheOutsideToTheFramesEntry() throws PumlImportException {
        ImportResult result = PumlImport.importFile(resource("seed003-sharded-monolith.puml"));
        Design design = result.design();

        assertThat(design.groups()).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo("monolith");
            assertThat(g.name()).isEqualTo("Monolithic application");
            assertThat(g.kind()).isEqualTo(GroupKind.SYSTEM);
        });
        assertThat(kind(design, "LB")).isEqualTo("load-balancer");
        assertThat(design.requireComponent("appShardB").replicas()).isEqualTo(3);
        assertThat(kind(design, "dbShardC")).isEqualTo("database");
        assertThat(design.membersOf("monolith")).hasSize(7);
        assertThat(design.components())
                .filteredOn(c -> c.name().equals("Countries S-Z"))
                .as("equal names stay apart by id")
                .extracting(Component::id)
                .containsExactly("appShardC", "dbShardC");

        Link outside = link(design, "external", "LB");
        assertThat(outside.direction()).isEqualTo(LinkDirection.BOTH);
        assertThat(link(design, "LB", "appShardB").direction()).isEqualTo(LinkDirection.BOTH);
        assertThat(design.links()).hasSize(7);
        assertThat(result.notes())
                .extracting(ImportNote::format)
                .anyMatch(n -> n.startsWith("line 25: `external <-d[dashed]-> monolith` ends at frame"
                                + " 'Monolithic application'")
                        && n.contains("so it goes to 'Reverse Proxy'"))
                .contains("line 12: 'Reverse Proxy' imported as a load balancer (guessed from its name)");
    }

    private static String kind(Design design, String id) {
        return design.requireComponent(id).kind().id();
    }

    static Link link(Design design, String from, String to) {
        List<Link> found = design.links().stream()
                .filter(l -> l.from().equals(from) && l.to().equals(to))
                .toList();
        assertThat(found)
                .as("links from %s to %s in %s", from, to, design.links())
                .hasSize(1);
        return found.get(0);
    }

    static Path resource(String name) {
        try {
            return Path.of(
                    SeedDiagramsImportTest.class.getResource("/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
