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
