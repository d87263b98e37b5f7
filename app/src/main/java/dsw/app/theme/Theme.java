package dsw.app.theme;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The app's colour themes: AtlantaFX Primer light and dark. Immutable. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    private final String displayName;

    Theme(String displayName) {
        this.displayName = displayName;
    }

    /** The name on the View menu. */
    public String displayName() {
        return displayName;
    }

    /** The name in the settings file. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
