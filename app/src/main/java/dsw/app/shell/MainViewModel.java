package dsw.app.shell;

import dsw.app.session.DesignSession;
import dsw.app.settings.Settings;
import dsw.app.settings.SettingsStore;
import dsw.app.settings.WindowGeometry;
import dsw.app.task.TaskExecutor;
import dsw.app.theme.Theme;
import dsw.model.Design;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import dsw.model.file.FileProblem;
import dsw.model.file.LoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's behaviour without its nodes: the file workflows (New, Open, Open Recent, Open
 * Example, Save, Save As, Close, Quit) with the unsaved-changes question before anything is
 * discarded, the window title, the status bar texts, the theme and the remembered settings. Files
 * are read and written through the {@link TaskExecutor}; questions go through {@link Dialogs} and
 * {@link FileDialogs}, so tests run it without a toolkit. Use on the FX thread only.
 */
public final class MainViewModel {
    /** The name of a new design. */
    public static final String NEW_DESIGN_NAME = DesignSession.NEW_DESIGN_NAME;

    private final DesignSession session;
    private final SettingsStore store;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final FileDialogs fileDialogs;
    private final ExampleCatalog examples;
    private final Runnable exit;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", WindowTitle.APP);
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper(this, "fileText", "");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText", "");
    private final ReadOnlyBooleanWrapper designOpen = new ReadOnlyBooleanWrapper(this, "designOpen");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final BooleanProperty sidePanelVisible = new SimpleBooleanProperty(this, "sidePanelVisible");
    private final BooleanProperty presenterMode = new SimpleBooleanProperty(this, "presenterMode");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    /** One read-only view, kept: a new one per call would lose its listeners to the garbage collector. */
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);

    private final InvalidationListener sessionListener = obs -> refresh();
    private Settings settings;
    private long loadGeneration;
    /** Reads and writes under way; the wait cursor shows while any runs. */
    private int running;
    /** A save runs at a time, so an older write can never land after a newer one. */
    private boolean writing;

    private Runnable queuedWrite;
    /** Fields of the opened file this dsw does not know: the first save asks before dropping them. */
    private java.util.List<String> unknownFields = java.util.List.of();

    private long unknownFieldsDocument = -1;

    @SuppressWarnings("TooManyParameters") // one collaborator each; the app wires them once
    public MainViewModel(
            DesignSession session,
            SettingsStore store,
            Settings initial,
            TaskExecutor executor,
            Dialogs dialogs,
            FileDialogs fileDialogs,
            ExampleCatalog examples,
            Runnable exit) {
        this.session = Objects.requireNonNull(session, "session");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(initial, "initial");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.fileDialogs = Objects.requireNonNull(fileDialogs, "fileDialogs");
        this.examples = Objects.requireNonNull(examples, "examples");
        this.exit = Objects.requireNonNull(exit, "exit");
        theme.set(initial.theme());
        sidePanelVisible.set(initial.sidePanelVisible());
        recentFiles.setAll(initial.recentFiles());
        theme.addListener((obs, old, now) -> {
            if (now != null) {
                update(settings.withTheme(now));
            }
        });
        sidePanelVisible.addListener((obs, old, now) -> update(settings.withSidePanelVisible(now)));
        presenterMode.set(initial.presenterMode());
        presenterMode.addListener((obs, old, now) -> update(settings.withPresenterMode(now)));
        session.designProperty().addListener(sessionListener);
        session.fileProperty().addListener(sessionListener);
        session.dirtyProperty().addListener(sessionListener);
        refresh();
    }

    // ---- File menu ------------------------------------------------------------------------------

    /** Starts an empty design, after asking about unsaved changes. */
    public void newDesign() {
        confirmDiscard(() -> session.open(Design.empty(NEW_DESIGN_NAME), null));
    }

    /** Asks for a design file and opens it. */
    public void open() {
        confirmDiscard(() -> fileDialogs.chooseFileToOpen(initialDirectory()).ifPresent(f -> load(f, () -> {})));
    }

    /** Opens a file (Open Recent, a file dropped on the window), after asking about changes. */
    public void openFile(Path file) {
        confirmDiscard(() -> load(file, () -> {}));
    }

    /**
     * Opens the file named on the command line, when nothing else is open yet; {@code done} runs
     * once it is open or has failed to open (an error has then been reported).
     */
    public void openAtStart(Path file, Runnable done) {
        load(file, done);
    }

    /** Opens a bundled example; it has no file, so Save asks where to put it. */
    public void openExample(Example example) {
        confirmDiscard(() -> {
            long mine = ++loadGeneration;
            started();
            executor.execute(
                    () -> examples.load(example),
                    result -> {
                        finished();
                        if (mine == loadGeneration) {
                            session.open(result.design(), null);
                        }
                    },
                    error -> {
                        finished();
                        if (mine == loadGeneration) {
                            dialogs.showError(
                                    "Cannot open example",
                                    "The example \"" + example.name() + "\" could not be opened.",
                                    message(error));
                        }
                    });
        });
    }

    /** Saves to the design's file, or asks where when it has none. */
    public void save() {
        save(() -> {});
    }

    /** Asks where to save the design, then saves it there. */
    public void saveAs() {
        saveAs(() -> {});
    }

    /** Closes the design, after asking about unsaved changes. */
    public void close() {
        confirmDiscard(session::close);
    }

    /** Quits the app, after asking about unsaved changes (also the window's close button). */
    public void quit() {
        confirmDiscard(exit);
    }

    public void clearRecentFiles() {
        update(settings.withoutRecentFiles());
    }

    // ---- Edit menu ------------------------------------------------------------------------------

    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }

    // ---- state ----------------------------------------------------------------------------------

    /** The window title; see {@link WindowTitle} for the format. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The design's file for the status bar, "not saved yet", or "No design open". */
    public ReadOnlyStringProperty fileTextProperty() {
        return fileText.getReadOnlyProperty();
    }

    /** "7 components · 7 links · 2 groups", or "" with nothing open. */
    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty designOpenProperty() {
        return designOpen.getReadOnlyProperty();
    }

    /** True while a file is being read. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty sidePanelVisibleProperty() {
        return sidePanelVisible;
    }

    /** Presenter mode (large fonts, thick lines), remembered across restarts. */
    public BooleanProperty presenterModeProperty() {
        return presenterMode;
    }

    /** Recently opened or saved files, newest first. */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    public ExampleCatalog examples() {
        return examples;
    }

    public DesignSession session() {
        return session;
    }

    /** The window's file choosers (File > Export uses them too). */
    public FileDialogs fileDialogs() {
        return fileDialogs;
    }

    /** The window's questions and messages. */
    public Dialogs dialogs() {
        return dialogs;
    }

    /** Where a file chooser starts: the design's folder, else the last used one, else home. */
    public Path startFolder() {
        return initialDirectory();
    }

    public Settings settings() {
        return settings;
    }

    /** Remembers the window's place and size for the next start. */
    public void rememberWindow(WindowGeometry geometry) {
        if (geometry.isUsable()) {
            update(settings.withWindow(geometry));
        }
    }

    public void dispose() {
        session.designProperty().removeListener(sessionListener);
        session.fileProperty().removeListener(sessionListener);
        session.dirtyProperty().removeListener(sessionListener);
    }

    // ---- workflows ------------------------------------------------------------------------------

    /**
     * Runs {@code proceed} once unsaved changes are saved or may be discarded: at once when there
     * are none, after a successful save when the user chooses Save, never when the user cancels.
     */
    void confirmDiscard(Runnable proceed) {
        if (session.isOpen() && !session.commitPendingEdits()) {
            return;
        }
        if (!session.isOpen() || !session.isDirty()) {
            proceed.run();
            return;
        }
        String name = session.current().map(Design::name).orElse(NEW_DESIGN_NAME);
        UnsavedChoice choice = dialogs.askSaveChanges(name);
        switch (choice) {
            case SAVE -> save(proceed);
            case DONT_SAVE -> proceed.run();
            case CANCEL -> {
                // keep the design as it is
            }
        }
    }

    private void save(Runnable then) {
        if (!session.isOpen() || !session.commitPendingEdits()) {
            return;
        }
        Path file = session.fileProperty().get();
        if (file == null) {
            saveAs(then);
        } else {
            write(file, then);
        }
    }

    private void saveAs(Runnable then) {
        if (!session.isOpen() || !session.commitPendingEdits()) {
            return;
        }
        Design design = session.current().orElseThrow();
        Path current = session.fileProperty().get();
        String suggested = current != null && current.getFileName() != null
                ? current.getFileName().toString()
                : suggestedFileName(design.name());
        fileDialogs
                .chooseFileToSave(current != null ? current.getParent() : initialDirectory(), suggested)
                .ifPresent(chosen -> {
                    Path target = withExtension(chosen);
                    // The file chooser asked about replacing what the user typed, not the name with
                    // the extension added: ask about that file here.
                    if (!target.equals(chosen)
                            && java.nio.file.Files.exists(target)
                            && !dialogs.confirm(
                                    "Replace file",
                                    target.getFileName() + " already exists in " + target.getParent()
                                            + ". Replace it with this design?",
                                    "",
                                    "Replace")) {
                        return;
                    }
                    write(target, then);
                });
    }

    private void write(Path target, Runnable then) {
        if (writing) {
            queuedWrite = () -> write(target, then); // the latest request wins; it saves the design as it is then
            return;
        }
        long document = session.documentIdProperty().get();
        if (!unknownFields.isEmpty()
                && document == unknownFieldsDocument
                && !dialogs.confirm(
                        "Save without unknown fields",
                        "The file this design came from holds fields this dsw does not know. Saving leaves them"
                                + " out.",
                        String.join("\n", unknownFields),
                        "Save Anyway")) {
            return;
        }
        Design design = session.current().orElseThrow();
        long revision = session.revision();
        writing = true;
        started();
        executor.execute(
                () -> {
                    DesignFiles.write(design, target);
                    return target;
                },
                saved -> {
                    finishedWriting();
                    if (document == session.documentIdProperty().get()) {
                        session.saved(saved, revision);
                        unknownFields = java.util.List.of();
                    }
                    update(settings.withRecentFile(saved));
                    then.run();
                    runQueuedWrite();
                },
                error -> {
                    finishedWriting();
                    dialogs.showError(
                            "Cannot save design",
                            "The design could not be saved to " + target + ". Your changes are still open in dsw.",
                            message(error));
                    runQueuedWrite();
                });
    }

    private void finishedWriting() {
        writing = false;
        finished();
    }

    private void runQueuedWrite() {
        Runnable next = queuedWrite;
        queuedWrite = null;
        if (next != null) {
            next.run();
        }
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running = Math.max(0, running - 1);
        busy.set(running > 0);
    }

    private void load(Path file, Runnable done) {
        long mine = ++loadGeneration;
        started();
        executor.execute(
                () -> DesignFiles.read(file),
                result -> {
                    finished();
                    if (mine != loadGeneration) {
                        done.run();
                        return;
                    }
                    session.open(result.design(), file);
                    unknownFields = result.unknownFields();
                    unknownFieldsDocument = session.documentIdProperty().get();
                    update(settings.withRecentFile(file));
                    warnAbout(file, result);
                    done.run();
                },
                error -> {
                    finished();
                    if (mine == loadGeneration) {
                        if (error instanceof DesignFileException && !java.nio.file.Files.exists(file)) {
                            update(settings.withoutRecentFile(file));
                        }
                        dialogs.showError(
                                "Cannot open design",
                                "dsw could not open " + file.getFileName() + ". "
                                        + (session.isOpen()
                                                ? "The design that was open stays open."
                                                : "Nothing was changed."),
                                message(error));
                    }
                    done.run();
                });
    }

    private void warnAbout(Path file, LoadResult result) {
        if (!result.warnings().isEmpty()) {
            String summary = result.savingDropsFields()
                    ? file.getFileName() + " opened, but it holds fields this dsw does not know ("
                            + String.join(", ", result.unknownFields()) + "). Saving will leave them out."
                    : file.getFileName() + " opened; the file check has warnings worth a look.";
            dialogs.showWarning(
                    "Opened with warnings",
                    summary,
                    result.warnings().stream().map(FileProblem::format).collect(Collectors.joining("\n")));
        }
    }

    private void refresh() {
        Design design = session.designProperty().get();
        Path file = session.fileProperty().get();
        boolean dirty = session.isDirty();
        designOpen.set(design != null);
        title.set(WindowTitle.format(design, file, dirty));
        if (design == null) {
            fileText.set("No design open");
            countsText.set("");
        } else {
            fileText.set(file == null ? "not saved yet" : file.toString());
            countsText.set(design.sizeSummary());
        }
    }

    private void update(Settings next) {
        settings = next;
        if (!recentFiles.equals(next.recentFiles())) {
            recentFiles.setAll(next.recentFiles());
        }
        try {
            store.save(next);
        } catch (UncheckedIOException e) {
            System.err.println("dsw: " + e.getMessage());
        }
    }

    private Path initialDirectory() {
        Path file = session.fileProperty().get();
        if (file != null && file.getParent() != null) {
            return file.getParent();
        }
        return settings.recentFiles().stream()
                .map(Path::getParent)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(Path.of(System.getProperty("user.home")));
    }

    /** "Three-tier web application" becomes "three-tier-web-application.dsw.json". */
    static String suggestedFileName(String designName) {
        return slug(designName) + DesignFiles.EXTENSION;
    }

    /** A design name as a file name stem: "Three-tier web application" becomes "three-tier-web-application". */
    public static String slug(String designName) {
        String slug = designName
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "design" : slug;
    }

    /** Adds {@code .dsw.json} unless the name already ends in {@code .json}. */
    static Path withExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json")
                ? file
                : file.resolveSibling(name + DesignFiles.EXTENSION);
    }

    private static String message(Exception error) {
        if (error instanceof DesignFileException) {
            return error.getMessage();
        }
        if (error instanceof IOException) {
            String m = error.getMessage();
            return m == null
                    ? error.getClass().getSimpleName()
                    : error.getClass().getSimpleName() + ": " + m;
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
