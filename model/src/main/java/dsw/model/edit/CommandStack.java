package dsw.model.edit;

import dsw.model.Design;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one undo/redo history of an open design. Each state of the design has a revision number;
 * undo returns to the earlier state's revision, so "unsaved changes" is simply "the revision
 * differs from the saved one", and editing then undoing leaves nothing unsaved.
 *
 * <p>Not thread-safe: use it from one thread (the UI thread in the app).
 */
public final class CommandStack {
    /** Older edits beyond this many are forgotten. */
    public static final int DEFAULT_LIMIT = 1_000;

    /** The saved revision of a design saved nowhere; no state ever has it (revisions count up from 0). */
    private static final long NEVER_SAVED = -1;

    private record Entry(Command command, long revisionBefore, long revisionAfter) {}

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final int limit;
    private Design design;
    private long revision;
    private long lastIssued;
    private long savedRevision;

    public CommandStack(Design design) {
        this(design, DEFAULT_LIMIT);
    }

    public CommandStack(Design design, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.design = Objects.requireNonNull(design, "design");
        this.limit = limit;
    }

    public Design design() {
        return design;
    }

    /** Applies the command and makes it the one Undo reverses. Clears Redo. */
    public void execute(Command command) {
        Design next = command.execute(design);
        if (next.equals(design)) {
            return;
        }
        long before = revision;
        design = next;
        revision = ++lastIssued;
        undo.push(new Entry(command, before, revision));
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(e -> e.command().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(e -> e.command().description());
    }

    /** Reverses the last edit; does nothing when there is none. */
    public void undo() {
        Entry entry = undo.poll();
        if (entry == null) {
            return;
        }
        design = entry.command().undo(design);
        revision = entry.revisionBefore();
        redo.push(entry);
        fire();
    }

    /** Re-applies the last undone edit; does nothing when there is none. */
    public void redo() {
        Entry entry = redo.poll();
        if (entry == null) {
            return;
        }
        design = entry.command().execute(design);
        revision = entry.revisionAfter();
        undo.push(entry);
        fire();
    }

    /** Identifies the current state; equal revisions mean equal designs. */
    public long revision() {
        return revision;
    }

    /** Records that the current state is what is on disk. */
    public void markSaved() {
        savedRevision = revision;
        fire();
    }

    /** True when the design differs from what was last saved (or loaded). */
    public boolean isDirty() {
        return revision != savedRevision;
    }

    /** Starts over with another design (New, Open): history cleared, nothing unsaved. */
    public void reset(Design newDesign) {
        start(newDesign);
        savedRevision = revision;
        fire();
    }

    /**
     * Starts over with a design that is saved nowhere (work restored after a crash): history
     * cleared, and unsaved until {@link #markSaved()}, whatever is undone or redone before that.
     */
    public void resetUnsaved(Design newDesign) {
        start(newDesign);
        savedRevision = NEVER_SAVED;
        fire();
    }

    private void start(Design newDesign) {
        design = Objects.requireNonNull(newDesign, "design");
        undo.clear();
        redo.clear();
        revision = ++lastIssued;
    }

    /** Called after every change of design, history or saved state. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }
}
