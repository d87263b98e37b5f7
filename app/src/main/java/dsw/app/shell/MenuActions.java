package dsw.app.shell;

import java.util.Objects;

/**
 * The window-level actions the menus trigger that are not file workflows: they open windows or
 * panels. Immutable.
 */
public record MenuActions(Runnable checkDesign, Runnable showScenario, Runnable showShortcuts, Runnable showAbout) {
    public MenuActions {
        Objects.requireNonNull(checkDesign, "checkDesign");
        Objects.requireNonNull(showScenario, "showScenario");
        Objects.requireNonNull(showShortcuts, "showShortcuts");
        Objects.requireNonNull(showAbout, "showAbout");
    }
}
