package dsw.app.gui;

import static dsw.app.gui.GuiTests.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.diagram.DiagramKind;
import dsw.app.diagram.DiagramPreviewView;
import dsw.app.diagram.DiagramPreviewViewModel;
import dsw.app.shell.FakeFileDialogs;
import dsw.model.edit.Edits;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The diagram preview under the canvas, headless: it shows the open design's deployment diagram,
 * follows an edit, switches to the sequence diagram of a run, and copies its PlantUML text.
 */
class DiagramPreviewGuiTest extends FxRobot {
    @TempDir
    Path dir;

    private DswApplication app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        app = GuiTests.startApp(dir, new FakeFileDialogs());
        GuiTests.openExample(this, "Three-tier web application");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        GuiTests.stopApp(app);
    }

    @Test
    void showsFollowsEditsSwitchesToASequenceDiagramAndCopiesItsText() throws Exception {
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.D);
        waitFor(() -> preview().imageProperty().get() != null);
        ImageView image = lookup("#" + DiagramPreviewView.IMAGE_ID).queryAs(ImageView.class);
        assertThat(onFx(() -> image.isVisible()
                        && image.getImage() != null
                        && image.getImage().getWidth() > 100))
                .isTrue();
        assertThat(onFx(() -> preview().sourceProperty().get()))
                .startsWith("@startuml")
                .contains("Primary database");
        GuiTests.snapshot("diagram-preview-deployment.png");

        // An edit shows in the diagram a moment later.
        interact(() -> {
            var session = app.viewModel().session();
            session.execute(Edits.renameComponent(session.current().orElseThrow(), "cache", "Session cache"));
        });
        waitFor(() -> preview().sourceProperty().get().contains("Session cache"));

        clickOn("#diagram-tab-sequence");
        waitFor(() -> preview().kindProperty().get() == DiagramKind.SEQUENCE
                && preview().sourceProperty().get().contains("@startuml")
                && preview().imageProperty().get() != null
                && !preview().renderingProperty().get());
        assertThat(onFx(() -> preview().sourceProperty().get())).containsPattern("\\w+ -> \\w+ : m\\d+");
        GuiTests.snapshot("diagram-preview-sequence.png");

        clickOn("#" + DiagramPreviewView.COPY_ID);
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).isEqualTo(onFx(() -> preview().sourceProperty().get()));
    }

    private DiagramPreviewViewModel preview() {
        return app.window().preview();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
