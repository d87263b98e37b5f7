package dsw.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Applies a {@link Theme}: the AtlantaFX user-agent stylesheet for every window and the app's own
 * stylesheet (canvas colours, panels) on each scene and dialog. The app stylesheet takes its colours
 * from AtlantaFX's looked-up colours, so it follows the theme without a second copy. (AtlantaFX 2
 * styles ControlsFX itself, so no bridge stylesheet is needed.) Use on the FX thread only.
 */
public final class ThemeManager {
    /** Marks the root of the main scene while the dark theme is on, for the few rules that differ. */
    public static final String DARK_STYLE_CLASS = "dsw-dark";

    private static final String APP_STYLESHEET = stylesheet("app.css");

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    public ThemeManager(Theme initial) {
        theme.set(Objects.requireNonNull(initial, "initial"));
        theme.addListener((obs, old, now) -> applyUserAgent(now));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Sets the user-agent stylesheet for the current theme; call once the toolkit runs. */
    public void applyUserAgent() {
        applyUserAgent(theme.get());
    }

    /** Adds the app stylesheet to a scene and keeps its dark marker in step with the theme. */
    public void style(Scene scene) {
        addStylesheets(scene.getStylesheets());
        mark(scene.getRoot(), theme.get());
        theme.addListener((obs, old, now) -> {
            if (scene.getRoot() != null) {
                mark(scene.getRoot(), now);
            }
        });
    }

    /** Adds the app stylesheet to a dialog's or popup's root (not followed on later theme changes). */
    public void style(Parent root) {
        addStylesheets(root.getStylesheets());
        mark(root, theme.get());
    }

    private static void addStylesheets(java.util.List<String> sheets) {
        if (!sheets.contains(APP_STYLESHEET)) {
            sheets.add(APP_STYLESHEET);
        }
    }

    private static void mark(Parent root, Theme value) {
        root.getStyleClass().remove(DARK_STYLE_CLASS);
        if (value == Theme.DARK) {
            root.getStyleClass().add(DARK_STYLE_CLASS);
        }
    }

    private static void applyUserAgent(Theme value) {
        Application.setUserAgentStylesheet(
                value == Theme.DARK
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
    }

    private static String stylesheet(String name) {
        java.net.URL url = ThemeManager.class.getResource("/dsw/app/theme/" + name);
        if (url == null) {
            throw new IllegalStateException("the stylesheet /dsw/app/theme/" + name + " is missing from the app");
        }
        return url.toExternalForm();
    }
}
