package dsw.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.session.DesignSession;
import dsw.app.settings.Settings;
import dsw.app.settings.SettingsStore;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.app.task.ManualTaskExecutor;
import dsw.app.task.TaskExecutor;
import dsw.model.edit.Edits;
import dsw.model.file.DesignFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving never loses or overwrites work the user did not mean to: the cases around Save. */
class MainViewModelSavingTest {
    @TempDir
    Path dir;

    private final DesignSession session = new DesignSession();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeFileDialogs files = new FakeFileDialogs();

    private MainViewModel main(TaskExecutor executor) {
        return new MainViewModel(
                session,
                new SettingsStore(dir.resolve("settings")),
                Settings.DEFAULTS,
                executor,
                dialogs,
                files,
                ExampleCatalog.bundled(),
                () -> {});
    }

    @Test
    void saveAsAsksBeforeReplacingTheFileTheAddedExtensionNames() throws Exception {
        MainViewModel main = main(new ImmediateTaskExecutor());
        Path existing = dir.resolve("plan.dsw.json");
        Files.writeString(existing, "precious");
        main.newDesign();

        files.answerSave(dir.resolve("plan"));
        dialogs.confirmations.add(false);
        main.saveAs();

        assertThat(dialogs.confirmQuestions).singleElement().asString().contains("plan.dsw.json already exists");
        assertThat(Files.readString(existing)).isEqualTo("precious");
        assertThat(session.fileProperty().get()).isNull();

        files.answerSave(dir.resolve("plan"));
        dialogs.confirmations.add(true);
        main.saveAs();

        assertThat(DesignFiles.read(existing).design().name()).isEqualTo(MainViewModel.NEW_DESIGN_NAME);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void savesRunOneAtATimeSoTheNewestVersionEndsOnDisk() throws Exception {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        MainViewModel main = main(executor);
        Path file = dir.resolve("small.dsw.json");
        DesignFiles.write(TestDesigns.small(), file);
        session.open(TestDesigns.small(), file);

        session.execute(Edits.renameDesign(session.current().orElseThrow(), "First"));
        main.save();
        session.execute(Edits.renameDesign(session.current().orElseThrow(), "Second"));
        main.save();

        assertThat(executor.pending()).as("the second save waits for the first").isEqualTo(1);
        assertThat(main.busyProperty().get()).isTrue();
        executor.runAll();

        assertThat(DesignFiles.read(file).design().name()).isEqualTo("Second");
        assertThat(session.isDirty()).isFalse();
        assertThat(main.busyProperty().get()).isFalse();
    }

    @Test
    void theFirstSaveAsksBeforeDroppingFieldsThisDswDoesNotKnow() throws Exception {
        MainViewModel main = main(new ImmediateTaskExecutor());
        Path file = dir.resolve("small.dsw.json");
        DesignFiles.write(TestDesigns.small(), file);
        String withAuthor = Files.readString(file).replaceFirst("\\{", "{\n  \"author\": \"Ada\",");
        Files.writeString(file, withAuthor);
        main.openFile(file);
        assertThat(dialogs.warnings).singleElement().asString().contains("author");
        session.execute(Edits.renameDesign(session.current().orElseThrow(), "Renamed"));

        dialogs.confirmations.add(false);
        main.save();
        assertThat(Files.readString(file)).isEqualTo(withAuthor);
        assertThat(session.isDirty()).isTrue();

        dialogs.confirmations.add(true);
        main.save();
        assertThat(Files.readString(file)).doesNotContain("author").contains("Renamed");

        session.execute(Edits.renameDesign(session.current().orElseThrow(), "Again"));
        main.save(); // no third question: the fields are gone
        assertThat(dialogs.confirmQuestions).hasSize(2);
    }

    @Test
    void textTypedButNotYetCommittedIsSavedToo() throws Exception {
        MainViewModel main = main(new ImmediateTaskExecutor());
        Path file = dir.resolve("small.dsw.json");
        DesignFiles.write(TestDesigns.small(), file);
        main.openFile(file);
        session.addPendingEdit(() -> {
            session.execute(Edits.renameDesign(session.current().orElseThrow(), "Typed"));
            return true;
        });

        main.save();

        assertThat(DesignFiles.read(file).design().name()).isEqualTo("Typed");
    }

    @Test
    void aRefusedPendingEditStopsTheSave() throws Exception {
        MainViewModel main = main(new ImmediateTaskExecutor());
        Path file = dir.resolve("small.dsw.json");
        DesignFiles.write(TestDesigns.small(), file);
        main.openFile(file);
        session.execute(Edits.renameDesign(session.current().orElseThrow(), "Changed"));
        session.addPendingEdit(() -> false);

        main.save();
        main.quit();

        assertThat(DesignFiles.read(file).design().name())
                .isEqualTo(TestDesigns.small().name());
        assertThat(dialogs.asked)
                .as("no unsaved-changes question while a field is refused")
                .isEmpty();
    }

    @Test
    void theWaitCursorEndsWhenAnOlderLoadFinishesLate() throws Exception {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        MainViewModel main = main(executor);
        Path first = dir.resolve("first.dsw.json");
        Path second = dir.resolve("second.dsw.json");
        DesignFiles.write(TestDesigns.small().withName("First"), first);
        DesignFiles.write(TestDesigns.small().withName("Second"), second);

        main.openFile(first);
        main.openFile(second);
        executor.runAll();

        assertThat(session.current().orElseThrow().name()).isEqualTo("Second");
        assertThat(main.busyProperty().get()).isFalse();
    }
}
