package dsw.app.inspector;

import atlantafx.base.theme.Styles;
import dsw.app.theme.Icons;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Makes the editor a {@link PropertyField} needs and wires it to the field: text fields commit with
 * Enter or when left and put the design's value back on Escape, text areas commit with Ctrl+Enter
 * or when left, check boxes and choice boxes commit when changed; a refused value outlines the
 * editor in the theme's danger colour. Use on the FX thread only.
 */
final class FieldEditors {
    static final String EDITOR_STYLE_CLASS = "inspector-editor";
    static final String VALUE_STYLE_CLASS = "inspector-value";
    static final String WARNING_STYLE_CLASS = "inspector-warning";
    static final String WARNING_TEXT_STYLE_CLASS = "inspector-warning-text";
    static final String ACTION_STYLE_CLASS = "inspector-action";

    private final PropertyField field;
    private final Runnable release;
    private final List<Runnable> cleanup;
    private boolean syncing;

    /**
     * @param release hands the keyboard back to the window after a commit with the keyboard
     * @param cleanup where to leave what undoes the bindings made here
     */
    FieldEditors(PropertyField field, Runnable release, List<Runnable> cleanup) {
        this.field = field;
        this.release = release;
        this.cleanup = cleanup;
    }

    /** The editor, with its bindings added to the row's clean-up list. */
    Node create() {
        return switch (field.kind()) {
            case TEXT -> textField();
            case TEXT_AREA -> textArea();
            case CHECK -> checkBox();
            case CHOICE -> comboBox();
            case READ_ONLY -> readOnly();
            case WARNING -> warning();
            case ACTION -> action();
        };
    }

    private Node textField() {
        TextField editor = new TextField();
        editor.setOnAction(e -> {
            if (field.commit()) {
                release.run();
            }
        });
        return textInput(editor);
    }

    private Node textArea() {
        TextArea editor = new TextArea();
        editor.setWrapText(true);
        editor.setPrefRowCount(3);
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                if (field.commit()) {
                    release.run();
                }
            }
        });
        return textInput(editor);
    }

    /** What text fields and areas share: the two-way text, commit on leaving, Escape, the red outline. */
    private Node textInput(TextInputControl editor) {
        editor.getStyleClass().add(EDITOR_STYLE_CLASS);
        editor.setMaxWidth(Double.MAX_VALUE);
        editor.textProperty().bindBidirectional(field.textProperty());
        cleanup.add(() -> editor.textProperty().unbindBidirectional(field.textProperty()));
        editor.promptTextProperty().bind(field.promptProperty());
        cleanup.add(editor.promptTextProperty()::unbind);
        ChangeListener<Boolean> leave = (obs, was, now) -> {
            if (!now) {
                field.commit();
            }
        };
        editor.focusedProperty().addListener(leave);
        cleanup.add(() -> editor.focusedProperty().removeListener(leave));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.revert();
                e.consume();
            }
        });
        markErrors(editor);
        return editor;
    }

    private Node checkBox() {
        CheckBox editor = new CheckBox(field.label());
        editor.getStyleClass().add(EDITOR_STYLE_CLASS);
        follow(() ->
                editor.setSelected(Boolean.parseBoolean(field.textProperty().get())));
        editor.setOnAction(e -> {
            if (!syncing) {
                field.commit(Boolean.toString(editor.isSelected()));
            }
        });
        markErrors(editor);
        return editor;
    }

    private Node comboBox() {
        ComboBox<String> editor = new ComboBox<>(field.choices());
        editor.getStyleClass().add(EDITOR_STYLE_CLASS);
        editor.setMaxWidth(Double.MAX_VALUE);
        editor.setVisibleRowCount(14);
        follow(() -> editor.setValue(field.textProperty().get()));
        editor.setOnAction(e -> {
            if (!syncing && editor.getValue() != null) {
                field.commit(editor.getValue());
            }
        });
        markErrors(editor);
        return editor;
    }

    private Node readOnly() {
        Label value = new Label();
        value.getStyleClass().add(VALUE_STYLE_CLASS);
        value.setWrapText(true);
        bindText(value, field.textProperty());
        return value;
    }

    /** The sentence behind a warning sign, in a box of the theme's warning colours. */
    private Node warning() {
        Label text = new Label();
        text.getStyleClass().add(WARNING_TEXT_STYLE_CLASS);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        bindText(text, field.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(Icons.of("mdi2a-alert-outline"), text);
        box.getStyleClass().add(WARNING_STYLE_CLASS);
        box.setAccessibleText("Warning: " + field.textProperty().get());
        return box;
    }

    /** A button named by the label; the row's text beside it says what it does. */
    private Node action() {
        Button button = new Button(field.label());
        button.getStyleClass().addAll(ACTION_STYLE_CLASS, Styles.SMALL);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setAccessibleHelp(field.modelText());
        button.setOnAction(e -> {
            if (field.commit(field.label())) {
                release.run();
            }
        });
        return button;
    }

    /** Shows the field's text in a control that has no text property of its own, now and on change. */
    private void follow(Runnable show) {
        Runnable quiet = () -> {
            syncing = true;
            try {
                show.run();
            } finally {
                syncing = false;
            }
        };
        ChangeListener<String> listener = (obs, old, now) -> quiet.run();
        field.textProperty().addListener(listener);
        cleanup.add(() -> field.textProperty().removeListener(listener));
        quiet.run();
    }

    private void markErrors(Node editor) {
        ChangeListener<String> listener =
                (obs, old, now) -> editor.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
        field.errorProperty().addListener(listener);
        cleanup.add(() -> field.errorProperty().removeListener(listener));
        editor.pseudoClassStateChanged(
                Styles.STATE_DANGER, !field.errorProperty().get().isEmpty());
    }

    private void bindText(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        cleanup.add(label.textProperty()::unbind);
    }
}
