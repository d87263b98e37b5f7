package dsw.app.session;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What is selected in the open design, shared by the canvas, the inspector and the findings panel.
 * Use on the FX thread only.
 */
public final class SelectionModel {
    private final ReadOnlyObjectWrapper<Selection> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", Selection.EMPTY);

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Selection get() {
        return selection.get();
    }

    public void select(String id) {
        set(Selection.of(id));
    }

    public void set(Selection value) {
        selection.set(Objects.requireNonNull(value, "selection"));
    }

    public void clear() {
        selection.set(Selection.EMPTY);
    }
}
