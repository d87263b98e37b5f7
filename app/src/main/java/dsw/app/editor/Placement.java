package dsw.app.editor;

import dsw.app.canvas.DiagramLayout;
import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.NetworkProfile;
import dsw.model.Position;
import dsw.model.kind.Behavior;
import dsw.model.kind.ComponentKind;
import dsw.model.pattern.LinkPatterns;
import dsw.model.value.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the parts a user adds on the canvas: a component of a kind named "Service", "Service 2",
 * ..., a frame, a link with sensible defaults, each with a fresh id; and snaps canvas points to the
 * grid. Thread-safe (stateless).
 */
public final class Placement {
    /** The snapping grid, in canvas units; component centres sit on it. */
    public static final double GRID = 20;

    /** Size of a frame placed with a click rather than drawn. */
    public static final double FRAME_WIDTH = 440;

    public static final double FRAME_HEIGHT = 280;

    private Placement() {}

    public static double snap(double value) {
        return Math.round(value / GRID) * GRID;
    }

    /** A new component of the kind, centred on the grid point nearest (x, y), in {@code group}. */
    public static Component component(Design design, ComponentKind kind, double x, double y, String group) {
        String name = uniqueName(design, kind.name());
        return Component.of(Ids.fromName(name, design.ids()), name, kind)
                .withPosition(new Position(snap(x), snap(y)))
                .withGroup(group);
    }

    /** A new frame of the kind with the given bounds, named "Availability zone 2" when one exists. */
    public static Group frame(Design design, GroupKind kind, Bounds bounds, String parent) {
        Set<String> taken = new HashSet<>();
        design.groups().forEach(g -> taken.add(g.name()));
        String name = unique(kind.displayName(), taken);
        return new Group(Ids.fromName(name, design.ids()), name, kind, parent, bounds);
    }

    /**
     * A new link from one component to another: asynchronous when either end is a queue (messages
     * and events), synchronous otherwise; one way; the default network.
     */
    public static Link link(Design design, Component from, Component to) {
        boolean async = from.kind().behavior() == Behavior.QUEUE || to.kind().behavior() == Behavior.QUEUE;
        String id = Ids.fromName(from.id() + "-" + to.id(), design.ids());
        return new Link(
                id,
                from.id(),
                to.id(),
                LinkDirection.FORWARD,
                async ? LinkMode.ASYNC : LinkMode.SYNC,
                "",
                NetworkProfile.DEFAULT,
                LinkPatterns.NONE);
    }

    /** {@code base}, or "base 2", "base 3", ... when a component already has that name. */
    public static String uniqueName(Design design, String base) {
        Set<String> taken = new HashSet<>();
        design.components().forEach(c -> taken.add(c.name()));
        return unique(base, taken);
    }

    /**
     * The design with every component placed where the layout draws it, so that moving one
     * component of a generated layout does not send the others elsewhere.
     */
    public static Design pinned(Design design, DiagramLayout layout) {
        if (design.isLaidOut()) {
            return design;
        }
        List<Component> components = new ArrayList<>();
        for (Component c : design.components()) {
            if (c.position() == null) {
                var box = layout.box(c.id());
                components.add(
                        box.isPresent()
                                ? c.withPosition(new Position(
                                        box.get().bounds().centerX(),
                                        box.get().bounds().centerY()))
                                : c);
            } else {
                components.add(c);
            }
        }
        return design.withComponents(components);
    }

    private static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + " " + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
