package dsw.app.gui;

import static dsw.app.gui.GuiTests.onFx;
import static dsw.app.gui.GuiTests.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.TestDesigns;
import dsw.app.session.DesignSession;
import dsw.app.shell.FakeFileDialogs;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector's Keys section in the real window: a partitioned database shows its partitions, readable. */
class KeysSectionGuiTest extends FxRobot {
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
        onFx(() -> {
            session().open(TestDesigns.partitionedQuorumReads(2, "range", 40), null);
            return null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        GuiTests.stopApp(app);
    }

    @Test
    void aPartitionedDatabaseShowsEachPartitionsKeysAndInstances() throws Exception {
        onFx(() -> {
            session().selection().select("db");
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#keys-partition-1")
                .tryQuery()
                .isPresent());
        scrollTo("#keys-split");

        assertThat(label("#keys-split").getText()).isEqualTo("2 ranges of k0–k39");
        assertThat(label("#keys-partition-0").getText()).isEqualTo("k0–k19 (20 keys)\ndb#1–db#3");
        assertThat(label("#keys-partition-1").getText()).isEqualTo("k20–k39 (20 keys)\ndb#4–db#6");
        assertThat(lookup(".inspector-section").queryAllAs(Label.class).stream()
                        .filter(l -> l.getText().equals("Keys") && l.isVisible()))
                .hasSize(1);
        assertThat(inViewport("#keys-partition-1"))
                .as("the last partition is on screen")
                .isTrue();
        snapshot("keys-section.png");
    }

    /** Scrolls the inspector so that the node is near the top of its viewport. */
    private void scrollTo(String query) throws Exception {
        onFx(() -> {
            ScrollPane pane = lookup(".inspector").queryAs(ScrollPane.class);
            Node node = lookup(query).query();
            pane.layout();
            Bounds bounds = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double range = pane.getContent().getLayoutBounds().getHeight()
                    - pane.getViewportBounds().getHeight();
            pane.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (bounds.getMinY() - 60) / range)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean inViewport(String query) throws Exception {
        return onFx(() -> {
            ScrollPane pane = lookup(".inspector").queryAs(ScrollPane.class);
            Node node = lookup(query).query();
            Bounds shown = pane.localToScene(pane.getLayoutBounds());
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            return bounds.getMinY() >= shown.getMinY() && bounds.getMaxY() <= shown.getMaxY();
        });
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }

    private DesignSession session() {
        return app.viewModel().session();
    }
}
