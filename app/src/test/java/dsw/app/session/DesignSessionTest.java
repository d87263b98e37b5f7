package dsw.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.app.TestDesigns;
import dsw.model.edit.Edits;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DesignSessionTest {
    private final DesignSession session = new DesignSession();

    @Test
    void nothingIsOpenAtFirst() {
        assertThat(session.isOpen()).isFalse();
        assertThat(session.designProperty().get()).isNull();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo");
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThatThrownBy(() -> session.execute(Edits.renameDesign(TestDesigns.small(), "x")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void editsAreUndoableAndMarkTheDesignUnsaved() {
        session.open(TestDesigns.small(), Path.of("/tmp/small.dsw.json"));
        assertThat(session.isDirty()).isFalse();
        session.execute(Edits.renameDesign(session.current().orElseThrow(), "Bigger"));
        assertThat(session.isDirty()).isTrue();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Rename design to Bigger");
        assertThat(session.canRedoProperty().get()).isFalse();
        session.undo();
        assertThat(session.current().orElseThrow().name()).isEqualTo("Small");
        assertThat(session.isDirty()).isFalse();
        assertThat(session.redoTextProperty().get()).isEqualTo("Redo Rename design to Bigger");
        session.redo();
        assertThat(session.current().orElseThrow().name()).isEqualTo("Bigger");
    }

    @Test
    void recoveredWorkIsUnsavedAndSavesToItsOriginalFile() {
        session.openRecovered(TestDesigns.small(), Path.of("/tmp/x/../small.dsw.json"));
        assertThat(session.isOpen()).isTrue();
        assertThat(session.isDirty()).isTrue();
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(session.fileProperty().get()).isEqualTo(Path.of("/tmp/small.dsw.json"));

        session.execute(Edits.renameDesign(session.current().orElseThrow(), "Bigger"));
        session.undo();
        assertThat(session.isDirty())
                .as("undo returns to the recovered work, which is not on disk")
                .isTrue();

        session.saved(Path.of("/tmp/small.dsw.json"), session.revision());
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void savingRecordsTheFileAndClearsTheUnsavedMark() {
        session.open(TestDesigns.small(), null);
        session.execute(Edits.renameDesign(session.current().orElseThrow(), "Renamed"));
        session.saved(Path.of("/tmp/x/../renamed.dsw.json"), session.revision());
        assertThat(session.isDirty()).isFalse();
        assertThat(session.fileProperty().get()).isEqualTo(Path.of("/tmp/renamed.dsw.json"));
    }

    @Test
    void aSaveOfAnOlderRevisionLeavesNewerChangesUnsaved() {
        session.open(TestDesigns.small(), null);
        long before = session.revision();
        session.execute(Edits.renameDesign(session.current().orElseThrow(), "Later"));
        session.saved(Path.of("/tmp/a.dsw.json"), before);
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void selectionDropsWhatNoLongerExists() {
        session.open(TestDesigns.small(), null);
        session.selection().select("db");
        session.execute(Edits.delete(session.current().orElseThrow(), java.util.List.of("db")));
        assertThat(session.selection().get().isEmpty()).isTrue();
    }

    @Test
    void closingForgetsEverything() {
        session.open(TestDesigns.small(), Path.of("/tmp/small.dsw.json"));
        long document = session.documentIdProperty().get();
        session.execute(Edits.renameDesign(session.current().orElseThrow(), "Changed"));
        session.close();
        assertThat(session.isOpen()).isFalse();
        assertThat(session.isDirty()).isFalse();
        assertThat(session.fileProperty().get()).isNull();
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(session.documentIdProperty().get()).isNotEqualTo(document);
    }
}
