package dsw.app.gui;

import static dsw.app.gui.GuiTests.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.canvas.CanvasViewModel;
import dsw.app.canvas.DesignCanvasView;
import dsw.app.canvas.Rect;
import dsw.app.canvas.Viewport;
import dsw.app.editor.EditorView;
import dsw.app.shell.FakeFileDialogs;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.file.DesignFiles;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Builds designs with the mouse and keyboard in the real window, headless: drags from the palette,
 * connects boxes by their handles, renames in place, selects with a rubber band, deletes, undoes
 * and redoes everything, saves and reopens.
 */
class EditorGuiTest extends FxRobot {
    @TempDir
    Path dir;

    private final FakeFileDialogs files = new FakeFileDialogs();
    private DswApplication app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        app = GuiTests.startApp(dir, files);
        push(KeyCode.SHORTCUT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        GuiTests.stopApp(app);
    }

    @Test
    void buildsADesignWithTheMouseUndoesAndRedoesItAllAndSavesIt() throws Exception {
        drag("#palette-web-browser", MouseButton.PRIMARY).dropTo(canvasPoint(0.25, 0.4));
        drag("#palette-service", MouseButton.PRIMARY).dropTo(canvasPoint(0.65, 0.4));
        assertThat(design().components()).extracting(Component::name).containsExactly("Web browser", "Service");
        String browser = design().components().get(0).id();
        String service = design().components().get(1).id();

        // Connect: hover the browser so its handles show, then drag from the right-hand one.
        moveTo(onCanvas(browser, 0, 0));
        drag(onCanvas(browser, 0.5, 0), MouseButton.PRIMARY).dropTo(onCanvas(service, 0, 0));
        assertThat(design().links()).singleElement().satisfies(l -> {
            assertThat(l.from()).isEqualTo(browser);
            assertThat(l.to()).isEqualTo(service);
        });

        // The new link is selected: set its latency in the property sheet.
        String link = design().links().get(0).id();
        assertThat(app.viewModel().session().selection().get().ids()).containsExactly(link);
        // Focus the field as a keyboard user does (it may lie below the visible part of the side
        // panel on a small screen, where a click would land on whatever covers it), then type.
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> lookup("#link-latency").tryQuery().isPresent());
        TextField latency = lookup("#link-latency").queryAs(TextField.class);
        interact(latency::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, latency::isFocused);
        push(KeyCode.SHORTCUT, KeyCode.A);
        write("20ms");
        push(KeyCode.ENTER);
        assertThat(design().link(link).orElseThrow().network().latency())
                .isEqualTo(new Distribution.Constant(20 * Micros.PER_MILLISECOND));

        // Rename in place: select, F2, type, Enter.
        clickOn(onCanvas(service, 0, 0));
        push(KeyCode.F2);
        assertThat(lookup("#" + EditorView.RENAME_FIELD_ID).query().isVisible()).isTrue();
        push(KeyCode.SHORTCUT, KeyCode.A);
        write("Orders API");
        push(KeyCode.ENTER);
        assertThat(design().requireComponent(service).name()).isEqualTo("Orders API");
        assertThat(undoText()).isEqualTo("Undo Rename Service to Orders API");

        // Move it with the mouse: one edit.
        drag(onCanvas(service, 0, 0), MouseButton.PRIMARY)
                .dropTo(onCanvas(service, 0, 0.5).add(0, 120));
        assertThat(undoText()).isEqualTo("Undo Move Orders API");
        Design built = design();

        for (int i = 0; i < 10 && canUndo(); i++) {
            push(KeyCode.SHORTCUT, KeyCode.Z);
        }
        assertThat(design().components()).isEmpty();
        for (int i = 0; i < 10 && canRedo(); i++) {
            push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        }
        assertThat(design()).isEqualTo(built);

        Path file = dir.resolve("built.dsw.json");
        files.answerSave(file);
        push(KeyCode.SHORTCUT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title()).doesNotStartWith("*");
        assertThat(DesignFiles.read(file).design()).isEqualTo(built);

        files.answerOpen(file);
        push(KeyCode.SHORTCUT, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design()).isEqualTo(built);
    }

    @Test
    void aRubberBandSelectsAndDeleteRemoves() throws Exception {
        drag("#palette-service", MouseButton.PRIMARY).dropTo(canvasPoint(0.25, 0.3));
        drag("#palette-database", MouseButton.PRIMARY).dropTo(canvasPoint(0.25, 0.7));
        drag("#palette-cache", MouseButton.PRIMARY).dropTo(canvasPoint(0.75, 0.5));
        assertThat(design().components()).hasSize(3);

        drag(canvasPoint(0.05, 0.08), MouseButton.PRIMARY).dropTo(canvasPoint(0.5, 0.95));
        assertThat(app.viewModel().session().selection().get().ids()).hasSize(2);
        push(KeyCode.DELETE);
        assertThat(design().components()).extracting(Component::name).containsExactly("Cache");
        assertThat(undoText()).isEqualTo("Undo Delete 2 components");
    }

    @Test
    void clickingAPaletteEntryThenTheCanvasPlacesItAndDoubleClickOpensQuickAdd() throws Exception {
        clickOn("#palette-queue");
        clickOn(canvasPoint(0.5, 0.5));
        assertThat(design().components()).extracting(Component::name).containsExactly("Queue / broker");

        doubleClickOn(canvasPoint(0.2, 0.2));
        assertThat(lookup("#" + EditorView.QUICK_ADD_ID).query().isVisible()).isTrue();
        write("cache");
        push(KeyCode.ENTER);
        assertThat(design().components()).extracting(Component::name).containsExactly("Queue / broker", "Cache");
        assertThat(design().links()).extracting(Link::id).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Design design() {
        WaitForAsyncUtils.waitForFxEvents();
        return app.viewModel().session().current().orElseThrow();
    }

    private String undoText() {
        WaitForAsyncUtils.waitForFxEvents();
        return app.viewModel().session().undoTextProperty().get();
    }

    private boolean canUndo() {
        WaitForAsyncUtils.waitForFxEvents();
        return app.viewModel().session().canUndoProperty().get();
    }

    private boolean canRedo() {
        WaitForAsyncUtils.waitForFxEvents();
        return app.viewModel().session().canRedoProperty().get();
    }

    private String title() {
        return ((Stage) FxToolkit.toolkitContext().getRegisteredStage()).getTitle();
    }

    /** A point of the canvas as fractions of its width and height, on the screen. */
    private Point2D canvasPoint(double fx, double fy) throws Exception {
        return onFx(() -> {
            DesignCanvasView view = app.window().canvas();
            return view.localToScreen(view.getWidth() * fx, view.getHeight() * fy);
        });
    }

    /** A point of a component's box, as fractions of its size from its centre, on the screen. */
    private Point2D onCanvas(String componentId, double fx, double fy) throws Exception {
        return onFx(() -> {
            DesignCanvasView view = app.window().canvas();
            CanvasViewModel model = view.viewModel();
            Rect box = model.layout().box(componentId).orElseThrow().bounds();
            Viewport v = model.viewport();
            return view.localToScreen(
                    v.toScreenX(box.centerX() + fx * box.width()), v.toScreenY(box.centerY() + fy * box.height()));
        });
    }
}
