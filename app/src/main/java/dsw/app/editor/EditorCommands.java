package dsw.app.editor;

import dsw.app.canvas.DiagramLayout;
import dsw.app.canvas.Rect;
import dsw.app.session.DesignSession;
import dsw.app.session.Selection;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.edit.Edit;
import dsw.model.edit.Edits;
import dsw.model.kind.ComponentKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editing actions of the Edit and Arrange menus and the canvas: add, connect, rename, delete,
 * cut, copy, paste, duplicate, select all, nudge, put in a frame, remove a frame. Each change is
 * one undoable edit through the session; a refused action says why in {@link #messageProperty()}.
 * Plain Java apart from the property; use on the FX thread only.
 */
public final class EditorCommands {
    /** How far each paste or duplicate is shifted from the last, in canvas units. */
    public static final double PASTE_OFFSET = 40;

    private final DesignSession session;
    private final Supplier<DiagramLayout> layout;
    private final EditorClipboard clipboard;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private String lastPasted;
    private int pasteCount;

    public EditorCommands(DesignSession session, Supplier<DiagramLayout> layout, EditorClipboard clipboard) {
        this.session = session;
        this.layout = layout;
        this.clipboard = clipboard;
    }

    /** Why the last action did nothing (or "" when it worked); the window shows it briefly. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Adds a component of the kind centred at a canvas point, in the frame there, and selects it. */
    public String add(ComponentKind kind, double x, double y) {
        Design design = session.current().orElseThrow();
        DiagramLayout now = layout.get();
        Design base = Placement.pinned(design, now);
        String group = now.frameAt(x, y, Set.of()).map(DiagramLayout.Frame::id).orElse(null);
        Component component = Placement.component(base, kind, x, y, group);
        List<Component> components = new ArrayList<>(base.components());
        components.add(component);
        run(new Edit("Add " + component.name(), design, base.withComponents(components)));
        session.selection().select(component.id());
        return component.id();
    }

    /** Adds a frame of the kind over an area of the canvas, holding what lies inside, and selects it. */
    public String addFrame(GroupKind kind, Rect area) {
        Frames.Added added = Frames.add(session.current().orElseThrow(), layout.get(), kind, area);
        run(added.edit());
        session.selection().select(added.id());
        return added.id();
    }

    /** Puts the selected components and frames into a new frame drawn around them. */
    public void groupSelection(GroupKind kind) {
        Set<String> ids = new LinkedHashSet<>(selected());
        Rect area = Frames.around(layout.get(), ids);
        if (area.isEmpty()) {
            tell("Select the components to put in a frame first.");
            return;
        }
        addFrame(kind, area);
    }

    /** Removes the selected frames, keeping what they hold (it moves to the enclosing frame). */
    public void removeFrames() {
        Design design = session.current().orElseThrow();
        List<String> frames =
                selected().stream().filter(id -> design.group(id).isPresent()).toList();
        if (frames.isEmpty()) {
            tell("Select a frame to remove first.");
            return;
        }
        Edit edit = Edits.delete(design, frames);
        String what = frames.size() == 1
                ? "Remove frame " + design.group(frames.get(0)).orElseThrow().name()
                : "Remove " + frames.size() + " frames";
        run(new Edit(what, edit.before(), edit.after()));
    }

    /**
     * Connects two components with a new link and selects it; refuses (saying why) a link to itself
     * or a second link the same way between the same two components.
     */
    public Optional<String> connect(String fromId, String toId) {
        Design design = session.current().orElseThrow();
        Component from = design.requireComponent(fromId);
        Component to = design.requireComponent(toId);
        if (fromId.equals(toId)) {
            tell("A component cannot be linked to itself.");
            return Optional.empty();
        }
        for (Link existing : design.linksOf(fromId)) {
            if (existing.from().equals(fromId) && existing.to().equals(toId)) {
                tell(from.name() + " is already linked to " + to.name() + ".");
                session.selection().select(existing.id());
                return Optional.empty();
            }
        }
        Link link = Placement.link(design, from, to);
        run(Edits.addLink(design, link));
        session.selection().select(link.id());
        return Optional.of(link.id());
    }

    /**
     * Renames a component or frame, or sets a link's label; false (saying why) when the text is not
     * acceptable. An unchanged name changes nothing.
     */
    public boolean rename(String id, String text) {
        Design design = session.current().orElseThrow();
        String name = text == null ? "" : text.strip();
        try {
            Optional<Component> component = design.component(id);
            if (component.isPresent()) {
                if (name.isEmpty()) {
                    tell("A component needs a name.");
                    return false;
                }
                if (!name.equals(component.get().name())) {
                    run(Edits.renameComponent(design, id, name));
                }
                return true;
            }
            Optional<Group> group = design.group(id);
            if (group.isPresent()) {
                if (name.isEmpty()) {
                    tell("A frame needs a name.");
                    return false;
                }
                if (!name.equals(group.get().name())) {
                    run(Edits.updateGroup(
                            design,
                            group.get().withName(name),
                            "Rename frame " + group.get().name() + " to " + name));
                }
                return true;
            }
            Optional<Link> link = design.link(id);
            if (link.isPresent() && !name.equals(link.get().label())) {
                String ends = design.requireComponent(link.get().from()).name() + " → "
                        + design.requireComponent(link.get().to()).name();
                run(Edits.updateLink(
                        design,
                        link.get().withLabel(name),
                        name.isEmpty() ? "Remove the label of " + ends : "Label " + ends + " \"" + name + "\""));
            }
            return link.isPresent();
        } catch (IllegalArgumentException e) {
            tell(sentence(e.getMessage()));
            return false;
        }
    }

    /** The current name or label of a part, for an inline editor. */
    public Optional<String> nameOf(String id) {
        Design design = session.current().orElse(null);
        if (design == null) {
            return Optional.empty();
        }
        return design.component(id)
                .map(Component::name)
                .or(() -> design.group(id).map(Group::name))
                .or(() -> design.link(id).map(Link::label));
    }

    public void selectAll() {
        session.current().ifPresent(design -> {
            List<String> ids = new ArrayList<>();
            design.groups().forEach(g -> ids.add(g.id()));
            design.components().forEach(c -> ids.add(c.id()));
            design.links().forEach(l -> ids.add(l.id()));
            session.selection().set(new Selection(ids));
        });
    }

    public void delete() {
        List<String> ids = selected();
        if (ids.isEmpty()) {
            return;
        }
        Design design = session.current().orElseThrow();
        run(Edits.delete(Placement.pinned(design, layout.get()), ids), design);
        session.selection().clear();
    }

    /** Copies the selected components and frames (with the links between them). */
    public boolean copy() {
        Optional<Design> fragment = session.current().flatMap(d -> Fragments.copy(d, layout.get(), selected()));
        if (fragment.isEmpty()) {
            tell("Select components or frames to copy first.");
            return false;
        }
        String json = Fragments.toJson(fragment.get());
        clipboard.put(json);
        lastPasted = json;
        pasteCount = 0;
        return true;
    }

    public void cut() {
        if (copy()) {
            Design design = session.current().orElseThrow();
            Edit delete = Edits.delete(Placement.pinned(design, layout.get()), selected());
            String what = "Cut "
                    + Fragments.describe(
                            Fragments.copy(design, layout.get(), selected()).orElseThrow());
            run(new Edit(what, design, delete.after()));
            session.selection().clear();
        }
    }

    /** Pastes what the clipboard holds, shifted a little further with every paste, and selects it. */
    public void paste() {
        Optional<String> text = clipboard.get();
        Optional<Design> fragment = text.flatMap(Fragments::fromJson);
        if (fragment.isEmpty()) {
            tell("The clipboard holds no dsw components to paste.");
            return;
        }
        if (!text.get().equals(lastPasted)) {
            lastPasted = text.get();
            pasteCount = 0;
        }
        pasteCount++;
        double offset = PASTE_OFFSET * pasteCount;
        place(fragment.get(), offset, "Paste");
    }

    /** Copies the selection next to itself without touching the clipboard. */
    public void duplicate() {
        Optional<Design> fragment = session.current().flatMap(d -> Fragments.copy(d, layout.get(), selected()));
        if (fragment.isEmpty()) {
            tell("Select components or frames to duplicate first.");
            return;
        }
        place(fragment.get(), PASTE_OFFSET, "Duplicate");
    }

    /** Lays the whole design out again automatically (layers from callers to data), as one edit. */
    public void arrange() {
        Design design = session.current().orElseThrow();
        if (design.components().isEmpty()) {
            tell("There is nothing to arrange yet.");
            return;
        }
        run(Edits.arrange(design));
    }

    /** Moves the selection by (dx, dy) canvas units (the arrow keys). */
    public void nudge(double dx, double dy) {
        Design design = session.current().orElseThrow();
        MoveSet set = MoveSet.of(design, selected());
        Moves.edit(design, layout.get(), set, dx, dy).ifPresent(this::run);
    }

    /** Runs an edit the canvas worked out (a drag). */
    public void run(Edit edit) {
        run(edit, edit.before());
    }

    private void run(Edit edit, Design before) {
        message.set("");
        Edit applied = edit.before().equals(before) ? edit : new Edit(edit.description(), before, edit.after());
        session.execute(applied);
    }

    private void place(Design fragment, double offset, String verb) {
        Design design = session.current().orElseThrow();
        Fragments.Pasted pasted = Fragments.paste(design, layout.get(), fragment, offset, offset, verb);
        run(pasted.edit());
        session.selection().set(new Selection(pasted.ids()));
    }

    private List<String> selected() {
        return session.selection().get().ids();
    }

    private void tell(String text) {
        message.set(""); // a repeated message still notifies
        message.set(text);
    }

    private static String sentence(String text) {
        if (text == null || text.isEmpty()) {
            return "That cannot be done.";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
    }
}
