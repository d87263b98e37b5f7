package dsw.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.session.DesignSession;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
    private final DesignSession session = new DesignSession();
    private final InspectorViewModel inspector = new InspectorViewModel(session);

    @Test
    void withNothingOpenThereIsNothingToShow() {
        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.NOTHING_OPEN);
        assertThat(inspector.rows()).isEmpty();
    }

    @Test
    void withNothingSelectedTheDesignIsSummarized() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.DESIGN);
        assertThat(inspector.titleProperty().get()).isEqualTo("Three-tier web application");
        assertThat(inspector.descriptionProperty().get()).startsWith("Browsers reach");
        assertThat(row("Components"))
                .hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("7"));
        assertThat(row("Seed")).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("1"));
        assertThat(row("Run length"))
                .hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("20s"));
        assertThat(row("Faults")).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("1 scheduled fault"));
    }

    @Test
    void aSelectedComponentShowsEveryPropertyWithItsUnit() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.COMPONENT);
        assertThat(inspector.titleProperty().get()).isEqualTo("Web tier");
        assertThat(inspector.subtitleProperty().get()).isEqualTo("Service");
        assertThat(inspector.iconProperty().get()).startsWith("mdi2");
        assertThat(row("Id")).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("web"));
        assertThat(row("Frame")).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("Availability zone A"));
        var component = session.current().orElseThrow().requireComponent("web");
        long properties = inspector.rows().stream()
                .filter(r -> r.section().equals("Properties"))
                .count();
        assertThat(properties).isEqualTo(component.kind().properties().size());
        assertThat(inspector.rows()).anySatisfy(r -> {
            assertThat(r.value()).isEqualTo("3");
            assertThat(r.unit()).isEqualTo("instances");
        });
    }

    @Test
    void aSelectedLinkShowsItsEndsAndNetwork() {
        session.open(TestDesigns.small(), null);
        session.selection().select("client-db");
        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.LINK);
        assertThat(inspector.titleProperty().get()).isEqualTo("SQL");
        assertThat(row("From")).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("Client"));
        assertThat(row("To")).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("Orders DB"));
        assertThat(row("Mode")).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("synchronous"));
        assertThat(row("Direction"))
                .hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("one way, Client → Orders DB"));
        assertThat(row("Latency")).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("1ms"));
        assertThat(row("Loss")).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("0.1%"));
    }

    @Test
    void aSelectedFrameShowsWhatItHolds() {
        session.open(TestDesigns.small(), null);
        session.selection().select("zone");
        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.FRAME);
        assertThat(row("Components"))
                .hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("1"));
    }

    @Test
    void renamingTheDesignIsAnUndoableEdit() {
        session.open(TestDesigns.small(), null);
        assertThat(inspector.renameDesign("  Orders  ")).isTrue();
        assertThat(session.current().orElseThrow().name()).isEqualTo("Orders");
        assertThat(inspector.titleProperty().get()).isEqualTo("Orders");
        assertThat(session.isDirty()).isTrue();
        session.undo();
        assertThat(inspector.titleProperty().get()).isEqualTo("Small");
    }

    @Test
    void aBlankOrUnchangedNameChangesNothing() {
        session.open(TestDesigns.small(), null);
        assertThat(inspector.renameDesign("   ")).isFalse();
        assertThat(inspector.nameErrorProperty().get()).isEqualTo("A design needs a name.");
        assertThat(inspector.renameDesign("Small")).isTrue();
        assertThat(inspector.nameErrorProperty().get()).isEmpty();
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void aNameTheModelRefusesIsExplained() {
        session.open(TestDesigns.small(), null);
        assertThat(inspector.renameDesign("x".repeat(10_000))).isFalse();
        assertThat(inspector.nameErrorProperty().get()).isNotEmpty();
        assertThat(session.isDirty()).isFalse();
    }

    private Optional<InspectorRow> row(String label) {
        return inspector.rows().stream().filter(r -> r.label().equals(label)).findFirst();
    }
}
