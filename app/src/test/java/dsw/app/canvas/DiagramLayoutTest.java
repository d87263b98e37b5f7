package dsw.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dsw.app.TestDesigns;
import dsw.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagramLayoutTest {
    @Test
    void boxesSitCentredOnTheirPositionsAndFramesUseTheirBounds() {
        DiagramLayout layout = DiagramLayout.of(TestDesigns.small());
        Rect db = layout.box("db").orElseThrow().bounds();
        assertThat(db.centerX()).isEqualTo(500);
        assertThat(db.centerY()).isEqualTo(100);
        assertThat(db.width()).isEqualTo(DiagramLayout.BOX_WIDTH);
        assertThat(layout.frames()).singleElement().satisfies(f -> assertThat(f.bounds())
                .isEqualTo(new Rect(350, 20, 300, 160)));
        assertThat(layout.isGenerated()).isFalse();
    }

    @Test
    void linksRunFromBoxEdgeToBoxEdge() {
        DiagramLayout layout = DiagramLayout.of(TestDesigns.small());
        DiagramLayout.Edge edge = layout.edges().get(0);
        assertThat(edge.x1()).isCloseTo(100 + DiagramLayout.BOX_WIDTH / 2, within(1e-9));
        assertThat(edge.x2()).isCloseTo(500 - DiagramLayout.BOX_WIDTH / 2, within(1e-9));
        assertThat(edge.y1()).isCloseTo(100, within(1e-9));
    }

    @Test
    void hitFindsBoxesThenLinksThenFrameTitles() {
        DiagramLayout layout = DiagramLayout.of(TestDesigns.small());
        assertThat(layout.hit(500, 100, 5)).contains("db");
        assertThat(layout.hit(300, 102, 5)).contains("client-db");
        assertThat(layout.hit(300, 130, 5)).isEmpty();
        assertThat(layout.hit(360, 30, 5)).contains("zone");
        assertThat(layout.hit(620, 170, 5)).isEmpty();
    }

    @Test
    void unplacedComponentsGoInColumnsByDistanceFromTheCallers() {
        Design design = TestDesigns.unplaced();
        DiagramLayout layout = DiagramLayout.of(design);
        assertThat(layout.isGenerated()).isTrue();
        double client = layout.box("client").orElseThrow().bounds().centerX();
        double gateway = layout.box("gw").orElseThrow().bounds().centerX();
        double service = layout.box("svc").orElseThrow().bounds().centerX();
        double database = layout.box("db").orElseThrow().bounds().centerX();
        double cache = layout.box("cache").orElseThrow().bounds().centerX();
        assertThat(client).isLessThan(gateway);
        assertThat(gateway).isLessThan(service);
        assertThat(service).isLessThan(database);
        assertThat(cache)
                .as("the cycle service <-> cache does not stretch the columns")
                .isEqualTo(database);
        assertThat(FallbackLayout.ranks(design)).isEqualTo(Map.of("client", 0, "gw", 1, "svc", 2, "db", 3, "cache", 3));
    }

    @Test
    void boxesNeverOverlapInAGeneratedLayout() {
        DiagramLayout layout = DiagramLayout.of(TestDesigns.unplaced());
        List<DiagramLayout.Box> boxes = layout.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rect a = boxes.get(i).bounds();
                Rect b = boxes.get(j).bounds();
                boolean overlap = a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
                assertThat(overlap)
                        .as(boxes.get(i).id() + " and " + boxes.get(j).id())
                        .isFalse();
            }
        }
    }

    @Test
    void framesWithoutBoundsWrapTheirMembers() {
        DiagramLayout layout = DiagramLayout.of(TestDesigns.unplaced());
        DiagramLayout.Frame backend = layout.frames().get(0);
        for (String member : List.of("db", "svc", "cache")) {
            Rect box = layout.box(member).orElseThrow().bounds();
            assertThat(backend.bounds().contains(box.x(), box.y())).isTrue();
            assertThat(backend.bounds().contains(box.maxX(), box.maxY())).isTrue();
        }
        assertThat(backend.bounds()
                        .contains(
                                layout.box("client").orElseThrow().bounds().centerX(),
                                layout.box("client").orElseThrow().bounds().centerY()))
                .isFalse();
    }

    @Test
    void parallelLinksAreDrawnSideBySide() {
        Design design = TestDesigns.unplaced();
        DiagramLayout layout = DiagramLayout.of(design);
        DiagramLayout.Edge there = edge(layout, "l4");
        DiagramLayout.Edge back = edge(layout, "l5");
        assertThat(Math.abs(there.midY() - back.midY()) + Math.abs(there.midX() - back.midX()))
                .isGreaterThan(DiagramLayout.PARALLEL_GAP / 2);
    }

    @Test
    void partlyPlacedDesignsPutTheRestBelow() {
        Design placed = TestDesigns.small();
        dsw.model.Component loose = dsw.model.Component.of(
                "loose", "Loose", dsw.model.kind.KindCatalog.standard().get("cache"));
        List<dsw.model.Component> components = new ArrayList<>(placed.components());
        components.add(loose);
        DiagramLayout layout = DiagramLayout.of(placed.withComponents(components));
        assertThat(layout.box("loose").orElseThrow().bounds().y())
                .isGreaterThan(layout.box("db").orElseThrow().bounds().maxY());
    }

    @Test
    void theBundledExamplesAreLaidOutFromTheirFiles() {
        DiagramLayout layout = DiagramLayout.of(TestDesigns.example("three-tier-web.dsw.json"));
        assertThat(layout.isGenerated()).isFalse();
        assertThat(layout.boxes()).hasSize(7);
        assertThat(layout.frames()).extracting(f -> f.id()).containsExactly("region", "zone-a");
        assertThat(layout.frames().get(1).depth()).isEqualTo(1);
    }

    @Test
    void orthogonalLinksLeaveAndEnterBySidesWithHorizontalAndVerticalSegments() {
        Design design = TestDesigns.small();
        dsw.model.Component db = design.requireComponent("db").withPosition(new dsw.model.Position(500, 300));
        Design moved = design.withComponents(List.of(design.requireComponent("client"), db));
        DiagramLayout layout = DiagramLayout.of(moved, DiagramLayout.Routing.ORTHOGONAL);
        DiagramLayout.Edge e = edge(layout, "client-db");
        assertThat(e.pointCount()).isEqualTo(4);
        assertThat(e.x1()).isCloseTo(100 + DiagramLayout.BOX_WIDTH / 2, within(1e-9));
        assertThat(e.x2()).isCloseTo(500 - DiagramLayout.BOX_WIDTH / 2, within(1e-9));
        for (int i = 1; i < e.pointCount(); i++) {
            boolean horizontal = Math.abs(e.y(i) - e.y(i - 1)) < 1e-9;
            boolean vertical = Math.abs(e.x(i) - e.x(i - 1)) < 1e-9;
            assertThat(horizontal || vertical)
                    .as("segment %d is straight across or down", i)
                    .isTrue();
        }
        assertThat(layout.hit(e.midX(), e.midY(), 2)).contains("client-db");
    }

    private static DiagramLayout.Edge edge(DiagramLayout layout, String id) {
        for (DiagramLayout.Edge e : layout.edges()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no edge " + id);
    }
}
