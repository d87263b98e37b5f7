package dsw.app.gui;

import static dsw.app.gui.GuiTests.closeDialogs;
import static dsw.app.gui.GuiTests.onFx;
import static dsw.app.gui.GuiTests.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.recovery.Autosave;
import dsw.app.session.DesignSession;
import dsw.app.settings.SettingsStore;
import dsw.app.shell.AppServices;
import dsw.app.shell.FakeFileDialogs;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.app.task.ManualScheduler;
import dsw.model.Design;
import dsw.model.edit.Edits;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Crash recovery in the real app, headless: one dsw autosaves edits and "crashes" (it never shuts
 * down; its lock goes as a killed process's would), a second dsw starts on the same settings folder,
 * asks whether to restore the work, and on Restore shows it exactly as it was, unsaved. The autosave
 * timer is a manual clock, and work runs on the FX thread, so nothing needs waiting for.
 */
class CrashRecoveryGuiTest extends FxRobot {
    @TempDir
    Path dir;

    // Starts now: the dialog words the autosave time against the real date ("today at ...").
    private final ManualScheduler clock = new ManualScheduler(java.time.Instant.now());
    private DswApplication crashed;
    private DswApplication restarted;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        closeDialogs();
        for (DswApplication app : new DswApplication[] {restarted, crashed}) {
            if (app != null) {
                FxToolkit.cleanupApplication(app);
            }
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theNextStartAfterACrashOffersTheUnsavedWorkBack() throws Exception {
        Path file = copyExample("mobile-backend.dsw.json");
        crashed = start();
        assertThat(dialogShowing()).as("nothing to restore at the first start").isFalse();
        onFx(() -> {
            crashed.viewModel().openFile(file);
            DesignSession session = crashed.viewModel().session();
            session.execute(Edits.renameDesign(session.current().orElseThrow(), "Phones, edited"));
            session.execute(Edits.renameComponent(session.current().orElseThrow(), "db", "Main database"));
            clock.advance(Autosave.QUIET);
            return null;
        });
        Design edited = onFx(() -> crashed.viewModel().session().current().orElseThrow());
        assertThat(crashed.recoveryStore().designFile()).exists();

        onFx(() -> {
            crashed.recoveryStore().abandon(); // killed: no stop(), no cleanup, the lock is gone
            return null;
        });
        restarted = start();

        assertThat(dialogHeader()).endsWith("Restore your unsaved changes to \"Phones, edited\"?");
        assertThat(dialogContent()).contains("autosaved today at ").contains(file.toString());
        clickOn(dialogButton("Restore"));
        WaitForAsyncUtils.waitForFxEvents();

        DesignSession session = restarted.viewModel().session();
        assertThat(onFx(() -> session.current().orElseThrow())).isEqualTo(edited);
        assertThat(onFx(session::isDirty)).isTrue();
        assertThat(onFx(() -> session.fileProperty().get())).isEqualTo(file);
        assertThat(stage().getTitle()).isEqualTo("*Phones, edited (mobile-backend.dsw.json) - dsw");
        assertThat(restarted.recoveryStore().designFile())
                .as("the restored work is autosaved by the new instance")
                .exists();
        assertThat(crashed.recoveryStore().designFile()).doesNotExist();
    }

    private DswApplication start() throws Exception {
        AppServices services = new AppServices(
                new SettingsStore(dir.resolve("settings")),
                ImmediateTaskExecutor::new,
                owner -> new FakeFileDialogs(),
                false,
                () -> {},
                () -> clock);
        DswApplication app = (DswApplication) FxToolkit.setupApplication(() -> new DswApplication(services));
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    private boolean dialogShowing() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane").tryQuery().isPresent();
    }

    private String dialogHeader() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
    }

    private String dialogContent() {
        return lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
    }

    private Button dialogButton(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane .button")
                .match((Button b) -> text.equals(b.getText()))
                .queryButton();
    }

    private Path copyExample(String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dsw/app/examples/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
