package dsw.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The nodes of one property-sheet row: the label above an editor that fits the {@link
 * PropertyField} (text field, text area, check box or choice box), the unit after it, and under it
 * the field's error or hint; a read-only value sits on one line with its label. Text fields commit with Enter or when left, and Escape puts the design's
 * value back. Holds its bindings and releases them in {@link #dispose}. Use on the FX thread only.
 */
final class FieldRow {
    static final String KEY_STYLE_CLASS = "inspector-key";
    static final String UNIT_STYLE_CLASS = "inspector-unit";
    static final String ERROR_STYLE_CLASS = "inspector-error";
    static final String HINT_STYLE_CLASS = "inspector-hint";

    static final String ROW_STYLE_CLASS = "inspector-row";
    static final String READ_ONLY_ROW_STYLE_CLASS = "inspector-row-read-only";
    static final String WARNING_ROW_STYLE_CLASS = "inspector-warning-row";
    static final String SUGGESTION_STYLE_CLASS = "inspector-suggestion";
    static final String SUGGESTION_ROW_STYLE_CLASS = "inspector-suggestion-row";

    private final PropertyField field;
    private final Label key = new Label();
    private final Pane row;
    private final List<Runnable> cleanup = new ArrayList<>();

    /**
     * @param release hands the keyboard back to the window after Enter, so shortcuts such as Undo
     *     act on the design again
     * @param reveal scrolls a row into sight when its editor gets the keyboard
     */
    FieldRow(PropertyField field, Runnable release, Consumer<Node> reveal) {
        this.field = field;
        key.setText(field.label());
        key.getStyleClass().add(KEY_STYLE_CLASS);
        key.setWrapText(true);
        Node editor = new FieldEditors(field, release, cleanup).create();
        editor.setId(field.id());
        if (editor instanceof Control control) {
            key.setLabelFor(control);
            tooltip(control);
            ChangeListener<Boolean> focus = (obs, was, now) -> {
                if (now) {
                    reveal.accept(control);
                }
            };
            control.focusedProperty().addListener(focus);
            cleanup.add(() -> control.focusedProperty().removeListener(focus));
        }
        tooltip(key);
        if (field.kind() == FieldKind.WARNING) {
            // a sentence of its own: the whole width
            HBox.setHgrow(editor, Priority.ALWAYS);
            row = new HBox(editor);
            row.getStyleClass().add(WARNING_ROW_STYLE_CLASS);
            return;
        }
        if (field.kind() == FieldKind.ACTION) {
            // what the button does, then the button
            Label text = new Label();
            text.getStyleClass().add(SUGGESTION_STYLE_CLASS);
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setText(field.modelText());
            text.setId(PropertyIds.hint(field.id()));
            Label error = new Label();
            error.setId(PropertyIds.error(field.id()));
            error.getStyleClass().add(ERROR_STYLE_CLASS);
            error.setWrapText(true);
            bindText(error, field.errorProperty());
            showWhen(error, Bindings.isNotEmpty(field.errorProperty()));
            row = new VBox(text, editor, error);
            row.getStyleClass().add(SUGGESTION_ROW_STYLE_CLASS);
            return;
        }
        if (field.kind() == FieldKind.READ_ONLY) {
            // a fact, not an editor: key and value on one line
            HBox.setHgrow(editor, Priority.ALWAYS);
            key.setMinWidth(Region.USE_PREF_SIZE);
            row = new HBox(key, editor);
            row.getStyleClass().add(READ_ONLY_ROW_STYLE_CLASS);
            return;
        }
        // an editor: its label above, the whole width for the text, the message below
        Label unit = new Label();
        unit.getStyleClass().add(UNIT_STYLE_CLASS);
        unit.setMinWidth(Region.USE_PREF_SIZE);
        bindText(unit, field.unitProperty());
        showWhen(unit, Bindings.isNotEmpty(field.unitProperty()));
        HBox.setHgrow(editor, Priority.ALWAYS);
        HBox line = new HBox(editor, unit);
        line.getStyleClass().add("inspector-editor-line");

        Label error = new Label();
        error.setId(PropertyIds.error(field.id()));
        error.getStyleClass().add(ERROR_STYLE_CLASS);
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        bindText(error, field.errorProperty());
        showWhen(error, Bindings.isNotEmpty(field.errorProperty()));

        Label hint = new Label();
        hint.setId(PropertyIds.hint(field.id()));
        hint.getStyleClass().add(HINT_STYLE_CLASS);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        bindText(hint, field.hintProperty());
        showWhen(hint, Bindings.isNotEmpty(field.hintProperty()).and(Bindings.isEmpty(field.errorProperty())));

        row = field.kind() == FieldKind.CHECK ? new VBox(line, error, hint) : new VBox(key, line, error, hint);
        row.getStyleClass().add(ROW_STYLE_CLASS);
    }

    /** The label, the editor and what goes with it. */
    Node node() {
        return row;
    }

    void dispose() {
        cleanup.forEach(Runnable::run);
        cleanup.clear();
    }

    private void tooltip(Control control) {
        if (field.descriptionProperty().get().isEmpty()) {
            return;
        }
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(field.descriptionProperty());
        cleanup.add(tip.textProperty()::unbind);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        control.setTooltip(tip);
    }

    private void bindText(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        cleanup.add(label.textProperty()::unbind);
    }

    private void showWhen(Node node, javafx.beans.binding.BooleanBinding condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
        cleanup.add(() -> {
            node.managedProperty().unbind();
            node.visibleProperty().unbind();
            condition.dispose();
        });
    }
}
