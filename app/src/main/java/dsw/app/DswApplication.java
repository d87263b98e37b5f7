package dsw.app;

import dsw.app.recovery.Autosave;
import dsw.app.recovery.CrashRecovery;
import dsw.app.recovery.RecoveryStore;
import dsw.app.session.DesignSession;
import dsw.app.settings.Settings;
import dsw.app.settings.SettingsStore;
import dsw.app.settings.WindowGeometry;
import dsw.app.shell.AppServices;
import dsw.app.shell.ConsoleDialogs;
import dsw.app.shell.CrashReporter;
import dsw.app.shell.Dialogs;
import dsw.app.shell.ExampleCatalog;
import dsw.app.shell.FxDialogs;
import dsw.app.shell.InfoWindows;
import dsw.app.shell.MainViewModel;
import dsw.app.shell.MainWindow;
import dsw.app.shell.SmokeTest;
import dsw.app.shell.StartOptions;
import dsw.app.task.TaskExecutor;
import dsw.app.theme.ThemeManager;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The desktop app: one main window with the design canvas, side panel and status bar. Arguments
 * (passed through by {@code dsw.app.Main}): an optional design file to open, and {@code
 * --smoke-test}, which opens normally, waits until the window has been drawn, prints {@code dsw:
 * window shown: <title>} and exits with 0 (or with 1, after a line on standard error, when the file
 * could not be opened). Outside the smoke test, unsaved work is autosaved to the recovery folder
 * beside the settings, and work a crash left there is offered for restoring once the window shows,
 * before the file named on the command line opens. Created by the JavaFX launcher; use on the FX
 * thread only.
 */
public final class DswApplication extends Application {
    /** A smoke test that has not finished by then has hung. */
    static final long SMOKE_TEST_TIMEOUT_MILLIS = 90_000;

    private final AppServices services;
    private Stage stage;
    private StartOptions options = StartOptions.parse(List.of());
    private TaskExecutor executor;
    private DesignSession session;
    private MainViewModel viewModel;
    private MainWindow window;
    private RecoveryStore recoveryStore;
    private Autosave autosave;

    /** The app as the JavaFX launcher creates it, with the standard services. */
    public DswApplication() {
        this(null);
    }

    /** The app with other services (tests); null means the standard ones. */
    public DswApplication(AppServices services) {
        this.services = services;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        AppServices s = services != null ? services : AppServices.standard();
        options = StartOptions.parse(
                getParameters() == null ? List.of() : getParameters().getRaw());
        if (!options.ignored().isEmpty()) {
            System.err.println(
                    "dsw: ignoring arguments the desktop app does not use: " + String.join(" ", options.ignored()));
        }
        SettingsStore store = options.smokeTest() ? s.settings().readOnly() : s.settings();
        Settings settings = store.load();
        ThemeManager themes = new ThemeManager(settings.theme());
        themes.applyUserAgent();
        Supplier<Window> owner = () -> stage;
        if (s.installCrashHandler() && !options.smokeTest()) {
            new CrashReporter(owner, themes).install();
        }
        ConsoleDialogs console = new ConsoleDialogs(System.err);
        Dialogs dialogs = options.smokeTest() ? console : new FxDialogs(owner, themes);
        executor = s.executor().get();
        session = new DesignSession();
        viewModel = new MainViewModel(
                session,
                store,
                settings,
                executor,
                dialogs,
                s.fileDialogs().apply(owner),
                ExampleCatalog.bundled(),
                s.exit());
        themes.themeProperty().bind(viewModel.themeProperty());
        if (!options.smokeTest()) {
            startAutosave(s, store);
        }
        window = new MainWindow(viewModel, executor, s.scheduler().get(), new InfoWindows(owner, themes, store));

        Rectangle2D bounds = initialBounds(settings.window());
        Scene scene = new Scene(window.root(), bounds.getWidth(), bounds.getHeight());
        themes.style(scene);
        window.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setMaximized(settings.window() != null && settings.window().maximized());
        stage.setOnCloseRequest(e -> {
            e.consume();
            viewModel.quit();
        });
        stage.show();

        if (options.smokeTest()) {
            startSmokeTest(console);
        } else if (autosave != null) {
            CrashRecovery recovery = new CrashRecovery(
                    session,
                    recoveryStore,
                    autosave,
                    executor,
                    dialogs,
                    Clock.systemDefaultZone(),
                    System.err::println);
            // Later, so the window is drawn before any question about restoring appears.
            Platform.runLater(() -> recovery.offer(restored -> openFileFromCommandLine(restored)));
        } else {
            openFileFromCommandLine(false);
        }
    }

    /** Autosaves unsaved work into the recovery folder beside the settings; off if it cannot be used. */
    private void startAutosave(AppServices s, SettingsStore store) {
        try {
            recoveryStore =
                    RecoveryStore.open(store.file().toAbsolutePath().getParent().resolve("recovery"));
        } catch (IOException | RuntimeException e) {
            System.err.println("dsw: autosave is off: the recovery folder cannot be used (" + e.getMessage() + ")");
            return;
        }
        autosave = new Autosave(session, recoveryStore, executor, s.scheduler().get(), System.err::println);
    }

    /**
     * Opens the file named on the command line, if any. After restored work, through the usual
     * question about unsaved changes, so the restored work is never dropped silently.
     */
    private void openFileFromCommandLine(boolean restored) {
        options.file().ifPresent(file -> {
            if (restored) {
                viewModel.openFile(file);
            } else {
                viewModel.openAtStart(file, () -> {
                    if (options.run() && session.isOpen()) {
                        window.run().play();
                    }
                });
            }
        });
    }

    @Override
    public void stop() {
        if (viewModel != null && stage != null && !options.smokeTest()) {
            viewModel.rememberWindow(new WindowGeometry(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        }
        if (autosave != null) {
            autosave.close(); // a normal end: the recovery file goes
        }
        if (window != null) {
            window.dispose();
        }
        if (viewModel != null) {
            viewModel.dispose();
        }
        if (session != null) {
            session.dispose();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

    /** The main window, once started (for tests). */
    public MainWindow window() {
        return window;
    }

    /** The recovery folder as this app uses it, once started; null in a smoke test (for tests). */
    public RecoveryStore recoveryStore() {
        return recoveryStore;
    }

    /** The main view model, once started (for tests). */
    public MainViewModel viewModel() {
        return viewModel;
    }

    private void startSmokeTest(ConsoleDialogs console) {
        Thread watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(SMOKE_TEST_TIMEOUT_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.err.println("dsw: smoke test: the window was not shown within "
                            + SMOKE_TEST_TIMEOUT_MILLIS / 1000 + " seconds");
                    System.exit(1);
                },
                "dsw-smoke-test-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Runnable finish = () -> SmokeTest.afterFirstRender(stage, () -> {
            if (console.failed()) {
                System.err.println("dsw: smoke test failed: "
                        + options.file().map(f -> f + " could not be opened").orElse("an error was reported"));
                System.err.flush();
                System.exit(1);
            }
            System.out.println("dsw: window shown: " + stage.getTitle());
            System.out.flush();
            System.exit(0);
        });
        if (options.file().isPresent()) {
            viewModel.openAtStart(options.file().get(), finish);
        } else {
            finish.run();
        }
    }

    /** The saved window place when it is still on a screen, else a comfortable size centred. */
    private static Rectangle2D initialBounds(WindowGeometry saved) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (saved != null
                && saved.isUsable()
                && !Screen.getScreensForRectangle(saved.x(), saved.y(), saved.width(), saved.height())
                        .isEmpty()) {
            return new Rectangle2D(saved.x(), saved.y(), saved.width(), saved.height());
        }
        double width = Math.max(800, Math.min(1440, screen.getWidth() * 0.9));
        double height = Math.max(560, Math.min(920, screen.getHeight() * 0.9));
        return new Rectangle2D(
                screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2,
                width,
                height);
    }
}
