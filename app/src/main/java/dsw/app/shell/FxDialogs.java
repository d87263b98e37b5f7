package dsw.app.shell;

import dsw.app.theme.ThemeManager;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX alerts owned by the main window and styled with the theme. FX thread only. */
public final class FxDialogs implements Dialogs {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    public static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    public static final ButtonType NOT_NOW = new ButtonType("Not Now", ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final String DETAILS_ID = "dialog-details";

    private final Supplier<Window> owner;
    private final ThemeManager themes;

    public FxDialogs(Supplier<Window> owner, ThemeManager themes) {
        this.owner = owner;
        this.themes = themes;
    }

    @Override
    public UnsavedChoice askSaveChanges(String designName) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + designName + "\"?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        alert.getButtonTypes().setAll(SAVE, DONT_SAVE, CANCEL);
        ButtonType answer = alert.showAndWait().orElse(CANCEL);
        if (answer == SAVE) {
            return UnsavedChoice.SAVE;
        }
        return answer == DONT_SAVE ? UnsavedChoice.DONT_SAVE : UnsavedChoice.CANCEL;
    }

    @Override
    public RecoveryChoice askRestore(String designName, String savedAt, String originalFile) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Restore unsaved work");
        alert.setHeaderText(
                "dsw did not close properly last time.\nRestore your unsaved changes to \"" + designName + "\"?");
        alert.setContentText("They were autosaved " + savedAt + ". "
                + (originalFile == null
                        ? "They had not been saved to a file yet."
                        : "They belong to " + originalFile + ".")
                + " Restored work opens as unsaved: save it to keep it.\n\n"
                + "Discard deletes the changes for good; Not Now keeps them for the next start.");
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getButtonTypes().setAll(RESTORE, DISCARD, NOT_NOW);
        ButtonType answer = alert.showAndWait().orElse(NOT_NOW);
        if (answer == RESTORE) {
            return RecoveryChoice.RESTORE;
        }
        return answer == DISCARD ? RecoveryChoice.DISCARD : RecoveryChoice.LATER;
    }

    @Override
    public void showError(String title, String message, String details) {
        show(Alert.AlertType.ERROR, title, message, details);
    }

    @Override
    public void showWarning(String title, String message, String details) {
        show(Alert.AlertType.WARNING, title, message, details);
    }

    @Override
    public boolean confirm(String title, String message, String details, String goAhead) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title);
        describe(alert, message, details);
        ButtonType yes = new ButtonType(goAhead, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(yes, CANCEL);
        return alert.showAndWait().orElse(CANCEL) == yes;
    }

    private void show(Alert.AlertType type, String title, String message, String details) {
        Alert alert = alert(type, title);
        describe(alert, message, details);
        alert.getButtonTypes().setAll(ButtonType.OK);
        alert.showAndWait();
    }

    /** The message as the header and the details, if any, as a resizable text area below it. */
    private static void describe(Alert alert, String message, String details) {
        alert.setHeaderText(message);
        if (details != null && !details.isBlank()) {
            alert.getDialogPane().setContent(detailsBox(details));
            alert.setResizable(true);
        } else {
            alert.setContentText("");
        }
    }

    /** The details as selectable text, so a problem list can be copied into a bug report or editor. */
    static VBox detailsBox(String details) {
        long lines = details.lines().count();
        TextArea text = new TextArea(details);
        text.setId(DETAILS_ID);
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("dialog-details");
        text.setPrefRowCount((int) Math.max(3, Math.min(12, lines + 1)));
        text.setPrefColumnCount(72);
        VBox.setVgrow(text, Priority.ALWAYS);
        Label hint = new Label(lines == 1 ? "Details:" : "Details (" + lines + " lines):");
        VBox box = new VBox(hint, text);
        box.getStyleClass().add("dialog-details-box");
        return box;
    }

    private Alert alert(Alert.AlertType type, String title) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(title + " - " + WindowTitle.APP);
        themes.style(alert.getDialogPane());
        return alert;
    }
}
