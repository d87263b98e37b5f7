package dsw.app.editor;

import dsw.app.canvas.DiagramLayout;
import dsw.app.canvas.Rect;
import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Position;
import dsw.model.edit.Edit;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a drag into one undoable edit: the moving parts shift by (dx, dy); a component dropped on
 * its own lands in the innermost frame under its centre (or in none), and a moved frame nests in
 * the innermost frame that holds it whole. Frames drawn around their members keep following them.
 * Thread-safe (stateless).
 */
public final class Moves {
    private Moves() {}

    /** The design after the move (for previews and for the edit). */
    public static Design moved(Design design, DiagramLayout layout, MoveSet set, double dx, double dy) {
        Design base = Placement.pinned(design, layout);
        List<Component> components = new ArrayList<>();
        for (Component c : base.components()) {
            if (!set.components().contains(c.id())) {
                components.add(c);
                continue;
            }
            Position p = c.position();
            Position next = clampPosition(p.x() + dx, p.y() + dy);
            Component moved = c.withPosition(next);
            if (set.loose().contains(c.id())) {
                moved = moved.withGroup(layout.frameAt(next.x(), next.y(), set.frames())
                        .map(DiagramLayout.Frame::id)
                        .orElse(null));
            }
            components.add(moved);
        }
        List<Group> groups = new ArrayList<>();
        for (Group g : base.groups()) {
            if (!set.frames().contains(g.id())) {
                groups.add(g);
                continue;
            }
            Optional<DiagramLayout.Frame> drawn = layout.frame(g.id());
            Group moved = g;
            if (drawn.isPresent()) {
                Rect r = drawn.get().bounds();
                moved = g.withBounds(clampBounds(r.x() + dx, r.y() + dy, r.width(), r.height()));
            }
            if (set.roots().contains(g.id()) && moved.bounds() != null) {
                moved = moved.withParent(layout.frameEnclosing(Rect.of(moved.bounds()), set.frames())
                        .orElse(null));
            }
            groups.add(moved);
        }
        return base.withTopology(components, base.links(), groups);
    }

    /** The undoable edit for the move, or empty when nothing changes. */
    public static Optional<Edit> edit(Design design, DiagramLayout layout, MoveSet set, double dx, double dy) {
        if (set.isEmpty()) {
            return Optional.empty();
        }
        Design after = moved(design, layout, set, dx, dy);
        if (after.equals(design)) {
            return Optional.empty();
        }
        return Optional.of(new Edit(describe(design, after, set), design, after));
    }

    /** "Move Web", "Move 3 components", "Move Web into Zone A", "Move 2 components and 1 frame". */
    static String describe(Design before, Design after, MoveSet set) {
        List<String> parts = new ArrayList<>();
        int components = set.components().size();
        if (components == 1 && set.frames().isEmpty()) {
            String id = set.components().iterator().next();
            parts.add(before.requireComponent(id).name());
        } else if (components > 0) {
            parts.add(Text.count(components, "component"));
        }
        if (!set.frames().isEmpty()) {
            parts.add(
                    set.frames().size() == 1
                            ? "frame "
                                    + before.group(set.frames().iterator().next())
                                            .orElseThrow()
                                            .name()
                            : Text.count(set.frames().size(), "frame"));
        }
        String what = "Move " + String.join(" and ", parts);
        if (set.loose().size() == 1 && set.frames().isEmpty()) {
            String id = set.loose().iterator().next();
            String was = before.requireComponent(id).group();
            String now = after.requireComponent(id).group();
            if (!Objects.equals(was, now)) {
                what += now == null
                        ? " out of " + before.group(was).map(Group::name).orElse("its frame")
                        : " into " + after.group(now).map(Group::name).orElse(now);
            }
        }
        return what;
    }

    private static Position clampPosition(double x, double y) {
        double limit = Position.LIMIT - Placement.FRAME_WIDTH;
        return new Position(Math.max(-limit, Math.min(limit, x)), Math.max(-limit, Math.min(limit, y)));
    }

    private static Bounds clampBounds(double x, double y, double width, double height) {
        double limit = Position.LIMIT - Math.max(width, height);
        return new Bounds(Math.max(-limit, Math.min(limit, x)), Math.max(-limit, Math.min(limit, y)), width, height);
    }
}
