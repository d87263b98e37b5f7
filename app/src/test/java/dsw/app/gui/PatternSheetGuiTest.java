package dsw.app.gui;

import static dsw.app.gui.GuiTests.onFx;
import static dsw.app.gui.GuiTests.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.TestDesigns;
import dsw.app.inspector.InspectorView;
import dsw.app.inspector.PropertyIds;
import dsw.app.session.DesignSession;
import dsw.app.shell.FakeFileDialogs;
import dsw.model.Design;
import dsw.model.pattern.PatternSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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
 * Switches a pattern on a link in the real window, headless, sets one of its settings, and walks
 * the edits back and forth with the keyboard's Undo and Redo.
 */
class PatternSheetGuiTest extends FxRobot {
    private static final String RETRY = "#" + PropertyIds.pattern("retry");
    private static final String MAX_ATTEMPTS = "#" + PropertyIds.patternSetting("retry", "maxAttempts");

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
    void retryIsSwitchedOnSetUndoneAndRedone() throws Exception {
        select("web-app");
        assertThat(retry()).isEmpty();
        assertThat(lookup(MAX_ATTEMPTS).tryQuery())
                .as("settings hidden while off")
                .isEmpty();

        clickOn(GuiTests.reveal(this, RETRY));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(retry()).contains(PatternSettings.defaults("retry"));
        assertThat(undoItem().getText()).isEqualTo("Undo Switch on Retry on Web tier → Application tier");
        assertThat(((CheckBox) GuiTests.node(this, RETRY)).isSelected()).isTrue();

        GuiTests.replaceText(this, MAX_ATTEMPTS, "0");
        push(KeyCode.ENTER);
        assertThat(((Label) GuiTests.node(
                                this, "#" + PropertyIds.error(PropertyIds.patternSetting("retry", "maxAttempts"))))
                        .getText())
                .as("a refused value is explained under the field")
                .contains("at least 1");
        assertThat(retry().orElseThrow().integer("maxAttempts")).isEqualTo(3);
        push(KeyCode.ESCAPE);
        assertThat(field(MAX_ATTEMPTS).getText()).isEqualTo("3");

        GuiTests.replaceText(this, MAX_ATTEMPTS, "5");
        push(KeyCode.ENTER);
        assertThat(retry().orElseThrow().integer("maxAttempts")).isEqualTo(5);
        assertThat(undoItem().getText())
                .isEqualTo("Undo Set Retry max attempts to 5 attempts on Web tier → Application tier");
        snapshot("pattern-retry.png");

        push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(retry().orElseThrow().integer("maxAttempts")).isEqualTo(3);
        assertThat(field(MAX_ATTEMPTS).getText()).isEqualTo("3");

        push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(retry()).isEmpty();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> lookup(MAX_ATTEMPTS).tryQuery().isEmpty());
        assertThat(((CheckBox) GuiTests.node(this, RETRY)).isSelected()).isFalse();

        push(KeyCode.SHORTCUT, KeyCode.Y);
        assertThat(retry()).contains(PatternSettings.defaults("retry"));
        push(KeyCode.SHORTCUT, KeyCode.Y);
        assertThat(retry().orElseThrow().integer("maxAttempts")).isEqualTo(5);
        assertThat(field(MAX_ATTEMPTS).getText()).isEqualTo("5");
    }

    @Test
    void aSwitchedOnPatternsSettingsSitIndentedUnderItsCheckBoxAndOnlyThose() throws Exception {
        select("web-app");
        clickOn(GuiTests.reveal(this, RETRY));
        WaitForAsyncUtils.waitForFxEvents();

        Node box = GuiTests.node(this, RETRY);
        Node setting = GuiTests.node(this, MAX_ATTEMPTS);
        Node group = GuiTests.node(this, "#" + PropertyIds.group(PropertyIds.pattern("retry")));
        assertThat(group.getStyleClass()).contains(InspectorView.GROUP_STYLE_CLASS);
        assertThat(ancestors(setting))
                .as("the setting is inside its pattern's group")
                .contains(group);
        assertThat(ancestors(box)).as("the switch itself is not").doesNotContain(group);
        double boxLeft = onFx(() -> box.localToScene(box.getLayoutBounds()).getMinX());
        double settingLeft =
                onFx(() -> setting.localToScene(setting.getLayoutBounds()).getMinX());
        double settingTop =
                onFx(() -> setting.localToScene(setting.getLayoutBounds()).getMinY());
        double boxBottom = onFx(() -> box.localToScene(box.getLayoutBounds()).getMaxY());
        assertThat(settingLeft - boxLeft).as("indented under the check box").isGreaterThanOrEqualTo(12);
        assertThat(settingTop).as("below the check box").isGreaterThan(boxBottom);
        // another pattern that is off has no group
        assertThat(lookup("#" + PropertyIds.group(PropertyIds.pattern("timeout")))
                        .tryQuery())
                .isEmpty();
        GuiTests.reveal(this, MAX_ATTEMPTS);
        snapshot("pattern-retry-grouped.png");
    }

    @Test
    void aComponentShowsOnlyThePatternsOfItsBehaviour() throws Exception {
        select("web");
        assertThat(GuiTests.node(this, "#" + PropertyIds.pattern("rateLimiter")))
                .isNotNull();
        assertThat(lookup(RETRY).tryQuery())
                .as("retry sits on links, not components")
                .isEmpty();
        clickOn(GuiTests.reveal(this, "#" + PropertyIds.pattern("rateLimiter")));
        assertThat(design().requireComponent("web").patterns().find("rateLimiter"))
                .isPresent();
        assertThat(undoItem().getText()).isEqualTo("Undo Switch on Rate limiter on Web tier");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static List<Node> ancestors(Node node) {
        List<Node> out = new ArrayList<>();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            out.add(n);
        }
        return out;
    }

    private Optional<PatternSettings> retry() {
        return design().link("web-app").orElseThrow().patterns().find("retry");
    }

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
