package dsw.app.inspector;

import dsw.app.session.DesignSession;
import dsw.app.session.Selection;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.kind.KindCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the inspector shows: a header for the selected component, link or frame (or, with nothing
 * selected, the design) and its property sheet, one {@link PropertyField} per row. Every field
 * that can be edited commits as one undoable edit through the session. The fields follow the design:
 * after an edit, undo or redo the same fields show the new values, so an editor on screen keeps the
 * keyboard; another selection brings new fields. Use on the FX thread only.
 */
public final class InspectorViewModel {
    /** What the inspector is showing. */
    public enum Mode {
        NOTHING_OPEN,
        DESIGN,
        COMPONENT,
        LINK,
        FRAME
    }

    private final DesignSession session;
    private final KindCatalog catalog;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NOTHING_OPEN);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper icon = new ReadOnlyStringWrapper(this, "icon", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ObservableList<PropertyField> fields = FXCollections.observableArrayList();
    /** One read-only view, kept: a new one per call would lose its listeners to the garbage collector. */
    private final ObservableList<PropertyField> fieldsView = FXCollections.unmodifiableObservableList(fields);

    private final InvalidationListener refresh = obs -> refresh();
    /** What the fields on screen were built for: the selection and each row's id and kind. */
    private List<String> shape = List.of();

    public InspectorViewModel(DesignSession session) {
        this(session, KindCatalog.standard());
    }

    public InspectorViewModel(DesignSession session, KindCatalog catalog) {
        this.session = session;
        this.catalog = catalog;
        session.designProperty().addListener(refresh);
        session.selection().selectionProperty().addListener(refresh);
        refresh();
    }

    /** The session this inspector shows and edits. */
    public DesignSession session() {
        return session;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The name of what is shown. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What kind of thing is shown, such as "Database" or "Synchronous link". */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** An Ikonli icon literal for the header. */
    public ReadOnlyStringProperty iconProperty() {
        return icon.getReadOnlyProperty();
    }

    /** Free text under the header: the kind's description, or what a link connects. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** With several things selected, which one the sheet edits, such as "3 selected — editing Web"; else "". */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The rows of the property sheet, in order; each names its section. */
    public ObservableList<PropertyField> fields() {
        return fieldsView;
    }

    /** The row whose editor has this id, such as {@code link-latency}. */
    public Optional<PropertyField> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * Types {@code text} into the field {@code id} and commits it; false when it was refused (the
     * field then says why).
     *
     * @throws IllegalArgumentException when no field has this id
     */
    public boolean commit(String id, String text) {
        return field(id)
                .orElseThrow(() -> new IllegalArgumentException("no field " + id + " in the inspector"))
                .commit(text);
    }

    public void dispose() {
        session.designProperty().removeListener(refresh);
        session.selection().selectionProperty().removeListener(refresh);
        fields.forEach(PropertyField::dispose);
    }

    private void refresh() {
        Design design = session.designProperty().get();
        if (design == null) {
            note.set("");
            show(Mode.NOTHING_OPEN, "", "", "", "", List.of());
            return;
        }
        Selection selection = session.selection().get();
        String id = selection.primary().orElse(null);
        if (id != null) {
            Optional<Component> component = design.component(id);
            if (component.isPresent()) {
                showComponent(design, component.get(), selection);
                return;
            }
            Optional<Link> link = design.link(id);
            if (link.isPresent()) {
                showLink(design, link.get(), selection);
                return;
            }
            Optional<Group> group = design.group(id);
            if (group.isPresent()) {
                note.set(editingNote(selection, group.get().name()));
                show(
                        Mode.FRAME,
                        group.get().name(),
                        group.get().kind().displayName(),
                        "mdi2g-group",
                        "",
                        FrameFields.of(design, group.get()));
                return;
            }
        }
        note.set("");
        show(Mode.DESIGN, design.name(), "Design", "mdi2s-sitemap-outline", "", DesignFields.of(design));
    }

    private void showComponent(Design design, Component c, Selection selection) {
        note.set(editingNote(selection, c.name()));
        show(
                Mode.COMPONENT,
                c.name(),
                c.kind().name(),
                c.kind().icon(),
                c.kind().description(),
                ComponentFields.of(design, c, catalog));
    }

    private void showLink(Design design, Link link, Selection selection) {
        List<Link> links = new ArrayList<>();
        for (String id : selection.ids()) {
            design.link(id).ifPresent(links::add);
        }
        boolean allLinks = links.size() == selection.ids().size();
        List<Link> edited = allLinks ? links : List.of(link);
        String ends = LinkFields.ends(design, link);
        note.set(
                allLinks && links.size() > 1
                        ? links.size() + " links selected — network settings apply to all of them"
                        : editingNote(selection, ends));
        boolean both = link.direction() == LinkDirection.BOTH;
        show(
                Mode.LINK,
                link.label().isEmpty() ? ends : link.label(),
                (link.mode() == LinkMode.SYNC ? "Synchronous" : "Asynchronous") + " link",
                both ? "mdi2s-swap-horizontal" : "mdi2a-arrow-right",
                both ? ends.replace(" → ", " ↔ ") : ends,
                LinkFields.of(design, link, edited));
    }

    private static String editingNote(Selection selection, String name) {
        int n = selection.ids().size();
        return n > 1 ? n + " selected — editing " + name : "";
    }

    private void show(
            Mode newMode, String newTitle, String newSubtitle, String newIcon, String text, List<FieldSpec> specs) {
        title.set(newTitle);
        subtitle.set(newSubtitle);
        icon.set(newIcon);
        description.set(text);
        List<String> newShape = new ArrayList<>();
        newShape.add(
                newMode + "\u0000" + String.join(",", session.selection().get().ids()));
        specs.forEach(s -> newShape.add(s.shape()));
        if (newShape.equals(shape)) {
            for (int i = 0; i < specs.size(); i++) {
                fields.get(i).update(specs.get(i));
            }
        } else {
            shape = List.copyOf(newShape);
            // Drop the old drafts first: an editor leaving the screen must not commit into the new selection.
            fields.forEach(PropertyField::dispose);
            fields.setAll(specs.stream().map(s -> new PropertyField(s, session)).toList());
        }
        mode.set(newMode);
    }
}
