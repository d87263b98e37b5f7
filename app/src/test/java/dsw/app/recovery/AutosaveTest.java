package dsw.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.session.DesignSession;
import dsw.app.settings.Settings;
import dsw.app.settings.SettingsStore;
import dsw.app.shell.ExampleCatalog;
import dsw.app.shell.FakeDialogs;
import dsw.app.shell.FakeFileDialogs;
import dsw.app.shell.MainViewModel;
import dsw.app.shell.UnsavedChoice;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.app.task.ManualScheduler;
import dsw.app.task.ManualTaskExecutor;
import dsw.app.task.TaskExecutor;
import dsw.model.Design;
import dsw.model.edit.Edits;
import dsw.model.file.DesignFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved work is on disk within seconds, and only while it is unsaved. */
class AutosaveTest {
    @TempDir
    Path dir;

    private final DesignSession session = new DesignSession();
    private final ManualScheduler clock = new ManualScheduler();
    private final List<String> log = new ArrayList<>();
    private RecoveryStore store;
    private Autosave autosave;
    private Path original;

    @BeforeEach
    void start() throws Exception {
        store = RecoveryStore.open(dir.resolve("recovery"));
        original = dir.resolve("small.dsw.json");
        DesignFiles.write(TestDesigns.small(), original);
    }

    @AfterEach
    void stop() {
        if (autosave != null) {
            autosave.close();
        }
        store.close();
    }

    private Autosave autosave(TaskExecutor executor) {
        autosave = new Autosave(session, store, executor, clock, log::add);
        return autosave;
    }

    @Test
    void anEditIsOnDiskTwoSecondsLaterWithItsOriginalFile() throws Exception {
        autosave(new ImmediateTaskExecutor());
        session.open(TestDesigns.small(), original);
        rename("Edited");

        clock.advance(Duration.ofMillis(1_900));
        assertThat(store.designFile()).doesNotExist();
        clock.advance(Duration.ofMillis(100));

        assertThat(onDisk()).isEqualTo(session.current().orElseThrow());
        assertThat(info()).contains(original.toString()).contains("\"designName\" : \"Edited\"");
        assertThat(log).isEmpty();
    }

    @Test
    void continuousEditingIsOnDiskAtLeastEveryFiveSeconds() throws Exception {
        autosave(new ImmediateTaskExecutor());
        session.open(TestDesigns.small(), original);

        List<String> writtenAt = new ArrayList<>();
        String lastSeen = null;
        for (int second = 1; second <= 12; second++) {
            rename("Edit " + second); // one edit a second: never a quiet pause of two seconds
            clock.advance(Duration.ofSeconds(1));
            if (Files.exists(store.designFile())) {
                String name = onDisk().name();
                if (!name.equals(lastSeen)) {
                    writtenAt.add(second + ": " + name);
                    lastSeen = name;
                }
            }
        }

        assertThat(writtenAt).containsExactly("5: Edit 5", "10: Edit 10");
    }

    @Test
    void nothingIsWrittenWhileNothingIsUnsaved() {
        autosave(new ImmediateTaskExecutor());
        session.open(TestDesigns.small(), original);
        clock.advance(Duration.ofSeconds(30));
        session.close();
        clock.advance(Duration.ofSeconds(30));

        assertThat(filesIn(store.directory())).containsOnly(lockFile());
        assertThat(clock.pending()).isZero();
    }

    @Test
    void undoingBackToTheSavedStateDeletesTheRecoveryFile() {
        autosave(new ImmediateTaskExecutor());
        session.open(TestDesigns.small(), original);
        rename("Edited");
        clock.advance(Autosave.QUIET);
        assertThat(store.designFile()).exists();

        session.undo();

        assertThat(filesIn(store.directory())).containsOnly(lockFile());
        session.redo();
        clock.advance(Autosave.QUIET);
        assertThat(store.designFile()).as("redo makes it unsaved again").exists();
    }

    @Test
    void savingAndClosingDeleteTheRecoveryFile() throws Exception {
        autosave(new ImmediateTaskExecutor());
        FakeDialogs dialogs = new FakeDialogs();
        MainViewModel main = new MainViewModel(
                session,
                new SettingsStore(dir.resolve("settings")),
                Settings.DEFAULTS,
                new ImmediateTaskExecutor(),
                dialogs,
                new FakeFileDialogs(),
                ExampleCatalog.bundled(),
                () -> {});
        main.openFile(original);
        rename("Saved");
        clock.advance(Autosave.QUIET);
        assertThat(store.designFile()).exists();

        main.save();
        assertThat(store.designFile()).doesNotExist();
        assertThat(DesignFiles.read(original).design().name()).isEqualTo("Saved");

        rename("Dropped");
        clock.advance(Autosave.QUIET);
        assertThat(store.designFile()).exists();
        dialogs.answers.add(UnsavedChoice.DONT_SAVE);
        main.close();
        assertThat(filesIn(store.directory())).containsOnly(lockFile());
    }

    @Test
    void quittingNormallyLeavesNothingBehind() {
        autosave(new ImmediateTaskExecutor());
        session.open(TestDesigns.small(), null);
        rename("Never saved");
        clock.advance(Autosave.LONGEST);
        assertThat(store.designFile()).exists();

        autosave.close();
        rename("After quitting");
        clock.advance(Autosave.LONGEST);

        assertThat(filesIn(store.directory())).isEmpty();
    }

    @Test
    void writesRunOneAtATimeAndTheNewestStateWins() throws Exception {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        autosave(executor);
        session.open(TestDesigns.small(), original);
        rename("First");
        clock.advance(Autosave.QUIET);
        rename("Second");
        clock.advance(Autosave.QUIET);
        rename("Third");
        clock.advance(Autosave.QUIET);
        assertThat(executor.pending()).as("one write at a time").isEqualTo(1);

        executor.runAll();

        assertThat(onDisk().name()).isEqualTo("Third");
    }

    @Test
    void aDesignSavedWhileItsWriteRunsEndsWithNoRecoveryFile() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        autosave(executor);
        session.open(TestDesigns.small(), original);
        rename("Edited");
        clock.advance(Autosave.QUIET);
        session.saved(original, session.revision());

        executor.runAll();

        assertThat(filesIn(store.directory())).containsOnly(lockFile());
    }

    @Test
    void aFailedWriteIsLoggedOnceAndAutosaveRecoversWhenTheFolderDoes() throws Exception {
        autosave(new ImmediateTaskExecutor());
        session.open(TestDesigns.small(), original);
        Path recovery = store.directory();
        Path moved = dir.resolve("moved-away");
        Files.move(recovery, moved);
        Files.writeString(recovery, "a file where the folder was");

        for (int i = 0; i < 3; i++) {
            rename("Failing " + i);
            clock.advance(Autosave.QUIET);
        }
        assertThat(log).singleElement().asString().startsWith("dsw: could not autosave in " + recovery);
        assertThat(autosave.problemProperty().get()).isNotEmpty();

        Files.delete(recovery);
        Files.move(moved, recovery);
        rename("Working");
        clock.advance(Autosave.QUIET);

        assertThat(onDisk().name()).isEqualTo("Working");
        assertThat(log).last().isEqualTo("dsw: autosave works again");
        assertThat(autosave.problemProperty().get()).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void rename(String name) {
        session.execute(Edits.renameDesign(session.current().orElseThrow(), name));
    }

    private Design onDisk() throws Exception {
        return DesignFiles.read(store.designFile()).design();
    }

    private String info() throws Exception {
        return Files.readString(Folders.infoOf(store));
    }

    private Path lockFile() {
        return Folders.lockOf(store);
    }

    private static List<Path> filesIn(Path folder) {
        return Folders.filesIn(folder);
    }
}
