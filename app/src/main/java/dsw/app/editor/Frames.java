package dsw.app.editor;

import dsw.app.canvas.DiagramLayout;
import dsw.app.canvas.Rect;
import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.edit.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Adds frames so that what a frame encloses on screen is what it holds: the new frame nests in
 * the innermost frame around it and adopts the components and frames drawn inside it that sat
 * directly in that same frame. Thread-safe (stateless).
 */
public final class Frames {
    /** Space between a frame made around a selection and the selected parts. */
    public static final double PADDING = 28;

    /** Room above a frame's contents for its title. */
    public static final double HEADER = DiagramLayout.FRAME_HEADER;

    private Frames() {}

    /** A frame may not be made smaller than this (canvas units). */
    public static final double MIN_WIDTH = 160;

    public static final double MIN_HEIGHT = 100;

    /** The edit that adds a frame of the kind with these bounds, and the new frame's id. */
    public static Added add(Design design, DiagramLayout layout, GroupKind kind, Rect area) {
        Design base = Placement.pinned(design, layout);
        String parent = layout.frameEnclosing(area, Set.of()).orElse(null);
        Group frame = Placement.frame(base, kind, bounds(area), parent);
        List<Group> groups = new ArrayList<>(base.groups());
        groups.add(frame);
        Design after = fit(base.withGroups(groups), layout, frame, area);
        String what = "Add " + kind.displayName().toLowerCase(Locale.ROOT) + " " + frame.name();
        return new Added(new Edit(what, design, after), frame.id());
    }

    /**
     * The edit that gives a frame new bounds: components and frames that now lie inside it and sat
     * directly in its parent move in; members now outside it move out to its parent.
     */
    public static Edit resize(Design design, DiagramLayout layout, String frameId, Rect area) {
        Design base = Placement.pinned(design, layout);
        Group frame = base.group(frameId).orElseThrow().withBounds(bounds(area));
        List<Group> groups = base.groups().stream()
                .map(g -> g.id().equals(frameId) ? frame : g)
                .toList();
        return new Edit("Resize frame " + frame.name(), design, fit(base.withGroups(groups), layout, frame, area));
    }

    /**
     * Makes what the frame holds match what it covers: parts drawn inside its area that sat directly
     * in its parent move in, and members drawn outside move out to the parent.
     */
    private static Design fit(Design design, DiagramLayout layout, Group frame, Rect area) {
        String parent = frame.parent();
        List<Component> components = new ArrayList<>();
        for (Component c : design.components()) {
            boolean inside = layout.box(c.id())
                    .map(b -> area.contains(b.bounds().centerX(), b.bounds().centerY()))
                    .orElse(false);
            if (inside && Objects.equals(parent, c.group())) {
                components.add(c.withGroup(frame.id()));
            } else if (!inside && frame.id().equals(c.group())) {
                components.add(c.withGroup(parent));
            } else {
                components.add(c);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Group g : design.groups()) {
            boolean inside = !g.id().equals(frame.id())
                    && layout.frame(g.id()).map(f -> area.encloses(f.bounds())).orElse(false);
            if (inside && Objects.equals(parent, g.parent())) {
                groups.add(g.withParent(frame.id()));
            } else if (!inside && frame.id().equals(g.parent())) {
                groups.add(g.withParent(parent));
            } else {
                groups.add(g);
            }
        }
        return design.withTopology(components, design.links(), groups);
    }

    private static Bounds bounds(Rect area) {
        return new Bounds(area.x(), area.y(), area.width(), area.height());
    }

    /** The area a frame around these parts takes: their bounds with padding and a title strip. */
    public static Rect around(DiagramLayout layout, Set<String> ids) {
        Rect inside = Rect.EMPTY;
        for (String id : ids) {
            if (layout.box(id).isPresent() || layout.frame(id).isPresent()) {
                inside = inside.union(layout.boundsOf(id).orElse(Rect.EMPTY));
            }
        }
        return inside.isEmpty() ? inside : inside.grow(PADDING, PADDING + HEADER, PADDING, PADDING);
    }

    /** The result of {@link #add}. */
    public record Added(Edit edit, String id) {}
}
