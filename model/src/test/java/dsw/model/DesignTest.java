package dsw.model;

import static dsw.model.TestDesigns.component;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.model.scenario.Fault;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignTest {
    @Test
    void lookupsFindEveryPart() {
        Design d = TestDesigns.chain();

        assertThat(d.component("api")).isPresent();
        assertThat(d.link("l2").orElseThrow().to()).isEqualTo("api");
        assertThat(d.group("zone")).isPresent();
        assertThat(d.linksOf("lb")).extracting(Link::id).containsExactly("l1", "l2");
        assertThat(d.membersOf("zone")).extracting(Component::id).containsExactly("api", "db");
        assertThat(d.ids()).contains("client", "l3", "zone");
    }

    @Test
    void nestedFramesCountTheirInnerMembers() {
        Design d = TestDesigns.chain()
                .withGroups(List.of(
                        new Group("region", "Region", GroupKind.REGION, null, null),
                        new Group("zone", "Zone A", GroupKind.ZONE, "region", null)));

        assertThat(d.allMembersOf("region")).extracting(Component::id).containsExactly("api", "db");
        assertThat(d.membersOf("region")).isEmpty();
    }

    @Test
    void duplicateIdsAreRefusedAcrossKindsOfElement() {
        Design d = TestDesigns.chain();
        List<Link> links = List.of(Link.of("api", "client", "lb"));

        assertThatThrownBy(() -> d.withLinks(links))
                .isInstanceOf(InvalidDesignException.class)
                .hasMessageContaining("duplicate id \"api\"");
    }

    @Test
    void linksMustConnectExistingComponents() {
        Design d = TestDesigns.chain();

        assertThatThrownBy(() -> d.withLinks(List.of(Link.of("l9", "client", "nowhere"))))
                .hasMessageContaining("/links/0/to")
                .hasMessageContaining("unknown component \"nowhere\"");
        assertThatThrownBy(() -> d.withLinks(List.of(Link.of("l9", "client", "zone"))))
                .hasMessageContaining("is a group");
        assertThatThrownBy(() -> d.withLinks(List.of(Link.of("l9", "api", "api"))))
                .hasMessageContaining("to itself");
    }

    @Test
    void framesCannotContainThemselves() {
        Design d = TestDesigns.chain();
        List<Group> cycle = List.of(
                new Group("a", "A", GroupKind.REGION, "b", null), new Group("b", "B", GroupKind.ZONE, "a", null));

        assertThatThrownBy(() -> d.withTopology(
                        d.components().stream().map(c -> c.withGroup(null)).toList(), d.links(), cycle))
                .hasMessageContaining("inside itself");
    }

    @Test
    void scenarioMustNameWhatExists() {
        Design d = TestDesigns.chain();

        assertThatThrownBy(() -> d.withScenario(Scenario.DEFAULT.withWorkload(List.of(Workload.open("api", 10)))))
                .hasMessageContaining("not a client");
        assertThatThrownBy(() -> d.withScenario(
                        Scenario.DEFAULT.withFaults(List.of(new ScheduledFault(1, new Fault.Crash("ghost"))))))
                .hasMessageContaining("unknown component \"ghost\"");
        assertThatThrownBy(() -> d.withScenario(
                        Scenario.DEFAULT.withFaults(List.of(new ScheduledFault(1, new Fault.Heal("split"))))))
                .hasMessageContaining("no partition named \"split\"");
    }

    @Test
    void partitionsMayNameFramesAsSides() {
        Design d = TestDesigns.chain();
        Fault.Partition split = new Fault.Partition("split", List.of("zone"), List.of("client", "lb"), false);

        Design withFault = d.withScenario(Scenario.DEFAULT.withFaults(
                List.of(new ScheduledFault(5, split), new ScheduledFault(9, new Fault.Heal("split")))));

        assertThat(withFault.scenario().faults()).hasSize(2);
    }

    @Test
    void equalDesignsAreEqualValues() {
        assertThat(TestDesigns.chain()).isEqualTo(TestDesigns.chain()).hasSameHashCodeAs(TestDesigns.chain());
        assertThat(TestDesigns.chain().withName("Other")).isNotEqualTo(TestDesigns.chain());
    }

    @Test
    void namesAreSingleLineText() {
        assertThatThrownBy(() -> component("x", "service").withName("two\nlines"))
                .hasMessageContaining("line break");
        assertThatThrownBy(() -> component("x", "service").withName(" ")).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> component("x", "service").withName("n".repeat(201)))
                .hasMessageContaining("at most 200");
    }
}
