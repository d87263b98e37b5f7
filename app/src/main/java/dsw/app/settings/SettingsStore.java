package dsw.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dsw.app.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Loads and saves {@link Settings} as {@code settings.json} in the settings folder: the system
 * property {@code dsw.settings.dir}, else {@code $XDG_CONFIG_HOME/dsw}, else {@code ~/.config/dsw}.
 * A missing or unreadable file gives the defaults, never an error; saving writes a temporary file
 * and moves it over the old one, so a crash never leaves half a file. The files are tiny, so both
 * happen on the calling thread. Thread-safe (saves are serialized).
 */
public final class SettingsStore {
    static final int SCHEMA_VERSION = 1;
    private static final String FILE_NAME = "settings.json";

    private final Path file;
    private final boolean writable;
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public SettingsStore(Path directory) {
        this(Objects.requireNonNull(directory, "directory").resolve(FILE_NAME), true);
    }

    private SettingsStore(Path file, boolean writable) {
        this.file = file;
        this.writable = writable;
    }

    /** The same settings, but saving does nothing (for {@code --smoke-test}, which must not change them). */
    public SettingsStore readOnly() {
        return new SettingsStore(file, false);
    }

    /** The store in the user's settings folder. */
    public static SettingsStore standard() {
        return new SettingsStore(defaultDirectory());
    }

    /** The folder settings live in, following the rule in the class comment. */
    public static Path defaultDirectory() {
        String configured = System.getProperty("dsw.settings.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "dsw");
        }
        return Path.of(System.getProperty("user.home"), ".config", "dsw");
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults when there are none or the file is damaged. */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULTS;
        }
        try {
            SettingsFile stored = mapper.readValue(Files.readAllBytes(file), SettingsFile.class);
            return stored == null ? Settings.DEFAULTS : fromFile(stored);
        } catch (IOException | RuntimeException e) {
            System.err.println("dsw: ignoring the damaged settings file " + file + " ("
                    + e.getClass().getSimpleName() + "); using the defaults");
            return Settings.DEFAULTS;
        }
    }

    /** Writes the settings atomically. @throws UncheckedIOException when the folder cannot be written */
    public synchronized void save(Settings settings) {
        if (!writable) {
            return;
        }
        try {
            dsw.model.file.AtomicFiles.write(
                    file, mapper.writeValueAsString(toFile(settings)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save settings to " + file + ": " + e.getMessage(), e);
        }
    }

    private static Settings fromFile(SettingsFile stored) {
        Theme theme = Theme.fromId(stored.theme).orElse(Settings.DEFAULTS.theme());
        List<Path> recent = new ArrayList<>();
        if (stored.recentFiles != null) {
            for (String name : stored.recentFiles) {
                try {
                    if (name != null && !name.isBlank()) {
                        recent.add(Path.of(name));
                    }
                } catch (InvalidPathException e) {
                    // a path from another system: skip it
                }
            }
        }
        WindowGeometry window = null;
        SettingsFile.Window w = stored.window;
        if (w != null && w.x != null && w.y != null && w.width != null && w.height != null) {
            WindowGeometry candidate =
                    new WindowGeometry(w.x, w.y, w.width, w.height, Boolean.TRUE.equals(w.maximized));
            window = candidate.isUsable() ? candidate : null;
        }
        boolean side = stored.sidePanelVisible == null || stored.sidePanelVisible;
        return new Settings(theme, recent, window, side, Boolean.TRUE.equals(stored.presenterMode));
    }

    private static SettingsFile toFile(Settings settings) {
        SettingsFile out = new SettingsFile();
        out.theme = settings.theme().id();
        out.recentFiles = settings.recentFiles().stream().map(Path::toString).toList();
        WindowGeometry g = settings.window();
        if (g != null) {
            SettingsFile.Window w = new SettingsFile.Window();
            w.x = g.x();
            w.y = g.y();
            w.width = g.width();
            w.height = g.height();
            w.maximized = g.maximized();
            out.window = w;
        }
        out.sidePanelVisible = settings.sidePanelVisible();
        out.presenterMode = settings.presenterMode();
        return out;
    }
}
