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
import dsw.app.shell.RecoveryChoice;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.app.task.ManualScheduler;
import dsw.model.Design;
import dsw.model.edit.Edits;
import dsw.model.file.DesignFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a crash, the next start offers the unsaved work back, and loses nothing whatever the answer. */
class CrashRecoveryTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private final ManualScheduler clock = new ManualScheduler(Instant.parse("2026-11-21T13:30:00Z"));
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> log = new ArrayList<>();
    private final List<Autosave> running = new ArrayList<>();

    /** One running dsw: its session, recovery folder and autosave. */
    private final class Instance {
        final DesignSession session = new DesignSession();
        final RecoveryStore store;
        final Autosave autosave;

        Instance() throws Exception {
            store = RecoveryStore.open(dir.resolve("recovery"));
            autosave = new Autosave(session, store, new ImmediateTaskExecutor(), clock, log::add);
            running.add(autosave);
        }

        /** Starts like the app: offers what crashed instances left; true when work was restored. */
        boolean offer() {
            AtomicReference<Boolean> restored = new AtomicReference<>();
            new CrashRecovery(
                            session,
                            store,
                            autosave,
                            new ImmediateTaskExecutor(),
                            dialogs,
                            Clock.fixed(clock.now(), ZONE),
                            log::add)
                    .offer(restored::set);
            assertThat(restored.get()).as("done was called").isNotNull();
            return restored.get();
        }

        void rename(String name) {
            session.execute(Edits.renameDesign(session.current().orElseThrow(), name));
        }
    }

    @AfterEach
    void stop() {
        running.forEach(Autosave::close);
    }

    @Test
    void restoredWorkIsTheAutosavedDesignUnsavedWithItsOriginalFile() throws Exception {
        Path original = dir.resolve("small.dsw.json");
        DesignFiles.write(TestDesigns.small(), original);
        Instance crashed = new Instance();
        crashed.session.open(TestDesigns.small(), original);
        crashed.rename("Edited before the crash");
        clock.advance(Autosave.QUIET);
        Design edited = crashed.session.current().orElseThrow();
        crashed.store.abandon();

        Instance next = new Instance();
        dialogs.restoreAnswers.add(RecoveryChoice.RESTORE);
        assertThat(next.offer()).isTrue();

        assertThat(dialogs.restoreQuestions)
                .containsExactly("Edited before the crash | today at 14:30 | " + original.toAbsolutePath());
        assertThat(next.session.current()).contains(edited);
        assertThat(next.session.isDirty()).isTrue();
        assertThat(next.session.canUndoProperty().get()).isFalse();
        assertThat(next.session.fileProperty().get()).isEqualTo(original.toAbsolutePath());
        assertThat(Folders.filesIn(next.store.directory()))
                .as("the work is now the new instance's recovery file, and only that")
                .hasSize(3)
                .contains(next.store.designFile());
        assertThat(DesignFiles.read(next.store.designFile()).design()).isEqualTo(edited);

        MainViewModel main = new MainViewModel(
                next.session,
                new SettingsStore(dir.resolve("settings")),
                Settings.DEFAULTS,
                new ImmediateTaskExecutor(),
                dialogs,
                new FakeFileDialogs(),
                ExampleCatalog.bundled(),
                () -> {});
        main.save();
        assertThat(DesignFiles.read(original).design()).isEqualTo(edited);
        assertThat(next.session.isDirty()).isFalse();
        assertThat(next.store.designFile()).doesNotExist();
        assertThat(log).isEmpty();
    }

    @Test
    void workThatWasNeverSavedIsRestoredWithoutAFile() throws Exception {
        Instance crashed = new Instance();
        crashed.session.open(Design.empty(DesignSession.NEW_DESIGN_NAME), null);
        crashed.rename("Sketch");
        clock.advance(Autosave.LONGEST);
        crashed.store.abandon();

        Instance next = new Instance();
        dialogs.restoreAnswers.add(RecoveryChoice.RESTORE);
        next.offer();

        assertThat(dialogs.restoreQuestions).containsExactly("Sketch | today at 14:30 | null");
        assertThat(next.session.current().orElseThrow().name()).isEqualTo("Sketch");
        assertThat(next.session.fileProperty().get()).isNull();
    }

    @Test
    void discardDeletesTheWorkAndNothingIsOpened() throws Exception {
        crashWith("Unwanted");

        Instance next = new Instance();
        dialogs.restoreAnswers.add(RecoveryChoice.DISCARD);
        assertThat(next.offer()).isFalse();

        assertThat(next.session.isOpen()).isFalse();
        assertThat(Folders.filesIn(next.store.directory())).containsOnly(lockOf(next));
    }

    @Test
    void notNowKeepsTheWorkForTheNextStart() throws Exception {
        crashWith("Maybe later");

        Instance next = new Instance();
        dialogs.restoreAnswers.add(RecoveryChoice.LATER);
        assertThat(next.offer()).isFalse();
        assertThat(next.session.isOpen()).isFalse();

        Instance third = new Instance();
        dialogs.restoreAnswers.add(RecoveryChoice.RESTORE);
        assertThat(third.offer()).isTrue();
        assertThat(third.session.current().orElseThrow().name()).isEqualTo("Maybe later");
    }

    @Test
    void theNewestWorkIsOfferedFirstAndTheRestWaits() throws Exception {
        crashWith("Older");
        clock.advance(java.time.Duration.ofHours(25));
        crashWith("Newer");

        Instance next = new Instance();
        dialogs.restoreAnswers.add(RecoveryChoice.RESTORE);
        next.offer();

        assertThat(dialogs.restoreQuestions).singleElement().asString().startsWith("Newer | today at ");
        assertThat(next.session.current().orElseThrow().name()).isEqualTo("Newer");

        Instance third = new Instance();
        dialogs.restoreAnswers.add(RecoveryChoice.DISCARD);
        third.offer();
        assertThat(dialogs.restoreQuestions).last().asString().startsWith("Older | yesterday at ");
    }

    @Test
    void anUnreadableRecoveryFileIsMovedAsideAndReportedNotDeleted() throws Exception {
        Path recovery = Files.createDirectories(dir.resolve("recovery"));
        Files.writeString(recovery.resolve("dsw-crashed.dsw.json"), "{\"schemaVersion\": 1, \"name\": ");

        Instance next = new Instance();
        assertThat(next.offer()).isFalse();

        assertThat(dialogs.restoreQuestions).isEmpty();
        assertThat(dialogs.warnings).singleElement().satisfies(w -> assertThat(w)
                .startsWith("Unsaved work could not be restored")
                .contains("Moved to " + recovery.resolve("damaged").resolve("dsw-crashed.dsw.json"))
                .contains("dsw-crashed.dsw.json:")
                .doesNotContain("Exception")
                .doesNotContain("\tat "));
        assertThat(Files.readString(recovery.resolve("damaged/dsw-crashed.dsw.json")))
                .isEqualTo("{\"schemaVersion\": 1, \"name\": ");
        assertThat(Folders.filesIn(recovery)).containsOnly(lockOf(next), recovery.resolve("damaged"));

        Instance third = new Instance();
        assertThat(third.offer()).isFalse();
        assertThat(dialogs.warnings).as("reported once").hasSize(1);
    }

    @Test
    void timesAreSaidAsPeopleSayThem() {
        Clock now = Clock.fixed(Instant.parse("2026-11-21T13:30:00Z"), ZONE);
        assertThat(CrashRecovery.describeTime(Instant.parse("2026-11-21T13:29:10Z"), now))
                .isEqualTo("today at 14:29");
        assertThat(CrashRecovery.describeTime(Instant.parse("2026-11-20T08:05:00Z"), now))
                .isEqualTo("yesterday at 09:05");
        assertThat(CrashRecovery.describeTime(Instant.parse("2026-11-03T17:40:00Z"), now))
                .isEqualTo("on 3 Nov 2026 at 18:40");
    }

    private void crashWith(String name) throws Exception {
        Instance crashed = new Instance();
        crashed.session.open(TestDesigns.small(), null);
        crashed.rename(name);
        clock.advance(Autosave.QUIET);
        crashed.store.abandon();
    }

    private static Path lockOf(Instance instance) {
        return Folders.lockOf(instance.store);
    }
}
