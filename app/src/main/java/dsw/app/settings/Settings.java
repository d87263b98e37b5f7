package dsw.app.settings;

import dsw.app.theme.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the app remembers between runs: the theme, the recently opened files (newest first), the
 * window's place and size, whether the side panel shows, and presenter mode. Immutable, thread-safe.
 *
 * @param window the last window geometry, or null when there is none yet
 * @param presenterMode large fonts and thick lines, for projectors
 */
public record Settings(
        Theme theme, List<Path> recentFiles, WindowGeometry window, boolean sidePanelVisible, boolean presenterMode) {
    /** Older entries beyond this many drop off the Open Recent menu. */
    public static final int MAX_RECENT = 10;

    public static final Settings DEFAULTS = new Settings(Theme.LIGHT, List.of(), null, true, false);

    public Settings {
        Objects.requireNonNull(theme, "theme");
        recentFiles =
                List.copyOf(recentFiles.stream().distinct().limit(MAX_RECENT).toList());
    }

    public Settings withTheme(Theme value) {
        return new Settings(value, recentFiles, window, sidePanelVisible, presenterMode);
    }

    public Settings withWindow(WindowGeometry value) {
        return new Settings(theme, recentFiles, value, sidePanelVisible, presenterMode);
    }

    public Settings withPresenterMode(boolean value) {
        return new Settings(theme, recentFiles, window, sidePanelVisible, value);
    }

    public Settings withSidePanelVisible(boolean value) {
        return new Settings(theme, recentFiles, window, value, presenterMode);
    }

    /** The file moves to the top of the recent list (absolute and normalized, so it is listed once). */
    public Settings withRecentFile(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        files.add(normal);
        recentFiles.stream().filter(p -> !p.equals(normal)).forEach(files::add);
        return new Settings(theme, files, window, sidePanelVisible, presenterMode);
    }

    public Settings withoutRecentFile(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return new Settings(
                theme,
                recentFiles.stream().filter(p -> !p.equals(normal)).toList(),
                window,
                sidePanelVisible,
                presenterMode);
    }

    public Settings withoutRecentFiles() {
        return new Settings(theme, List.of(), window, sidePanelVisible, presenterMode);
    }
}
