package dsw.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers the headless GUI tests share: work on the FX thread, the window, dialogs, snapshots. */
final class GuiTests {
    private GuiTests() {}

    /** Runs {@code work} on the FX thread and returns its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /**
     * Starts the real app in TestFX's stage with its settings under {@code dir}, background work on
     * the FX thread at once, and file dialogs that answer from {@code files}.
     */
    static dsw.app.DswApplication startApp(Path dir, dsw.app.shell.FakeFileDialogs files) throws Exception {
        dsw.app.settings.SettingsStore settings = new dsw.app.settings.SettingsStore(dir.resolve("settings"));
        dsw.app.shell.AppServices services = new dsw.app.shell.AppServices(
                settings, dsw.app.task.ImmediateTaskExecutor::new, owner -> files, false, () -> {});
        dsw.app.DswApplication app =
                (dsw.app.DswApplication) FxToolkit.setupApplication(() -> new dsw.app.DswApplication(services));
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** Stops the app {@link #startApp} started and closes what it left open. */
    static void stopApp(dsw.app.DswApplication app) throws Exception {
        closeDialogs();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /**
     * Opens the bundled example {@code name} from the welcome page, scrolling the page first when
     * the example's card is below the fold, as a user would.
     */
    static void openExample(org.testfx.api.FxRobot robot, String name) throws Exception {
        javafx.scene.Node card = onFx(() -> {
            for (javafx.scene.Node node : robot.lookup(name).queryAll()) {
                javafx.scene.control.ScrollPane pane = ancestor(node, javafx.scene.control.ScrollPane.class);
                if (pane != null) {
                    javafx.geometry.Bounds at = node.localToScene(node.getBoundsInLocal());
                    javafx.geometry.Bounds all =
                            pane.getContent().localToScene(pane.getContent().getBoundsInLocal());
                    double extra = all.getHeight() - pane.getViewportBounds().getHeight();
                    pane.setVvalue(extra <= 0 ? 0 : Math.min(1, (at.getMinY() - all.getMinY()) / extra));
                    return node;
                }
            }
            throw new AssertionError("no example called " + name + " on the welcome page");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(card);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T ancestor(javafx.scene.Node node, Class<T> type) {
        for (javafx.scene.Node n = node.getParent(); n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }

    /** The app's main window (TestFX's registered stage). */
    static Stage stage() {
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    /** Closes every dialog a failed test may have left open. */
    static void closeDialogs() throws Exception {
        onFx(() -> {
            for (Window w : Window.getWindows().toArray(new Window[0])) {
                if (w instanceof Stage s && s.getScene() != null && s.getScene().getRoot() instanceof DialogPane) {
                    s.close();
                }
            }
            return null;
        });
    }

    /** With -Ddsw.snapshot.dir=DIR, saves what the window shows as DIR/name, to look at. */
    /**
     * Goes to a moment of the run through Run to > Time (Ctrl+F8), as a user does, and waits until
     * the run is there.
     */
    static void runTo(org.testfx.api.FxRobot robot, dsw.app.run.RunController run, String time) throws Exception {
        robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.F8);
        org.testfx.util.WaitForAsyncUtils.waitFor(
                5,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field");
        robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A);
        robot.write(time);
        robot.push(javafx.scene.input.KeyCode.ENTER);
        long micros = dsw.model.value.Micros.parse(time);
        org.testfx.util.WaitForAsyncUtils.waitFor(
                30,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(() ->
                        run.cursor().time() == micros && !run.busyProperty().get()));
    }

    /**
     * Waits up to {@code seconds} until {@code condition}, read on the FX thread, holds; a timeout
     * fails saying where {@code run} is, and {@code more} when given.
     */
    static void waitForRun(
            dsw.app.run.RunController run,
            int seconds,
            java.util.function.BooleanSupplier condition,
            Callable<String> more)
            throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(onFx(() -> "timed out; the run is at "
                    + dsw.model.value.Micros.format(run.cursor().time()) + ", "
                    + run.cursor().shown()
                    + " events shown, playing " + run.playingProperty().get() + ", busy "
                    + run.busyProperty().get() + ", message \""
                    + run.messageProperty().get() + "\""
                    + (more == null ? "" : ", " + more.call())));
        }
    }

    /** The screen point at the centre of component {@code componentId}'s box on the canvas. */
    static javafx.geometry.Point2D onCanvas(dsw.app.DswApplication app, String componentId) throws Exception {
        return onFx(() -> {
            dsw.app.canvas.DesignCanvasView view = app.window().canvas();
            dsw.app.canvas.CanvasViewModel model = view.viewModel();
            dsw.app.canvas.Rect box =
                    model.layout().box(componentId).orElseThrow().bounds();
            dsw.app.canvas.Viewport v = model.viewport();
            return view.localToScreen(v.toScreenX(box.centerX()), v.toScreenY(box.centerY()));
        });
    }

    /** The node {@code query} finds, once the scene shows it (the toolkit lays out new editors on its own thread). */
    static javafx.scene.Node node(org.testfx.api.FxRobot robot, String query)
            throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }

    /** Gives the node the keyboard, as Tab would, which scrolls a property sheet to it. */
    static javafx.scene.Node reveal(org.testfx.api.FxRobot robot, String query) throws Exception {
        javafx.scene.Node node = node(robot, query);
        onFx(() -> {
            node.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** Replaces the text of the field {@code query} finds with {@code text}, typed as a user would. */
    static void replaceText(org.testfx.api.FxRobot robot, String query, String text) throws Exception {
        robot.clickOn(reveal(robot, query));
        robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void snapshot(String name) throws Exception {
        String folder = System.getProperty("dsw.snapshot.dir");
        if (folder == null) {
            return;
        }
        javafx.scene.image.WritableImage image = onFx(() -> stage().getScene().snapshot(null));
        Files.createDirectories(Path.of(folder));
        javax.imageio.ImageIO.write(
                javafx.embed.swing.SwingFXUtils.fromFXImage(image, null),
                "png",
                Path.of(folder, name).toFile());
    }
}
