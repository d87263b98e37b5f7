package dsw.app.inspector;

import dsw.app.session.DesignSession;
import dsw.model.Design;
import dsw.model.edit.Command;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One row of the property sheet while it is on screen: the text in its editor, checked as it is
 * typed, and committed as one undoable edit. Text that differs from the design is a draft: it is
 * registered with the session so Save commits it first, Escape ({@link #revert}) drops it, and an
 * invalid draft never reaches the design. Plain Java with JavaFX properties; use on the FX thread
 * only.
 */
public final class PropertyField {
    private final DesignSession session;
    private final String section;
    private final String id;
    private final String label;
    private final FieldKind kind;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper(this, "unit", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ObservableList<String> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final BooleanSupplier pending = this::commit;
    private final ChangeListener<String> typed = (obs, old, now) -> typed(now);
    private final String group;
    private FieldEdit edit;
    private String modelText;
    private boolean quiet;
    private boolean updating;
    private boolean registered;
    private boolean disposed;

    PropertyField(FieldSpec spec, DesignSession session) {
        this.session = session;
        this.section = spec.section();
        this.id = spec.id();
        this.label = spec.label();
        this.kind = spec.kind();
        this.group = spec.group();
        this.modelText = spec.text();
        setQuietly(spec.text());
        take(spec);
        text.addListener(typed);
    }

    public String id() {
        return id;
    }

    /** The heading this row sits under. */
    public String section() {
        return section;
    }

    public String label() {
        return label;
    }

    public FieldKind kind() {
        return kind;
    }

    /** The id of the row this one is a setting of (a pattern's switch), or empty. */
    public String group() {
        return group;
    }

    public boolean isEditable() {
        return kind != FieldKind.READ_ONLY && kind != FieldKind.WARNING;
    }

    /** What the editor shows: the design's value, or what the user typed and has not committed. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the text cannot be used, as a sentence; "" when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    /** What the value means, for a tooltip. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** A short note shown under the editor while there is no error. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** What a {@link FieldKind#CHOICE} offers. */
    public ObservableList<String> choices() {
        return choicesView;
    }

    /** The design's value as text. */
    public String modelText() {
        return modelText;
    }

    /** True while the text differs from the design: typed and not yet committed. */
    public boolean isDraft() {
        return !text.get().equals(modelText);
    }

    /** Types {@code value} and commits it; see {@link #commit()}. */
    public boolean commit(String value) {
        text.set(value == null ? "" : value);
        return commit();
    }

    /**
     * Applies the text to the design as one undoable edit. Text that means the value the design has
     * already changes nothing; text that is not acceptable changes nothing and says why in {@link
     * #errorProperty()}.
     *
     * @return false when the text was refused
     */
    public boolean commit() {
        if (updating) {
            // an editor reacting to the design's new value (a choice list replaced): not the user
            return true;
        }
        if (disposed || !isEditable() || !isDraft()) {
            error.set("");
            unregister();
            return true;
        }
        Optional<Design> design = session.current();
        if (design.isEmpty()) {
            return true;
        }
        Optional<Command> command;
        try {
            command = edit.edit(design.get(), text.get());
        } catch (IllegalArgumentException e) {
            error.set(Wording.reason(e));
            if (kind == FieldKind.CHOICE || kind == FieldKind.CHECK || kind == FieldKind.ACTION) {
                // a refused choice goes back to what the design has; the message says why
                setQuietly(modelText);
                unregister();
            }
            return false;
        }
        error.set("");
        unregister();
        // Back to the design's value first: the edit below brings the new one, spelled canonically.
        setQuietly(modelText);
        command.ifPresent(session::execute);
        return true;
    }

    /** Drops the draft: the editor shows the design's value again (Escape). */
    public void revert() {
        setQuietly(modelText);
        error.set("");
        unregister();
    }

    /**
     * Follows the design: a changed value replaces the text (after undo, redo or another edit);
     * an unchanged value keeps a draft the user is still working on.
     */
    void update(FieldSpec spec) {
        boolean changed = !spec.text().equals(modelText);
        boolean draft = isDraft();
        updating = true;
        try {
            modelText = spec.text();
            take(spec);
            if (changed || !draft) {
                revert();
            }
        } finally {
            updating = false;
        }
    }

    /** Forgets the draft; the field is no longer on screen. */
    void dispose() {
        disposed = true;
        text.removeListener(typed);
        unregister();
    }

    private void take(FieldSpec spec) {
        edit = spec.edit();
        unit.set(spec.unit());
        description.set(spec.description());
        hint.set(spec.hint());
        prompt.set(spec.prompt());
        if (!choices.equals(spec.choices())) {
            choices.setAll(spec.choices());
        }
    }

    private void typed(String now) {
        if (quiet) {
            return;
        }
        if (now == null) {
            setQuietly("");
        }
        if (!isDraft()) {
            error.set("");
            unregister();
            return;
        }
        register();
        error.set(check(text.get()));
    }

    /** Why the text would be refused, or "". */
    private String check(String value) {
        Optional<Design> design = session.current();
        if (design.isEmpty()) {
            return "";
        }
        try {
            edit.edit(design.get(), value);
            return "";
        } catch (IllegalArgumentException e) {
            return Wording.reason(e);
        }
    }

    private void setQuietly(String value) {
        quiet = true;
        try {
            text.set(value);
        } finally {
            quiet = false;
        }
    }

    private void register() {
        if (!registered && !disposed) {
            session.addPendingEdit(pending);
            registered = true;
        }
    }

    private void unregister() {
        if (registered) {
            session.removePendingEdit(pending);
            registered = false;
        }
    }

    @Override
    public String toString() {
        return "PropertyField[" + id + " = " + text.get() + (error.get().isEmpty() ? "" : ", " + error.get()) + "]";
    }
}
