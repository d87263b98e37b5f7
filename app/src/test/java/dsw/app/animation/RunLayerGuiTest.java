package dsw.app.animation;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.canvas.CanvasViewModel;
import dsw.app.canvas.DesignCanvasView;
import dsw.app.canvas.Rect;
import dsw.app.canvas.Viewport;
import dsw.app.run.RunCursor;
import dsw.app.run.TraceSearch;
import dsw.app.session.DesignSession;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.model.trace.Trace;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The run layer on a real canvas, headless: it paints, follows the cursor, shows tooltips and comes off. */
class RunLayerGuiTest extends FxRobot {
    private static final long SECOND = 1_000_000;

    private final DesignSession session = new DesignSession();
    private final RunCursor cursor = new RunCursor();
    private CanvasViewModel canvas;
    private DesignCanvasView view;
    private RunLayerViewModel animation;
    private RunLayer.Attachment attachment;
    private Trace trace;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        trace = Runs.of("three-tier-web", 11 * SECOND); // db-primary crashes at 10 s
        FxToolkit.setupStage(stage -> {
            session.open(Runs.design("three-tier-web"), null);
            canvas = new CanvasViewModel(session);
            view = new DesignCanvasView(canvas);
            animation = new RunLayerViewModel(cursor, canvas, new ImmediateTaskExecutor());
            attachment = new RunLayer(animation).attach(view);
            cursor.reset(trace);
            stage.setScene(new Scene(view, 1200, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    attachment.dispose();
                    animation.dispose();
                    view.dispose();
                    canvas.dispose();
                })
                .get(10, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
    }

    private void showAt(long time) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    cursor.timeProperty().set(time);
                    cursor.shownProperty().set(TraceSearch.countUpTo(trace, cursor.available(), time));
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D onScreen(String componentId) {
        Rect box = canvas.layout().box(componentId).orElseThrow().bounds();
        Viewport v = canvas.viewport();
        return view.localToScreen(v.toScreenX(box.centerX()), v.toScreenY(box.centerY()));
    }

    private int paintedPixels() throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
                    SnapshotParameters parameters = new SnapshotParameters();
                    parameters.setFill(Color.TRANSPARENT);
                    return view.layerCanvas().snapshot(parameters, null);
                })
                .get(10, TimeUnit.SECONDS);
        PixelReader pixels = image.getPixelReader();
        int painted = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if (pixels.getColor(x, y).getOpacity() > 0) {
                    painted++;
                }
            }
        }
        return painted;
    }

    @Test
    void theLayerPaintsTheRunAndATooltipDescribesWhatTheMousePointsAt() throws Exception {
        showAt(10 * SECOND + 500_000);
        assertThat(paintedPixels()).isPositive();

        moveTo(onScreen("db-primary"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(attachment.tooltip().isShowing()).isTrue();
        assertThat(attachment.tooltip().getText()).startsWith("db-primary").contains("crashed");

        moveTo(view.localToScreen(3, view.getHeight() - 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(attachment.tooltip().isShowing()).isFalse();
    }

    @Test
    void movingTheCursorRepaintsAndDisposingTakesTheLayerOff() throws Exception {
        showAt(0);
        int atStart = paintedPixels();
        showAt(5 * SECOND);
        int later = paintedPixels();
        assertThat(later).as("messages in flight at 5 s").isNotEqualTo(atStart);

        WaitForAsyncUtils.asyncFx(() -> attachment.dispose()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paintedPixels()).isZero();
        moveTo(onScreen("db-primary"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(attachment.tooltip().isShowing()).isFalse();
    }
}
