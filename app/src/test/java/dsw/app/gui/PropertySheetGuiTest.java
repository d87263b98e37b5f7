package dsw.app.gui;

import static dsw.app.gui.GuiTests.onFx;
import static dsw.app.gui.GuiTests.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.TestDesigns;
import dsw.app.inspector.PropertyIds;
import dsw.app.session.DesignSession;
import dsw.app.shell.FakeFileDialogs;
import dsw.model.Design;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
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
 * Drives the inspector's property sheet in the real window, headless: a selection made through the
 * session's selection model, text typed into the editors, Enter, Escape and the Edit menu.
 */
class PropertySheetGuiTest extends FxRobot {
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
            session().open(TestDesigns.example("three-tier-web.dsw.json"), null);
            return null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        GuiTests.stopApp(app);
    }

    @Test
    void anInvalidValueIsExplainedAndNeverReachesTheDesign() throws Exception {
        select("web");
        String concurrency = "#" + PropertyIds.property("concurrency");
        String error = "#" + PropertyIds.error(PropertyIds.property("concurrency"));
        assertThat(errorLabel(error).isVisible()).isFalse();

        GuiTests.replaceText(this, concurrency, "0");
        assertThat(errorLabel(error).isVisible()).as("checked as typed").isTrue();
        push(KeyCode.ENTER);

        assertThat(errorLabel(error).isVisible()).isTrue();
        assertThat(errorLabel(error).getText()).isEqualTo("Concurrency limit must be at least 1, got 0.");
        assertThat(GuiTests.node(this, concurrency).getPseudoClassStates().toString())
                .contains("danger");
        assertThat(design().requireComponent("web").longProperty("concurrency")).isEqualTo(64);
        assertThat(undoItem().getText()).isEqualTo("Undo");
        snapshot("invalid-value.png");

        push(KeyCode.ESCAPE);
        assertThat(field(concurrency).getText()).isEqualTo("64");
        assertThat(errorLabel(error).isVisible()).isFalse();
    }

    @Test
    void aValidValueAndEnterMakeOneEditThatUndoNames() throws Exception {
        select("web");
        String concurrency = "#" + PropertyIds.property("concurrency");
        GuiTests.replaceText(this, concurrency, "16");
        push(KeyCode.ENTER);

        assertThat(design().requireComponent("web").longProperty("concurrency")).isEqualTo(16);
        assertThat(undoItem().getText()).isEqualTo("Undo Set concurrency limit of Web tier to 16 requests");
        assertThat(field(concurrency).isFocused())
                .as("Enter hands the keyboard back")
                .isFalse();

        push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(design().requireComponent("web").longProperty("concurrency")).isEqualTo(64);
        assertThat(field(concurrency).getText()).isEqualTo("64");
    }

    @Test
    void aLinksLatencyIsTypedAsADistribution() throws Exception {
        select("web-app");
        GuiTests.replaceText(this, "#" + PropertyIds.LINK_LATENCY, "uniform 2ms..8ms");
        push(KeyCode.ENTER);

        assertThat(design().link("web-app").orElseThrow().network().latency())
                .isEqualTo(new Distribution.Uniform(2 * Micros.PER_MILLISECOND, 8 * Micros.PER_MILLISECOND));
        assertThat(undoItem().getText())
                .isEqualTo("Undo Set latency of Web tier → Application tier to uniform 2ms..8ms");
        assertThat(((Label) GuiTests.node(this, "#" + PropertyIds.hint(PropertyIds.LINK_LATENCY))).getText())
                .isEqualTo("Average 5ms");
        snapshot("link.png");
    }

    @Test
    void leavingAFieldCommitsIt() throws Exception {
        select("web-app");
        GuiTests.replaceText(this, "#" + PropertyIds.LINK_LOSS, "2");
        clickOn(GuiTests.reveal(this, "#" + PropertyIds.LINK_BANDWIDTH));

        assertThat(design().link("web-app").orElseThrow().network().loss()).isEqualTo(0.02);
        assertThat(field("#" + PropertyIds.LINK_LOSS).getText()).isEqualTo("2%");
    }

    @Test
    void theKindIsChosenFromAList() throws Exception {
        select("web");
        clickOn(GuiTests.reveal(this, "#" + PropertyIds.COMPONENT_KIND));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> databaseCell().tryQuery().isPresent());
        clickOn(databaseCell().queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(design().requireComponent("web").kind().id()).isEqualTo("database");
        assertThat(undoItem().getText()).isEqualTo("Undo Make Web tier a database");
        assertThat(GuiTests.node(this, "#" + PropertyIds.property("readTime"))).isNotNull();
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = (ComboBox<String>) GuiTests.node(this, "#" + PropertyIds.COMPONENT_KIND);
        assertThat(kind.getValue()).isEqualTo("Database");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private org.testfx.service.query.NodeQuery databaseCell() {
        return lookup(".list-cell").match((ListCell<?> cell) -> "Database".equals(cell.getText()));
    }

    /** Selects as the canvas does, and waits until the inspector shows it. */
    private void select(String id) throws Exception {
        onFx(() -> {
            session().selection().select(id);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextField field(String query) throws TimeoutException {
        return (TextField) GuiTests.node(this, query);
    }

    private Label errorLabel(String query) throws TimeoutException {
        return (Label) GuiTests.node(this, query);
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

    private Design design() {
        WaitForAsyncUtils.waitForFxEvents();
        return session().current().orElseThrow();
    }
}
