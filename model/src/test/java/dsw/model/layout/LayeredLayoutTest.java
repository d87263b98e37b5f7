package dsw.model.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.Position;
import dsw.model.TestDesigns;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {
    private static final LayoutOptions OPTIONS = LayoutOptions.DEFAULT;

    private static Component component(String id, String kind) {
        return Component.of(id, id, KindCatalog.standard().get(kind));
    }

    private static Component service(String id) {
        return component(id, "service");
    }

    private static Design design(List<Component> components, List<Link> links, List<Group> groups) {
        return new Design("test", "", components, links, groups, Scenario.DEFAULT);
    }

    private static Link link(String from, String to) {
        return Link.of(from + "-" + to, from, to);
    }

    private static Position at(Design design, String id) {
        return design.requireComponent(id).position();
    }

    private static Bounds frame(Design design, String id) {
        return design.group(id).orElseThrow().bounds();
    }

    @Test
    void aChainRunsLeftToRightOnOneRow() {
        Design chain = LayoutChecks.unplaced(TestDesigns.chain()); // client -> lb -> api -> db, zone around api and db

        Design arranged = LayeredLayout.arrange(chain);

        LayoutChecks.assertArranged(chain, arranged, OPTIONS);
        assertThat(at(arranged, "client").x()).isLessThan(at(arranged, "lb").x());
        assertThat(at(arranged, "lb").x()).isLessThan(at(arranged, "api").x());
        assertThat(at(arranged, "api").x()).isLessThan(at(arranged, "db").x());
        assertThat(arranged.components())
                .extracting(c -> c.position().y())
                .containsOnly(at(arranged, "client").y());
    }

    @Test
    void theZoneOfAChainWrapsItsMembersWithTheCanvasPadding() {
        Design arranged = LayeredLayout.arrange(LayoutChecks.unplaced(TestDesigns.chain()));

        Position api = at(arranged, "api");
        Position db = at(arranged, "db");
        assertThat(frame(arranged, "zone"))
                .isEqualTo(new Bounds(api.x() - 92 - 28, api.y() - 44 - 60, db.x() - api.x() + 184 + 56, 88 + 60 + 28));
    }

    @Test
    void barycentersUntangleLinksThatTheDesignOrderCrosses() {
        // Listed so that columns in design order cross twice: a-y with b-x, and x-q with y-p.
        Design design = design(
                List.of(
                        component("client", "web-browser"),
                        service("a"),
                        service("b"),
                        service("x"),
                        service("y"),
                        component("p", "database"),
                        component("q", "database")),
                List.of(
                        link("client", "a"),
                        link("client", "b"),
                        link("a", "y"),
                        link("b", "x"),
                        link("x", "q"),
                        link("y", "p")),
                List.of());
        assertThat(LayoutChecks.crossings(naive(design)))
                .as("crossings in design order")
                .isEqualTo(2);

        Design arranged = LayeredLayout.arrange(design);

        assertThat(LayoutChecks.crossings(arranged)).isZero();
    }

    @Test
    void aBipartiteTangleEndsWithoutCrossings() {
        // A staircase between two columns, listed upside down on the left: l_i -> r_(5-i), r_(6-i).
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            components.add(service("l" + i));
        }
        for (int i = 0; i < 6; i++) {
            components.add(service("r" + i));
            links.add(link("l" + i, "r" + (5 - i)));
            if (i > 0) {
                links.add(link("l" + i, "r" + (6 - i)));
            }
        }
        Design design = design(components, links, List.of());
        assertThat(LayoutChecks.crossings(naive(design))).isPositive();

        assertThat(LayoutChecks.crossings(LayeredLayout.arrange(design))).isZero();
    }

    @Test
    void aCycleIsBrokenAtTheLinkBackToItsStart() {
        Design design = design(
                List.of(component("client", "web-browser"), service("a"), service("b"), service("c")),
                List.of(link("client", "a"), link("a", "b"), link("b", "c"), link("c", "a")),
                List.of());

        Design arranged = LayeredLayout.arrange(design);

        LayoutChecks.assertArranged(design, arranged, OPTIONS);
        assertThat(List.of("client", "a", "b", "c"))
                .extracting(id -> at(arranged, id).x())
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void aTwoWayLinkRunsFromItsFromEnd() {
        Design design = design(
                List.of(service("right"), service("left")),
                List.of(Link.of("both", "left", "right").withDirection(LinkDirection.BOTH)),
                List.of());

        Design arranged = LayeredLayout.arrange(design);

        assertThat(at(arranged, "left").x()).isLessThan(at(arranged, "right").x());
    }

    @Test
    void componentsWithoutLinksGoInRowsBelowTheRest() {
        List<Component> components = new ArrayList<>(List.of(service("a"), service("b")));
        for (int i = 0; i < 9; i++) {
            components.add(service("alone" + i));
        }
        Design design = design(components, List.of(link("a", "b")), List.of());

        Design arranged = LayeredLayout.arrange(design);

        LayoutChecks.assertArranged(design, arranged, OPTIONS);
        double linkedBottom = at(arranged, "a").y() + 44;
        List<Component> alone = arranged.components().stream()
                .filter(c -> c.id().startsWith("alone"))
                .toList();
        assertThat(alone).allSatisfy(c -> assertThat(c.position().y() - 44).isGreaterThan(linkedBottom));
        long rows = alone.stream().map(c -> c.position().y()).distinct().count();
        long columns = alone.stream().map(c -> c.position().x()).distinct().count();
        assertThat(rows).as("rows").isBetween(2L, 4L);
        assertThat(columns).as("columns").isBetween(3L, 5L);
    }

    @Test
    void anEmptyFrameGetsTheSizeOfABoxBelowTheRest() {
        Design design = design(
                List.of(service("a"), service("b")),
                List.of(link("a", "b")),
                List.of(new Group("empty", "Empty", GroupKind.REGION, null, null)));

        Design arranged = LayeredLayout.arrange(design);

        LayoutChecks.assertArranged(design, arranged, OPTIONS);
        Bounds empty = frame(arranged, "empty");
        assertThat(empty.width()).isEqualTo(184 + 56);
        assertThat(empty.height()).isEqualTo(88 + 28 + 60);
        assertThat(empty.y()).isGreaterThan(at(arranged, "a").y() + 44);
    }

    @Test
    void framesWithoutLinksStayInsideAFrameThatHasThem() {
        Design design = design(
                List.of(
                        service("a"),
                        service("b").withGroup("region"),
                        service("quiet").withGroup("region"),
                        service("still").withGroup("zone")),
                List.of(link("a", "b")),
                List.of(
                        new Group("region", "Region", GroupKind.REGION, null, null),
                        new Group("zone", "Zone", GroupKind.ZONE, "region", null),
                        new Group("nothing", "Nothing", GroupKind.ZONE, "region", null)));

        Design arranged = LayeredLayout.arrange(design);

        LayoutChecks.assertArranged(design, arranged, OPTIONS);
        Bounds region = frame(arranged, "region");
        assertThat(region.contains(at(arranged, "quiet"))).isTrue();
        assertThat(frame(arranged, "nothing").x()).isGreaterThan(region.x());
        assertThat(frame(arranged, "nothing").y() + frame(arranged, "nothing").height())
                .isLessThan(region.y() + region.height());
    }

    @Test
    void deeplyNestedFramesSideBySideKeepApart() {
        // a0 sits three frames deep ending at the first column, b0 three deep starting at the next.
        Design design = design(
                List.of(service("a0").withGroup("a2"), service("b0").withGroup("b2")),
                List.of(link("a0", "b0")),
                List.of(
                        new Group("a", "A", GroupKind.REGION, null, null),
                        new Group("a1", "A1", GroupKind.ZONE, "a", null),
                        new Group("a2", "A2", GroupKind.ZONE, "a1", null),
                        new Group("b", "B", GroupKind.REGION, null, null),
                        new Group("b1", "B1", GroupKind.ZONE, "b", null),
                        new Group("b2", "B2", GroupKind.ZONE, "b1", null)));
        LayoutOptions tight = new LayoutOptions(184, 88, 10, 10, 28, 32, 0, 0);

        Design arranged = LayeredLayout.arrange(design, tight);

        LayoutChecks.assertArranged(design, arranged, tight);
        assertThat(frame(arranged, "b").x()
                        - (frame(arranged, "a").x() + frame(arranged, "a").width()))
                .isEqualTo(10);
    }

    @Test
    void framesNestedHundredsDeepStillNest() {
        List<Group> groups = new ArrayList<>();
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            groups.add(new Group("g" + i, "G" + i, GroupKind.ZONE, i == 0 ? null : "g" + (i - 1), null));
            if (i % 20 == 0) {
                components.add(service("s" + i).withGroup("g" + i));
                if (i > 0) {
                    links.add(link("s" + (i - 20), "s" + i));
                }
            }
        }
        groups.add(new Group("quiet", "Quiet", GroupKind.ZONE, "g150", null));
        Design design = design(components, links, groups);

        LayoutChecks.assertArranged(design, LayeredLayout.arrange(design), OPTIONS);
    }

    @Test
    void aCallChainTooLongForTheCanvasGoesInRows() {
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 3_500; i++) { // 3,500 columns would reach past Position.LIMIT
            components.add(service("s" + i));
            if (i > 0) {
                links.add(link("s" + (i - 1), "s" + i));
            }
        }
        Design design = design(components, links, List.of());

        Design arranged = LayeredLayout.arrange(design);

        LayoutChecks.assertArranged(design, arranged, OPTIONS);
        assertThat(arranged.components())
                .allSatisfy(c -> assertThat(c.position().x()).isLessThan(Position.LIMIT / 10));
    }

    @Test
    void siblingFramesSharingColumnsAreStacked() {
        Design design = design(
                List.of(
                        component("client", "web-browser"),
                        service("a1").withGroup("za"),
                        component("a2", "database").withGroup("za"),
                        service("b1").withGroup("zb"),
                        component("b2", "database").withGroup("zb")),
                List.of(
                        link("client", "a1"),
                        link("client", "b1"),
                        link("a1", "a2"),
                        link("b1", "b2"),
                        link("a1", "b2")),
                List.of(
                        new Group("region", "Region", GroupKind.REGION, null, null),
                        new Group("za", "Zone A", GroupKind.ZONE, "region", null),
                        new Group("zb", "Zone B", GroupKind.ZONE, "region", null)));

        Design arranged = LayeredLayout.arrange(design);

        LayoutChecks.assertArranged(design, arranged, OPTIONS);
        assertThat(frame(arranged, "za").y() + frame(arranged, "za").height())
                .isLessThan(frame(arranged, "zb").y());
        assertThat(at(arranged, "a1").x()).isEqualTo(at(arranged, "b1").x());
    }

    @Test
    void boxCentresLandOnTheGrid() {
        Design arranged = LayeredLayout.arrange(RandomLayoutDesigns.of(new java.util.Random(7), 30, 1.2, 5));

        assertThat(arranged.components()).allSatisfy(c -> {
            assertThat(c.position().x() % 20).isZero();
            assertThat(c.position().y() % 20).isZero();
        });
    }

    @Test
    void aCapOnColumnsStacksTheRestInTheLastColumn() {
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            components.add(service("s" + i));
            if (i > 0) {
                links.add(link("s" + (i - 1), "s" + i));
            }
        }
        Design design = design(components, links, List.of());

        Design arranged = LayeredLayout.arrange(design, OPTIONS.withMaxColumns(3));

        LayoutChecks.assertArranged(design, arranged, OPTIONS);
        assertThat(arranged.components().stream().map(c -> c.position().x()).distinct())
                .hasSize(3);
    }

    @Test
    void theSameDesignGivesTheSameLayout() {
        Design design = RandomLayoutDesigns.of(new java.util.Random(42), 50, 1.5, 6);

        assertThat(LayeredLayout.arrange(design)).isEqualTo(LayeredLayout.arrange(design));
    }

    @Test
    void anEmptyDesignStaysEmpty() {
        Design empty = Design.empty("nothing");

        assertThat(LayeredLayout.arrange(empty)).isEqualTo(empty);
    }

    @Test
    void arrangeUnplacedKeepsAPlacedDesign() {
        Design placed =
                TestDesigns.chain().withGroups(List.of(new Group("zone", "Zone A", GroupKind.ZONE, null, null)));

        assertThat(LayeredLayout.arrangeUnplaced(placed)).isSameAs(placed);
    }

    @Test
    void arrangeUnplacedLaysOutEverythingWhenOneComponentHasNoPlace() {
        Design chain = TestDesigns.chain();
        Design oneUnplaced = chain.withComponents(chain.components().stream()
                .map(c -> c.id().equals("db") ? c.withPosition(null) : c)
                .toList());

        assertThat(LayeredLayout.arrangeUnplaced(oneUnplaced)).isEqualTo(LayeredLayout.arrange(oneUnplaced));
    }

    @Test
    void optionsRefuseSizesThatMakeNoSense() {
        assertThatThrownBy(() -> new LayoutOptions(0, 88, 110, 50, 28, 32, 20, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("boxWidth");
        assertThatThrownBy(() -> new LayoutOptions(184, 88, 110, Double.NaN, 28, 32, 20, 0))
                .hasMessageContaining("rowGap");
        assertThatThrownBy(() -> OPTIONS.withMaxColumns(-1)).hasMessageContaining("maxColumns");
    }

    /** Components in design order down each column of the arranged layout. */
    private static Design naive(Design design) {
        Design arranged = LayeredLayout.arrange(design);
        List<Component> components = new ArrayList<>();
        java.util.Map<Double, Integer> rows = new java.util.HashMap<>();
        for (Component c : arranged.components()) {
            int row = rows.merge(c.position().x(), 1, Integer::sum);
            components.add(c.withPosition(new Position(c.position().x(), row * 100.0)));
        }
        return arranged.withComponents(components);
    }
}
