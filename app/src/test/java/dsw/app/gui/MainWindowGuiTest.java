package dsw.app.gui;

import static dsw.app.gui.GuiTests.closeDialogs;
import static dsw.app.gui.GuiTests.onFx;
import static dsw.app.gui.GuiTests.snapshot;
import static dsw.app.gui.GuiTests.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.inspector.InspectorView;
import dsw.app.settings.SettingsStore;
import dsw.app.shell.AppServices;
import dsw.app.shell.FakeFileDialogs;
import dsw.app.shell.StatusBarView;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.app.theme.Theme;
import dsw.app.theme.ThemeManager;
import dsw.model.file.DesignFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real {@link DswApplication} headless (Monocle) and drives it as a user would: menus,
 * keyboard shortcuts, the canvas, the inspector and the real dialogs. Only the native file chooser
 * is replaced (it cannot be driven headless), and work runs on the FX thread so nothing needs
 * waiting for.
 */
class MainWindowGuiTest extends FxRobot {
    @TempDir
    Path dir;

    private final FakeFileDialogs files = new FakeFileDialogs();
    private final AtomicInteger exits = new AtomicInteger();
    private SettingsStore settings;
    private DswApplication app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        settings = new SettingsStore(dir.resolve("settings"));
        AppServices services =
                new AppServices(settings, ImmediateTaskExecutor::new, owner -> files, false, exits::incrementAndGet);
        app = (DswApplication) FxToolkit.setupApplication(() -> new DswApplication(services));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        closeDialogs();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void opensAnExampleThroughTheMenu() {
        assertThat(title()).isEqualTo("dsw");
        openExample("Three-tier web application");
        assertThat(title()).isEqualTo("Three-tier web application - dsw");
        assertThat(text("#" + StatusBarView.COUNTS_ID)).startsWith("7 components");
        assertThat(text("#" + StatusBarView.FILE_ID)).isEqualTo("not saved yet");
    }

    @Test
    void opensAFileChosenInTheOpenDialog() throws Exception {
        Path file = copyExample("mobile-backend.dsw.json");
        files.answerOpen(file);
        push(KeyCode.SHORTCUT, KeyCode.O);
        assertThat(title()).isEqualTo("Mobile app and backend (mobile-backend.dsw.json) - dsw");
        assertThat(text("#" + StatusBarView.COUNTS_ID)).isEqualTo("4 components · 3 links · 1 group");
        assertThat(settings.load().recentFiles()).containsExactly(file);
        assertThat(menuItemStartingWith("1  mobile-backend.dsw.json  —  ")).isTrue();
    }

    @Test
    void closingWithUnsavedChangesAsksFirst() {
        openExample("Three-tier web application");
        renameDesign("Workshop design");
        assertThat(title()).isEqualTo("*Workshop design - dsw");
        assertThat(lookup("#" + StatusBarView.DIRTY_ID).queryAs(Label.class).isVisible())
                .isTrue();

        clickMenu("File", "Close");
        assertThat(dialogHeader()).isEqualTo("Save the changes to \"Workshop design\"?");
        clickOn(dialogButton("Cancel"));
        assertThat(title()).isEqualTo("*Workshop design - dsw");

        push(KeyCode.SHORTCUT, KeyCode.W);
        clickOn(dialogButton("Don't Save"));
        assertThat(title()).isEqualTo("dsw");
        assertThat(lookup("New design").tryQuery()).isPresent();
    }

    @Test
    void newAsksAboutUnsavedChangesToo() throws Exception {
        openExample("Sharded monolith");
        renameDesign("Sharded and changed");
        Path target = dir.resolve("saved.dsw.json");
        files.answerSave(target);
        push(KeyCode.SHORTCUT, KeyCode.N);
        clickOn(dialogButton("Save"));
        assertThat(DesignFiles.read(target).design().name()).isEqualTo("Sharded and changed");
        assertThat(title()).isEqualTo("Untitled design - dsw");
        assertThat(text("#" + StatusBarView.COUNTS_ID)).isEqualTo("0 components · 0 links · 0 groups");
    }

    @Test
    void undoAndRedoSayWhatTheyDo() {
        openExample("Three-tier web application");
        assertThat(menuItem("Undo").isDisable()).isTrue();
        assertThat(menuItem("Redo").isDisable()).isTrue();
        renameDesign("Renamed");
        assertThat(menuItem("Undo Rename design to Renamed").isDisable()).isFalse();

        clickMenu("Edit", "Undo Rename design to Renamed");
        assertThat(title()).isEqualTo("Three-tier web application - dsw");
        assertThat(menuItem("Undo").isDisable()).isTrue();
        assertThat(menuItem("Redo Rename design to Renamed").isDisable()).isFalse();

        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        assertThat(title()).isEqualTo("*Renamed - dsw");
        push(KeyCode.SHORTCUT, KeyCode.Z);
        push(KeyCode.SHORTCUT, KeyCode.Y);
        assertThat(title()).isEqualTo("*Renamed - dsw");
    }

    @Test
    void theThemeSwitchIsRememberedInTheSettingsFile() throws Exception {
        clickMenu("View", "Theme", "Dark");
        assertThat(settings.load().theme()).isEqualTo(Theme.DARK);
        assertThat(Files.readString(settings.file())).contains("\"theme\" : \"dark\"");
        assertThat(onFx(() -> stage().getScene().getRoot().getStyleClass().contains(ThemeManager.DARK_STYLE_CLASS)))
                .isTrue();
        clickMenu("View", "Theme", "Light");
        assertThat(settings.load().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aBadFileShowsTheProblemsAndKeepsTheOpenDesign() throws Exception {
        openExample("Three-tier web application");
        Path bad = dir.resolve("broken.dsw.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"name\": \"Broken\",\n  \"components\": [\n");
        files.answerOpen(bad);
        clickMenu("File", "Open…");
        assertThat(dialogHeader()).contains("could not open broken.dsw.json");
        String details = lookup("#dialog-details").queryAs(TextArea.class).getText();
        assertThat(details)
                .contains("broken.dsw.json:")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        clickOn(dialogButton("OK"));
        assertThat(title()).isEqualTo("Three-tier web application - dsw");
    }

    @Test
    void clickingAComponentShowsItInTheInspector() throws Exception {
        openExample("Three-tier web application");
        clickOn(onCanvas("db-primary"));
        assertThat(text("#" + InspectorView.TITLE_ID)).isEqualTo("Primary database");
        assertThat(lookup("Database").tryQuery()).isPresent();
        assertThat(lookup("db-primary").tryQuery()).isPresent();
        snapshot("selected-component.png");
        push(KeyCode.ESCAPE);
        assertThat(lookup("#" + InspectorView.DESIGN_NAME_ID).tryQuery())
                .hasValueSatisfying(n -> assertThat(n.isVisible()).isTrue());
    }

    @Test
    void quitAsksAboutUnsavedChangesAndThenExits() {
        openExample("Mobile app and backend");
        renameDesign("Phones");
        push(KeyCode.SHORTCUT, KeyCode.Q);
        clickOn(dialogButton("Cancel"));
        assertThat(exits.get()).isZero();
        clickMenu("File", "Quit");
        clickOn(dialogButton("Don't Save"));
        assertThat(exits.get()).isEqualTo(1);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void openExample(String name) {
        clickMenu("File", "Open Example", name);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens a menu of the menu bar and clicks through its items, as a user does: the first text
     * names the menu, the others items in the menu's popups (never the welcome screen's buttons).
     */
    private void clickMenu(String... texts) {
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            boolean inMenuBar = i == 0;
            WaitForAsyncUtils.waitForFxEvents();
            if (inMenuBar) {
                clickOn(lookup(".menu-bar .menu")
                        .match((javafx.scene.control.MenuButton m) ->
                                text.equals(m.getText().replace("_", "")))
                        .queryAs(Node.class));
                continue;
            }
            Node node = popupText(text);
            // Into the first popup: down first (sideways would cross the other menus of the bar);
            // into a submenu: sideways first (down would cross the other items and close it).
            clickOn(node, i == 1 ? Motion.VERTICAL_FIRST : Motion.HORIZONTAL_FIRST);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The text node showing {@code text} in an open menu popup. A submenu opens on hover; if it has
     * not, the Right key opens it, as for a keyboard user.
     */
    private Node popupText(String text) {
        java.util.Optional<Node> found = findInPopups(text);
        if (found.isEmpty()) {
            push(KeyCode.RIGHT);
            try {
                WaitForAsyncUtils.waitFor(
                        5, TimeUnit.SECONDS, () -> findInPopups(text).isPresent());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("no open menu shows \"" + text + "\"", e);
            }
            found = findInPopups(text);
        }
        return found.orElseThrow();
    }

    private java.util.Optional<Node> findInPopups(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window w : Window.getWindows()) {
            if (w instanceof javafx.scene.control.ContextMenu && w.isShowing() && w.getScene() != null) {
                java.util.Optional<Node> found = from(w.getScene().getRoot())
                        .lookup((Node n) -> n instanceof javafx.scene.text.Text t && text.equals(t.getText()))
                        .tryQuery();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private void renameDesign(String name) {
        clickOn("#" + InspectorView.DESIGN_NAME_ID);
        push(KeyCode.SHORTCUT, KeyCode.A);
        write(name);
        push(KeyCode.ENTER);
    }

    private Point2D onCanvas(String componentId) throws Exception {
        return GuiTests.onCanvas(app, componentId);
    }

    private Button dialogButton(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane .button")
                .match((Button b) -> text.equals(b.getText()))
                .queryButton();
    }

    private String dialogHeader() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
    }

    private MenuItem menuItem(String text) {
        return app.window().menuBar().getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> text.equals(i.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    private boolean menuItemStartingWith(String prefix) {
        return app.window().menuBar().getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub
                        ? sub.getItems().stream()
                        : java.util.stream.Stream.of(i))
                .anyMatch(i -> i.getText() != null && i.getText().startsWith(prefix));
    }

    private String text(String query) {
        Node node = lookup(query).query();
        return ((javafx.scene.control.Labeled) node).getText();
    }

    private String title() {
        WaitForAsyncUtils.waitForFxEvents();
        return stage().getTitle();
    }

    private Path copyExample(String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dsw/app/examples/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
