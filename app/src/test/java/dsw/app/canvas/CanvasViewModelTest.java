package dsw.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dsw.app.TestDesigns;
import dsw.app.session.DesignSession;
import dsw.app.session.Selection;
import dsw.model.Design;
import org.junit.jupiter.api.Test;

class CanvasViewModelTest {
    private final DesignSession session = new DesignSession();
    private final CanvasViewModel canvas = new CanvasViewModel(session);

    @Test
    void anOpenedDesignIsZoomedToFitOnceTheViewHasASize() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        canvas.setViewSize(800, 600);
        Rect content = canvas.layout().contentBounds();
        Viewport v = canvas.viewport();
        assertThat(v.toScreenX(content.x())).isGreaterThanOrEqualTo(0);
        assertThat(v.toScreenX(content.maxX())).isLessThanOrEqualTo(800);
        assertThat(v.toScreenY(content.maxY())).isLessThanOrEqualTo(600);
        assertThat(canvas.zoomTextProperty().get()).isEqualTo(Math.round(v.scale() * 100) + "%");
    }

    @Test
    void resizingKeepsTheDesignFittedUntilTheUserZooms() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        canvas.setViewSize(800, 600);
        double fitted = canvas.viewport().scale();
        canvas.setViewSize(1600, 1200);
        assertThat(canvas.viewport().scale()).isGreaterThan(fitted);
        canvas.zoomIn();
        double zoomed = canvas.viewport().scale();
        canvas.setViewSize(800, 600);
        assertThat(canvas.viewport().scale()).isEqualTo(zoomed);
    }

    @Test
    void actualSizeShowsOneToOne() {
        session.open(TestDesigns.small(), null);
        canvas.setViewSize(800, 600);
        canvas.actualSize();
        assertThat(canvas.viewport().scale()).isEqualTo(1);
        assertThat(canvas.zoomTextProperty().get()).isEqualTo("100%");
    }

    @Test
    void clickingSelectsWhatIsUnderTheMouseAndEmptySpaceClears() {
        session.open(TestDesigns.small(), null);
        canvas.setViewSize(800, 600);
        Viewport v = canvas.viewport();
        canvas.clickAt(v.toScreenX(500), v.toScreenY(100));
        assertThat(session.selection().get()).isEqualTo(Selection.of("db"));
        canvas.clickAt(v.toScreenX(300), v.toScreenY(101));
        assertThat(session.selection().get()).isEqualTo(Selection.of("client-db"));
        canvas.clickAt(1, 1);
        assertThat(session.selection().get().isEmpty()).isTrue();
    }

    @Test
    void wheelZoomKeepsThePointUnderTheMouse() {
        session.open(TestDesigns.small(), null);
        canvas.setViewSize(800, 600);
        Viewport before = canvas.viewport();
        double x = before.toCanvasX(123);
        canvas.zoomAt(1.3, 123, 77);
        assertThat(canvas.viewport().toScreenX(x)).isCloseTo(123, within(1e-9));
    }

    @Test
    void revealPansToSomethingOutOfView() {
        session.open(TestDesigns.small(), null);
        canvas.setViewSize(800, 600);
        canvas.panBy(5000, 0);
        canvas.reveal("db");
        Viewport v = canvas.viewport();
        assertThat(v.toScreenX(500)).isCloseTo(400, within(1e-9));
    }

    @Test
    void anEmptyDesignSaysSo() {
        session.open(Design.empty("Nothing"), null);
        assertThat(canvas.noticeProperty().get()).contains("This design is empty");
        session.open(TestDesigns.small(), null);
        assertThat(canvas.noticeProperty().get()).isEmpty();
    }

    @Test
    void editsRelayoutWithoutMovingTheCamera() {
        session.open(TestDesigns.small(), null);
        canvas.setViewSize(800, 600);
        canvas.zoomIn();
        Viewport zoomed = canvas.viewport();
        session.execute(dsw.model.edit.Edits.renameComponent(session.current().orElseThrow(), "db", "Ledger"));
        assertThat(canvas.layout().box("db").orElseThrow().component().name()).isEqualTo("Ledger");
        assertThat(canvas.viewport()).isEqualTo(zoomed);
    }
}
