package dsw.app.spacetime;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dsw.app.TestDesigns;
import dsw.app.run.RunCursor;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.model.trace.Causality;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The space-time diagram in a small window, headless, on a real run: two seconds of the three-tier
 * example. Clicks on drawn dots select and compare events; the highlighted causal past is the
 * engine's.
 */
class SpaceTimeGuiTest extends FxRobot {
    private static Trace trace;

    private final RunCursor cursor = new RunCursor();
    private SpaceTimeView view;
    private Stage stage;

    @BeforeAll
    static void run() throws Exception {
        FxToolkit.registerPrimaryStage();
        Simulation simulation = Simulation.of(TestDesigns.example("three-tier-web.dsw.json"));
        simulation.runUntil(2 * Micros.PER_SECOND, RunMonitor.NONE);
        trace = simulation.trace();
    }

    @BeforeEach
    void show() throws Exception {
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            cursor.reset(trace);
            cursor.shownProperty().set(trace.size());
            cursor.timeProperty().set(trace.time(trace.size() - 1));
            view = new SpaceTimeView(new SpaceTimeViewModel(cursor, new ImmediateTaskExecutor()));
            stage = new Stage();
            Scene scene = new Scene((javafx.scene.Parent) view.node(), 900, 520);
            scene.getStylesheets().add(SpaceTimeView.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            view.dispose();
            view.viewModel().dispose();
            stage.close();
            return null;
        });
    }

    @Test
    void clickingADotSelectsItAndHighlightsTheEnginesCausalPast() throws Exception {
        SpaceTimeFrame.Dot target = onFx(() -> view.viewModel().frame().dots().stream()
                .filter(d -> d.type() == EventType.RECEIVE && inside(d) && d.x() > 300)
                .max(Comparator.comparingDouble(SpaceTimeFrame.Dot::x))
                .orElseThrow());

        clickOn(onCanvas(target.x(), target.y()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cursor.selected()).isEqualTo(target.seq());
        Causality causality = Causality.of(trace);
        HighlightSets highlight = onFx(() -> view.viewModel().highlight());
        assertThat(highlight.past()).isEqualTo(causality.causalPast(target.seq()));
        assertThat(highlight.future()).isEqualTo(causality.causalFuture(target.seq()));
        SpaceTimeFrame frame = onFx(() -> view.viewModel().frame());
        assertThat(frame.dots())
                .filteredOn(d -> d.highlight() == Highlight.PAST)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(highlight.past().get(d.seq())).isTrue());
        assertThat(frame.dot(target.seq()).orElseThrow().highlight()).isEqualTo(Highlight.SELECTED);
        snapshot("space-time-selected.png");
    }

    @Test
    void shiftClickComparesAndTheStatusLineSaysHowTheTwoRelate() throws Exception {
        SpaceTimeFrame frame = onFx(() -> view.viewModel().frame());
        SpaceTimeFrame.Dot first = frame.dots().stream()
                .filter(d -> inside(d) && d.x() > 200)
                .findFirst()
                .orElseThrow();
        SpaceTimeFrame.Dot second = frame.dots().stream()
                .filter(d -> inside(d) && d.y() > first.y() + 30 && d.x() > 400)
                .findFirst()
                .orElseThrow();

        clickOn(onCanvas(first.x(), first.y()), MouseButton.PRIMARY);
        press(KeyCode.SHIFT);
        clickOn(onCanvas(second.x(), second.y()), MouseButton.PRIMARY);
        release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cursor.selected()).isEqualTo(first.seq());
        assertThat(cursor.compared()).isEqualTo(second.seq());
        Label status = lookup("." + SpaceTimeView.RELATION_STYLE_CLASS).queryAs(Label.class);
        assertThat(status.getText()).isEqualTo(Causality.of(trace).explain(first.seq(), second.seq()));
        assertThat(status.isVisible()).isTrue();

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cursor.selected()).isEqualTo(-1);
        assertThat(status.getText()).isEmpty();
    }

    @Test
    void theWheelZoomsAndTheOneKeyFitsAll() throws Exception {
        SpaceTimeViewport fitted = onFx(() -> view.viewModel().viewport());
        moveTo(onCanvas(500, 200));

        scroll(5, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        SpaceTimeViewport zoomed = onFx(() -> view.viewModel().viewport());
        assertThat(zoomed.scale()).isNotEqualTo(fitted.scale());

        clickOn(onCanvas(view.viewModel().options().gutter() + 3, 5), MouseButton.PRIMARY);
        press(KeyCode.DIGIT1).release(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view.viewModel().viewport()).scale()).isEqualTo(fitted.scale());
    }

    /** Whether a dot is well inside the canvas, clear of the axis and the edges. */
    private boolean inside(SpaceTimeFrame.Dot d) {
        return d.y() > 60
                && d.y() < view.canvas().getHeight() - 20
                && d.x() < view.canvas().getWidth() - 20;
    }

    private Point2D onCanvas(double x, double y) {
        return view.canvas().localToScreen(x, y);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** With -Ddsw.snapshot.dir=DIR, saves what the window shows as DIR/name, to look at. */
    private void snapshot(String name) throws Exception {
        String folder = System.getProperty("dsw.snapshot.dir");
        if (folder == null) {
            return;
        }
        javafx.scene.image.WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        Files.createDirectories(Path.of(folder));
        javax.imageio.ImageIO.write(
                javafx.embed.swing.SwingFXUtils.fromFXImage(image, null),
                "png",
                Path.of(folder, name).toFile());
    }
}
