package dsw.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.model.Design;
import dsw.model.TestDesigns;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final Design start = TestDesigns.chain();
    private final CommandStack stack = new CommandStack(start);

    @Test
    void undoAndRedoWalkThroughTheHistory() {
        stack.execute(Edits.renameComponent(stack.design(), "api", "Orders API"));
        stack.execute(Edits.renameDesign(stack.design(), "Shop"));

        assertThat(stack.undoDescription()).contains("Rename design to Shop");
        stack.undo();
        assertThat(stack.design().name()).isEqualTo("Chain");
        assertThat(stack.redoDescription()).contains("Rename design to Shop");
        stack.undo();
        assertThat(stack.design()).isEqualTo(start);
        assertThat(stack.canUndo()).isFalse();

        stack.redo();
        stack.redo();
        assertThat(stack.design().name()).isEqualTo("Shop");
        assertThat(stack.design().requireComponent("api").name()).isEqualTo("Orders API");
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void aNewEditClearsRedo() {
        stack.execute(Edits.renameDesign(stack.design(), "One"));
        stack.undo();
        stack.execute(Edits.renameDesign(stack.design(), "Two"));

        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.design().name()).isEqualTo("Two");
    }

    @Test
    void unsavedMeansTheRevisionDiffersFromTheSavedOne() {
        assertThat(stack.isDirty()).isFalse();

        stack.execute(Edits.renameDesign(stack.design(), "One"));
        assertThat(stack.isDirty()).isTrue();

        stack.undo();
        assertThat(stack.isDirty()).as("undoing back to the saved state").isFalse();

        stack.redo();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).as("undoing past the save").isTrue();
    }

    @Test
    void editingAfterUndoNeverReusesARevision() {
        stack.execute(Edits.renameDesign(stack.design(), "One"));
        long one = stack.revision();
        stack.markSaved();
        stack.undo();
        stack.execute(Edits.renameDesign(stack.design(), "Two"));

        assertThat(stack.revision()).isNotEqualTo(one);
        assertThat(stack.isDirty()).isTrue();
    }

    @Test
    void editsThatChangeNothingAreNotRecorded() {
        stack.execute(Edits.renameDesign(stack.design(), "Chain"));

        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void resetStartsAFreshHistory() {
        stack.execute(Edits.renameDesign(stack.design(), "One"));
        stack.reset(Design.empty("New"));

        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
        assertThat(stack.design().name()).isEqualTo("New");
    }

    @Test
    void aRestoredDesignStaysUnsavedUntilSavedEvenWhenEditsAreUndone() {
        stack.resetUnsaved(Design.empty("Restored"));
        assertThat(stack.isDirty()).isTrue();
        assertThat(stack.canUndo()).isFalse();

        stack.execute(Edits.renameDesign(stack.design(), "Edited"));
        stack.undo();
        assertThat(stack.design().name()).isEqualTo("Restored");
        assertThat(stack.isDirty()).isTrue();

        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void historyIsBounded() {
        CommandStack small = new CommandStack(start, 3);
        for (int i = 0; i < 10; i++) {
            small.execute(Edits.renameDesign(small.design(), "Name " + i));
        }
        int undone = 0;
        while (small.canUndo()) {
            small.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(3);
        assertThat(small.design().name()).isEqualTo("Name 6");
    }

    @Test
    void listenersHearEveryChange() {
        AtomicInteger calls = new AtomicInteger();
        Runnable listener = calls::incrementAndGet;
        stack.addListener(listener);

        stack.execute(Edits.renameDesign(stack.design(), "One"));
        stack.undo();
        stack.redo();
        stack.markSaved();
        stack.removeListener(listener);
        stack.undo();

        assertThat(calls).hasValue(4);
    }

    @Test
    void anEditRefusesADesignItWasNotMadeFor() {
        Edit edit = Edits.renameDesign(start, "One");

        assertThatThrownBy(() -> edit.execute(start.withName("Elsewhere")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not the one this edit was made for");
    }
}
