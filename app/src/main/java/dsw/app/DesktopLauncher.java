package dsw.app;

import javafx.application.Application;

/** Starts the JavaFX desktop app; kept apart from {@link Main} so the CLI never loads JavaFX. */
final class DesktopLauncher {
    private DesktopLauncher() {}

    static void launch(String[] args) {
        if (!displayAvailable()) {
            System.err.println("dsw: no display: the desktop app needs a graphical session (DISPLAY or WAYLAND_DISPLAY"
                    + " is not set). The command line works anywhere: ./dsw --help");
            System.exit(1);
        }
        Application.launch(DswApplication.class, args);
    }

    /** On Linux and other X11 systems a window needs a display; headless test platforms do not. */
    private static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
