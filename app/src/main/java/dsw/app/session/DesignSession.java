package dsw.app.session;

import dsw.model.Design;
import dsw.model.edit.Command;
import dsw.model.edit.CommandStack;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The design that is open in the window: its one undo/redo {@link CommandStack}, the file it came
 * from (if any), and the selection, exposed as JavaFX properties for the panels to follow. Every
 * change of the design goes through {@link #execute}, so it is undoable and marks the design unsaved.
 * Plain Java apart from the properties: usable in tests without the toolkit. Use on the FX thread
 * only.
 */
public final class DesignSession {
    /** The name of a new, empty design. */
    public static final String NEW_DESIGN_NAME = "Untitled design";

    private final CommandStack stack = new CommandStack(Design.empty(NEW_DESIGN_NAME));
    private final java.util.List<java.util.function.BooleanSupplier> pendingEdits = new java.util.ArrayList<>();
    private final Runnable stackListener = this::sync;
    private final SelectionModel selection = new SelectionModel();

    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyLongWrapper documentId = new ReadOnlyLongWrapper(this, "documentId");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private boolean open;

    public DesignSession() {
        stack.addListener(stackListener);
    }

    /**
     * Registers an editor that may hold typed but uncommitted text (a name field waiting for
     * Enter); it commits when asked and answers false when the text was refused.
     */
    public void addPendingEdit(java.util.function.BooleanSupplier commit) {
        pendingEdits.add(commit);
    }

    public void removePendingEdit(java.util.function.BooleanSupplier commit) {
        pendingEdits.remove(commit);
    }

    /**
     * Commits what editors hold before the design is saved or closed, so Save saves what the user
     * sees; false when an editor refused its text (it then shows why).
     */
    public boolean commitPendingEdits() {
        boolean all = true;
        for (java.util.function.BooleanSupplier commit : java.util.List.copyOf(pendingEdits)) {
            all &= commit.getAsBoolean();
        }
        return all;
    }

    /** Starts over with {@code newDesign}, nothing unsaved; {@code source} is its file or null. */
    public void open(Design newDesign, Path source) {
        Objects.requireNonNull(newDesign, "design");
        start(source);
        stack.reset(newDesign);
        documentId.set(documentId.get() + 1);
    }

    /**
     * Starts over with work restored after a crash: {@code recovered} is unsaved (until saved, even
     * when edits are undone), with nothing to undo; {@code originalFile} is the file it was opened
     * from or last saved to, where Save writes it, or null when it was never saved.
     */
    public void openRecovered(Design recovered, Path originalFile) {
        Objects.requireNonNull(recovered, "recovered");
        start(originalFile);
        stack.resetUnsaved(recovered);
        documentId.set(documentId.get() + 1);
    }

    private void start(Path source) {
        open = true;
        file.set(source == null ? null : source.toAbsolutePath().normalize());
        selection.clear();
    }

    /** Closes the design: nothing is open afterwards. */
    public void close() {
        open = false;
        file.set(null);
        selection.clear();
        stack.reset(Design.empty(NEW_DESIGN_NAME));
        documentId.set(documentId.get() + 1);
    }

    /** Applies an undoable edit to the open design. @throws IllegalStateException when none is open */
    public void execute(Command command) {
        requireOpen();
        stack.execute(command);
    }

    public void undo() {
        if (open) {
            stack.undo();
        }
    }

    public void redo() {
        if (open) {
            stack.redo();
        }
    }

    /** Records that {@code revision} of the design is now in {@code savedTo}. */
    public void saved(Path savedTo, long revision) {
        requireOpen();
        file.set(savedTo.toAbsolutePath().normalize());
        if (stack.revision() == revision) {
            stack.markSaved();
        }
    }

    public boolean isOpen() {
        return open;
    }

    /** Identifies the current state of the design; see {@link CommandStack#revision()}. */
    public long revision() {
        return stack.revision();
    }

    public Optional<Design> current() {
        return Optional.ofNullable(design.get());
    }

    public SelectionModel selection() {
        return selection;
    }

    /** The open design, or null when none is open. */
    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    /** The file the design was opened from or last saved to; null for a new design or an example. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Changes whenever another design is opened (or the design is closed), not on edits. */
    public ReadOnlyLongProperty documentIdProperty() {
        return documentId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Rename design to X", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo Rename design to X", or "Redo" when there is nothing to redo. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Stops following the undo stack. */
    public void dispose() {
        stack.removeListener(stackListener);
    }

    private void sync() {
        Design now = open ? stack.design() : null;
        design.set(now);
        if (now != null && !selection.get().isEmpty()) {
            Set<String> ids = new HashSet<>(now.ids());
            selection.set(selection.get().retain(ids));
        }
        dirty.set(open && stack.isDirty());
        canUndo.set(open && stack.canUndo());
        canRedo.set(open && stack.canRedo());
        undoText.set(open ? stack.undoDescription().map(d -> "Undo " + d).orElse("Undo") : "Undo");
        redoText.set(open ? stack.redoDescription().map(d -> "Redo " + d).orElse("Redo") : "Redo");
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("no design is open");
        }
    }
}
