package dsw.app.gui;

import static dsw.app.gui.GuiTests.onFx;
import static dsw.app.gui.GuiTests.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.TestDesigns;
import dsw.app.inspector.PropertyIds;
import dsw.app.session.DesignSession;
import dsw.app.shell.FakeFileDialogs;
import dsw.app.theme.Theme;
import dsw.model.pattern.Replication;
import dsw.model.pattern.Replication.SingleLeader;
import dsw.model.pattern.Replication.SingleLeader.Failover;
import dsw.model.pattern.Replication.SingleLeader.Mode;
import dsw.model.pattern.Replication.SingleLeader.ReadFrom;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
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
 * Chooses a database's replication and promise in the real window, headless: the warning for
 * settings that cannot keep the promise, a suggestion applied with the keyboard, undo, and a
 * refused quorum size.
 */
class ReplicationSheetGuiTest extends FxRobot {
    private static final String TYPE = "#" + PropertyIds.REPLICATION_TYPE;
    private static final String READ_FROM = "#" + PropertyIds.replication("readFrom");
    private static final String W = "#" + PropertyIds.replication("w");
    private static final String PROMISE = "#" + PropertyIds.CONSISTENCY;
    private static final String WARNING = "#" + PropertyIds.consistencyWarning(0);
    private static final String APPLY = "#" + PropertyIds.consistencySuggestion(0);

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
            session().open(TestDesigns.example("quorum-reads.dsw.json"), null);
            session().selection().select("db");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        GuiTests.stopApp(app);
    }

    @Test
    void asyncFollowerReadsWarnAgainstLinearizabilityUntilTheSuggestionIsApplied() throws Exception {
        choose(TYPE, "single-leader");
        assertThat(undoItem().getText()).isEqualTo("Undo Set replication of Profiles DB to single-leader");
        choose(READ_FROM, "followers");
        assertThat(lookup(WARNING).tryQuery()).as("no promise, no warning").isEmpty();
        choose(PROMISE, "linearizable");
        assertThat(undoItem().getText()).isEqualTo("Undo Set the promise of Profiles DB to linearizable");
        Replication chosen = replication();
        assertThat(chosen)
                .isEqualTo(new SingleLeader(
                        Mode.ASYNCHRONOUS,
                        ReadFrom.FOLLOWERS,
                        Failover.AUTOMATIC,
                        SingleLeader.DEFAULT_FAILOVER_TIMEOUT,
                        true));

        assertThat(warnings()).contains("Asynchronous followers with follower reads can return stale data.");
        GuiTests.reveal(this, APPLY);
        snapshot("replication-warning.png");
        lookAt("dark", true);
        snapshot("replication-warning-dark-presenter.png");
        lookAt("light", false);
        GuiTests.reveal(this, APPLY);

        // the Apply button is reachable and pressed with the keyboard
        push(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> lookup(WARNING).tryQuery().isEmpty());
        assertThat(replication())
                .isEqualTo(new SingleLeader(
                        Mode.SYNCHRONOUS,
                        ReadFrom.LEADER,
                        Failover.MANUAL,
                        SingleLeader.DEFAULT_FAILOVER_TIMEOUT,
                        true));
        assertThat(undoItem().getText())
                .isEqualTo("Undo Set replication of Profiles DB to single-leader, synchronous, reads from the"
                        + " leader, manual failover, fencing on");
        snapshot("replication-applied.png");

        push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(replication()).isEqualTo(chosen);
        GuiTests.node(this, WARNING);
        assertThat(warnings()).contains("Asynchronous followers with follower reads can return stale data.");
    }

    @Test
    void aWLargerThanTheReplicaCountIsExplainedAndNotApplied() throws Exception {
        assertThat(((TextField) GuiTests.node(this, W)).getText()).isEqualTo("1");

        GuiTests.replaceText(this, W, "4");
        push(KeyCode.ENTER);

        assertThat(((Label) GuiTests.node(this, "#" + PropertyIds.error(PropertyIds.replication("w")))).getText())
                .isEqualTo("W must be a whole number from 1 to 3 (the replica count), not 4.");
        assertThat(((Replication.Leaderless) replication()).w()).isEqualTo(1);
        snapshot("replication-invalid-w.png");
        push(KeyCode.ESCAPE);
        assertThat(((TextField) GuiTests.node(this, W)).getText()).isEqualTo("1");

        GuiTests.replaceText(this, W, "2");
        push(KeyCode.ENTER);
        assertThat(((Replication.Leaderless) replication()).w()).isEqualTo(2);
        assertThat(undoItem().getText()).isEqualTo("Undo Set W of Profiles DB to 2");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void lookAt(String theme, boolean presenter) throws Exception {
        onFx(() -> {
            app.viewModel().themeProperty().set(Theme.valueOf(theme.toUpperCase(java.util.Locale.ROOT)));
            app.viewModel().presenterModeProperty().set(presenter);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the choice box {@code query} and clicks the entry {@code text}. */
    private void choose(String query, String text) throws Exception {
        clickOn(GuiTests.reveal(this, query));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> cell(text).tryQuery().isPresent());
        clickOn(cell(text).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private org.testfx.service.query.NodeQuery cell(String text) {
        return lookup(".list-cell").match((ListCell<?> c) -> text.equals(c.getText()) && c.isVisible());
    }

    private String warnings() throws TimeoutException {
        return lookup(".inspector-warning-text").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private Replication replication() {
        WaitForAsyncUtils.waitForFxEvents();
        return session()
                .current()
                .orElseThrow()
                .requireComponent("db")
                .patterns()
                .replication();
    }

    private MenuItem undoItem() {
        WaitForAsyncUtils.waitForFxEvents();
        return app.window().menuBar().getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && i.getText().startsWith("Undo"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Undo menu item"));
    }

    private DesignSession session() {
        return app.viewModel().session();
    }
}
