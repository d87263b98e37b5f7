package dsw.app.shell;

import dsw.app.Version;
import dsw.app.scenario.ScenarioView;
import dsw.app.settings.SettingsStore;
import dsw.app.theme.ThemeManager;
import dsw.model.Design;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The read-only windows of the Help and Simulation menus: About, Keyboard Shortcuts, Scenario. FX thread only. */
public final class InfoWindows {
    public static final String SHORTCUT_KEYS_STYLE_CLASS = "shortcut-keys";

    private final Supplier<Window> owner;
    private final ThemeManager themes;
    private final SettingsStore settings;

    public InfoWindows(Supplier<Window> owner, ThemeManager themes, SettingsStore settings) {
        this.owner = owner;
        this.themes = themes;
        this.settings = settings;
    }

    public void showAbout() {
        Label name = new Label("dsw " + Version.get());
        name.getStyleClass().add("about-name");
        Label what = new Label("Distributed Systems Workbench: draw a distributed-system design, simulate it, inject"
                + " faults and watch the clocks.");
        what.setWrapText(true);
        GridPane facts = new GridPane();
        facts.getStyleClass().add("about-facts");
        facts.addRow(
                0,
                new Label("Java"),
                new Label(System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"));
        facts.addRow(1, new Label("JavaFX"), new Label(System.getProperty("javafx.runtime.version", "unknown")));
        facts.addRow(2, new Label("Settings"), new Label(settings.file().toString()));
        VBox content = new VBox(name, what, facts);
        content.getStyleClass().add("about");
        content.setPrefWidth(560);
        show("About dsw", content);
    }

    public void showShortcuts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts");
        int row = 0;
        String group = "";
        for (Shortcuts.Entry entry : Shortcuts.all()) {
            if (!entry.group().equals(group)) {
                group = entry.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("shortcuts-group");
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(entry.keys());
            keys.getStyleClass().add(SHORTCUT_KEYS_STYLE_CLASS);
            grid.addRow(row++, new Label(entry.action()), keys);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(560);
        show("Keyboard Shortcuts", scroll);
    }

    public void showScenario(Design design) {
        show("Scenario of " + design.name(), new ScenarioView(design).node());
    }

    private void show(String title, Node content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title + " - " + WindowTitle.APP);
        dialog.setHeaderText(title);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        themes.style(dialog.getDialogPane());
        dialog.show();
    }
}
