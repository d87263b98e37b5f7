package dsw.model.edit;

import static dsw.model.TestDesigns.component;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.Position;
import dsw.model.TestDesigns;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertyValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditsTest {
    private final Design chain = TestDesigns.chain();

    @Test
    void deletingAComponentTakesItsLinksAlong() {
        Edit edit = Edits.delete(chain, List.of("lb"));

        assertThat(edit.description()).isEqualTo("Delete LB and 2 links");
        Design after = edit.execute(chain);
        assertThat(after.component("lb")).isEmpty();
        assertThat(after.links()).extracting(Link::id).containsExactly("l3");
        assertThat(edit.undo(after)).isEqualTo(chain);
    }

    @Test
    void arrangingLaysOutEveryComponentAsOneUndoableEdit() {
        Edit edit = Edits.arrange(chain);

        assertThat(edit.description()).isEqualTo("Arrange 4 components");
        Design after = edit.execute(chain);
        assertThat(after.requireComponent("client").position().x())
                .isLessThan(after.requireComponent("db").position().x());
        assertThat(edit.undo(after)).isEqualTo(chain);
    }

    @Test
    void deletingAFrameKeepsItsMembersInTheParentFrame() {
        Design nested = chain.withGroups(List.of(
                new Group("region", "Region", GroupKind.REGION, null, null),
                new Group("zone", "Zone A", GroupKind.ZONE, "region", null)));

        Design after = Edits.delete(nested, List.of("zone")).execute(nested);

        assertThat(after.requireComponent("api").group()).isEqualTo("region");
        assertThat(after.groups()).extracting(Group::id).containsExactly("region");
    }

    @Test
    void movingSeveralComponentsIsOneEdit() {
        Edit edit = Edits.move(
                chain,
                Map.of("api", new Position(10, 20), "db", new Position(30, 40)),
                Map.of("zone", new Bounds(5, 5, 100, 100)));

        assertThat(edit.description()).isEqualTo("Move 2 components and 1 frame");
        Design after = edit.execute(chain);
        assertThat(after.requireComponent("db").position()).isEqualTo(new Position(30, 40));
        assertThat(after.group("zone").orElseThrow().bounds()).isEqualTo(new Bounds(5, 5, 100, 100));
    }

    @Test
    void propertyEditsNameThePropertyAndValue() {
        Edit edit = Edits.setProperty(chain, "api", "replicas", new PropertyValue.IntValue(3));

        assertThat(edit.description()).isEqualTo("Set Replicas of API to 3");
        assertThat(edit.execute(chain).requireComponent("api").replicas()).isEqualTo(3);
    }

    @Test
    void invalidEditsNeverReachTheStack() {
        assertThatThrownBy(() -> Edits.setProperty(chain, "api", "replicas", new PropertyValue.IntValue(-1)))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Edits.addComponent(chain, component("api", "cache")))
                .hasMessageContaining("duplicate id");
        assertThatThrownBy(() -> Edits.addLink(chain, Link.of("l9", "api", "ghost")))
                .hasMessageContaining("unknown component");
    }

    @Test
    void addingAndConnectingDescribeWhatHappened() {
        Component cache = component("cache", "cache");

        Edit add = Edits.addComponent(chain, cache);
        Design withCache = add.execute(chain);
        Edit connect = Edits.addLink(withCache, Link.of("l4", "api", "cache"));

        assertThat(add.description()).isEqualTo("Add CACHE");
        assertThat(connect.description()).isEqualTo("Connect API to CACHE");
        assertThat(connect.execute(withCache).linksOf("cache")).hasSize(1);
    }

    @Test
    void groupingMovesComponentsIntoTheNewFrame() {
        Edit edit =
                Edits.addGroup(chain, new Group("edge", "Edge", GroupKind.ZONE, null, null), List.of("client", "lb"));

        Design after = edit.execute(chain);
        assertThat(after.membersOf("edge")).extracting(Component::id).containsExactly("client", "lb");
        assertThat(edit.description()).isEqualTo("Add availability zone Edge");
    }

    @Test
    void changingKindKeepsTheIdAndLinks() {
        Design after = Edits.changeKind(chain, "db", KindCatalog.standard().get("cache"))
                .execute(chain);

        assertThat(after.requireComponent("db").kind().id()).isEqualTo("cache");
        assertThat(after.linksOf("db")).hasSize(1);
    }

    @Test
    void movingComponentsBetweenFramesIsUndoable() {
        Edit out = Edits.setGroup(chain, List.of("api"), null);
        Design after = out.execute(chain);

        assertThat(out.description()).isEqualTo("Move 1 component out of its frame");
        assertThat(after.requireComponent("api").group()).isNull();
        assertThat(Edits.setGroup(after, List.of("api", "client"), "zone").description())
                .isEqualTo("Move 2 components into Zone A");
        assertThat(out.undo(after)).isEqualTo(chain);
        assertThatThrownBy(() -> Edits.setGroup(chain, List.of("api"), "nowhere"))
                .hasMessageContaining("unknown group \"nowhere\"");
    }

    @Test
    void linkEditsReplaceTheLinkInPlace() {
        Link slow = chain.link("l2")
                .orElseThrow()
                .withNetwork(chain.link("l2").orElseThrow().network().withLoss(0.25));

        Edit edit = Edits.updateLink(chain, slow, "Set loss of l2 to 25%");
        Design after = edit.execute(chain);

        assertThat(after.links()).extracting(Link::id).containsExactly("l1", "l2", "l3");
        assertThat(after.link("l2").orElseThrow().network().loss()).isEqualTo(0.25);
        assertThat(edit.undo(after)).isEqualTo(chain);
        assertThatThrownBy(() -> Edits.updateLink(chain, Link.of("l9", "api", "db"), "x"))
                .hasMessageContaining("no link \"l9\"");
    }

    @Test
    void frameEditsReplaceTheFrameInPlace() {
        Group renamed = chain.group("zone").orElseThrow().withName("Zone B");

        Design after = Edits.updateGroup(chain, renamed, "Rename frame").execute(chain);

        assertThat(after.group("zone").orElseThrow().name()).isEqualTo("Zone B");
        assertThat(after.membersOf("zone")).hasSize(2);
        assertThatThrownBy(() -> Edits.updateGroup(chain, renamed.withParent("zone"), "x"))
                .hasMessageContaining("inside itself");
    }

    @Test
    void scenarioAndDescriptionEditsAreOrdinaryEdits() {
        Design seeded = Edits.setScenario(chain, chain.scenario().withSeed(42), "Set seed to 42")
                .execute(chain);
        Design described = Edits.setDescription(seeded, "Orders flow").execute(seeded);

        assertThat(described.scenario().seed()).isEqualTo(42);
        assertThat(described.description()).isEqualTo("Orders flow");
        assertThatThrownBy(() -> Edits.setDescription(chain, "bell \u0007")).hasMessageContaining("control character");
    }
}
