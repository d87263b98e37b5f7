package dsw.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.session.DesignSession;
import dsw.app.settings.Settings;
import dsw.app.settings.SettingsStore;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.app.theme.Theme;
import dsw.model.edit.Edits;
import dsw.model.file.DesignFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;

    private final DesignSession session = new DesignSession();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeFileDialogs files = new FakeFileDialogs();
    private SettingsStore store;
    private MainViewModel main;
    private int exits;

    @BeforeEach
    void start() {
        store = new SettingsStore(dir.resolve("settings"));
        main = new MainViewModel(
                session,
                store,
                Settings.DEFAULTS,
                new ImmediateTaskExecutor(),
                dialogs,
                files,
                ExampleCatalog.bundled(),
                () -> exits++);
    }

    @Test
    void nothingIsOpenAtFirst() {
        assertThat(main.titleProperty().get()).isEqualTo("dsw");
        assertThat(main.countsTextProperty().get()).isEmpty();
        assertThat(main.designOpenProperty().get()).isFalse();
    }

    @Test
    void openingAFileShowsItsNameFileAndCounts() throws Exception {
        Path file = write("small.dsw.json");
        files.answerOpen(file);
        main.open();
        assertThat(main.titleProperty().get()).isEqualTo("Small (small.dsw.json) - dsw");
        assertThat(main.fileTextProperty().get()).isEqualTo(file.toString());
        assertThat(main.countsTextProperty().get()).isEqualTo("2 components · 1 link · 1 group");
        assertThat(main.recentFiles()).containsExactly(file);
        assertThat(store.load().recentFiles()).containsExactly(file);
    }

    @Test
    void aBadFileIsReportedAndThePreviousDesignStays() throws Exception {
        main.openExample(main.examples().byName("Sharded monolith").orElseThrow());
        Path bad = dir.resolve("bad.dsw.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"name\": \"Bad\", \"components\": [{\"id\": 5}]}");
        files.answerOpen(bad);
        main.open();
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e)
                .startsWith("Cannot open design")
                .contains("bad.dsw.json:")
                .doesNotContain("Exception"));
        assertThat(main.titleProperty().get()).isEqualTo("Sharded monolith - dsw");
        assertThat(main.recentFiles()).isEmpty();
    }

    @Test
    void aMissingRecentFileIsReportedAndForgotten() throws Exception {
        Path file = write("gone.dsw.json");
        main.openFile(file);
        main.close();
        Files.delete(file);
        main.openFile(file);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("no such file"));
        assertThat(main.recentFiles()).isEmpty();
        assertThat(main.designOpenProperty().get()).isFalse();
    }

    @Test
    void unsavedChangesAreMarkedInTheTitleAndStatus() {
        main.openExample(main.examples().byName("Three-tier web application").orElseThrow());
        assertThat(main.titleProperty().get()).isEqualTo("Three-tier web application - dsw");
        assertThat(main.fileTextProperty().get()).isEqualTo("not saved yet");
        rename("Renamed");
        assertThat(main.titleProperty().get()).isEqualTo("*Renamed - dsw");
    }

    @Test
    void cancelKeepsTheDesignAndDontSaveDiscardsIt() {
        main.openExample(main.examples().byName("Three-tier web application").orElseThrow());
        rename("Renamed");
        dialogs.answers.add(UnsavedChoice.CANCEL);
        main.close();
        assertThat(dialogs.asked).containsExactly("Renamed");
        assertThat(main.titleProperty().get()).isEqualTo("*Renamed - dsw");
        dialogs.answers.add(UnsavedChoice.DONT_SAVE);
        main.close();
        assertThat(main.designOpenProperty().get()).isFalse();
        assertThat(main.titleProperty().get()).isEqualTo("dsw");
    }

    @Test
    void saveOnTheQuestionSavesThenGoesOn() throws Exception {
        Path file = write("small.dsw.json");
        main.openFile(file);
        rename("Saved on the way");
        dialogs.answers.add(UnsavedChoice.SAVE);
        main.newDesign();
        assertThat(DesignFiles.read(file).design().name()).isEqualTo("Saved on the way");
        assertThat(main.titleProperty().get()).isEqualTo(MainViewModel.NEW_DESIGN_NAME + " - dsw");
    }

    @Test
    void aFailedSaveOnTheQuestionStopsTheQuit() throws Exception {
        main.openExample(main.examples().byName("Three-tier web application").orElseThrow());
        rename("Keep me");
        dialogs.answers.add(UnsavedChoice.SAVE);
        // The user picks a place that cannot be written: the save fails and nothing is closed.
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        Path unwritable = blocker.resolve("keep-me.dsw.json");
        FakeFileDialogs other = new FakeFileDialogs().answerSave(unwritable);
        MainViewModel withOther = new MainViewModel(
                session,
                store,
                Settings.DEFAULTS,
                new ImmediateTaskExecutor(),
                dialogs,
                other,
                ExampleCatalog.bundled(),
                () -> exits++);
        withOther.quit();
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e).startsWith("Cannot save design"));
        assertThat(exits).isZero();
        assertThat(session.isDirty()).isTrue();
        withOther.dispose();
    }

    @Test
    void saveAsOfAnExampleSuggestsANameAndAddsTheExtension() throws Exception {
        main.openExample(main.examples().byName("Three-tier web application").orElseThrow());
        files.answerSave(dir.resolve("mine"));
        main.save();
        assertThat(files.lastSuggestedName()).isEqualTo("three-tier-web-application.dsw.json");
        Path saved = dir.resolve("mine.dsw.json");
        assertThat(DesignFiles.read(saved).design().name()).isEqualTo("Three-tier web application");
        assertThat(main.titleProperty().get()).isEqualTo("Three-tier web application (mine.dsw.json) - dsw");
        assertThat(main.recentFiles()).containsExactly(saved);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void quitAsksFirstAndThenExits() {
        main.quit();
        assertThat(exits).isEqualTo(1);
        main.newDesign();
        rename("Changed");
        dialogs.answers.add(UnsavedChoice.CANCEL);
        main.quit();
        assertThat(exits).isEqualTo(1);
        dialogs.answers.add(UnsavedChoice.DONT_SAVE);
        main.quit();
        assertThat(exits).isEqualTo(2);
    }

    @Test
    void themeAndSidePanelArePersisted() {
        main.themeProperty().set(Theme.DARK);
        main.sidePanelVisibleProperty().set(false);
        assertThat(store.load().theme()).isEqualTo(Theme.DARK);
        assertThat(store.load().sidePanelVisible()).isFalse();
    }

    @Test
    void clearRecentEmptiesTheList() throws Exception {
        main.openFile(write("a.dsw.json"));
        main.clearRecentFiles();
        assertThat(main.recentFiles()).isEmpty();
        assertThat(store.load().recentFiles()).isEmpty();
    }

    @Test
    void fileNamesAreSuggestedFromTheDesignName() {
        assertThat(MainViewModel.suggestedFileName("Three-tier web application"))
                .isEqualTo("three-tier-web-application.dsw.json");
        assertThat(MainViewModel.suggestedFileName("???")).isEqualTo("design.dsw.json");
        assertThat(MainViewModel.withExtension(Path.of("/a/b"))).isEqualTo(Path.of("/a/b.dsw.json"));
        assertThat(MainViewModel.withExtension(Path.of("/a/b.json"))).isEqualTo(Path.of("/a/b.json"));
    }

    private void rename(String name) {
        session.execute(Edits.renameDesign(session.current().orElseThrow(), name));
    }

    private Path write(String name) throws Exception {
        Path file = dir.resolve(name);
        DesignFiles.write(TestDesigns.small(), file);
        return file;
    }
}
