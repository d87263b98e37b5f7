package dsw.app.editor;

import dsw.app.canvas.DiagramLayout;
import dsw.app.canvas.Rect;
import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.Position;
import dsw.model.edit.Edit;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import dsw.model.scenario.Scenario;
import dsw.model.value.Ids;
import dsw.model.value.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Copy and paste of parts of a design. A copied fragment is itself a small design (the selected
 * components, the selected frames with everything in them, and the links between copied
 * components), so on the clipboard it is ordinary design JSON that any dsw window can paste.
 * Pasting gives every part a fresh id, shifts it, and drops loose components into the frame they
 * land in. Thread-safe (stateless).
 */
public final class Fragments {
    /** The name of a fragment design, so a paste can tell its own JSON from any other. */
    static final String FRAGMENT_NAME = "dsw clipboard";

    /** What a paste did: the edit and the ids of the new parts, to select them. */
    public record Pasted(Edit edit, List<String> ids) {
        public Pasted {
            ids = List.copyOf(ids);
        }
    }

    private Fragments() {}

    /** The selected parts as a fragment, or empty when the selection holds no component or frame. */
    public static Optional<Design> copy(Design design, DiagramLayout layout, Collection<String> selected) {
        MoveSet set = MoveSet.of(design, selected);
        if (set.isEmpty()) {
            return Optional.empty();
        }
        Design pinned = Placement.pinned(design, layout);
        List<Group> groups = new ArrayList<>();
        for (Group g : pinned.groups()) {
            if (set.frames().contains(g.id())) {
                Group copy = set.roots().contains(g.id()) ? g.withParent(null) : g;
                Optional<DiagramLayout.Frame> drawn = layout.frame(g.id());
                if (copy.bounds() == null && drawn.isPresent()) {
                    Rect r = drawn.get().bounds();
                    copy = copy.withBounds(new Bounds(r.x(), r.y(), r.width(), r.height()));
                }
                groups.add(copy);
            }
        }
        List<Component> components = new ArrayList<>();
        for (Component c : pinned.components()) {
            if (set.components().contains(c.id())) {
                components.add(c.group() != null && set.frames().contains(c.group()) ? c : c.withGroup(null));
            }
        }
        List<Link> links = pinned.links().stream()
                .filter(l ->
                        set.components().contains(l.from()) && set.components().contains(l.to()))
                .toList();
        return Optional.of(new Design(FRAGMENT_NAME, "", components, links, groups, Scenario.DEFAULT));
    }

    public static String toJson(Design fragment) {
        return DesignFiles.toJson(fragment);
    }

    /** The fragment in clipboard text, or empty when the text is not a dsw design. */
    public static Optional<Design> fromJson(String text) {
        if (text == null || text.isBlank() || !text.stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(DesignFiles.read("clipboard", text.getBytes(StandardCharsets.UTF_8))
                    .design());
        } catch (DesignFileException e) {
            return Optional.empty();
        }
    }

    /** Adds the fragment's parts to the design, shifted by (dx, dy), with fresh ids. */
    public static Pasted paste(
            Design design, DiagramLayout layout, Design fragment, double dx, double dy, String verb) {
        Design base = Placement.pinned(design, layout);
        Set<String> taken = new HashSet<>(base.ids());
        Map<String, String> ids = new HashMap<>();
        for (Group g : fragment.groups()) {
            ids.put(g.id(), fresh(g.id(), taken));
        }
        for (Component c : fragment.components()) {
            ids.put(c.id(), fresh(c.id(), taken));
        }
        List<String> added = new ArrayList<>();
        List<Group> groups = new ArrayList<>(base.groups());
        for (Group g : fragment.groups()) {
            Bounds b = g.bounds() == null ? null : g.bounds().translate(dx, dy);
            String parent = g.parent() != null
                    ? ids.get(g.parent())
                    : b == null
                            ? null
                            : layout.frameEnclosing(Rect.of(b), Set.of()).orElse(null);
            groups.add(new Group(ids.get(g.id()), g.name(), g.kind(), parent, b));
            added.add(ids.get(g.id()));
        }
        List<Component> components = new ArrayList<>(base.components());
        for (Component c : fragment.components()) {
            Position p =
                    c.position() == null ? new Position(dx, dy) : c.position().plus(dx, dy);
            String group = c.group() != null
                    ? ids.get(c.group())
                    : layout.frameAt(p.x(), p.y(), Set.of())
                            .map(DiagramLayout.Frame::id)
                            .orElse(null);
            components.add(new Component(ids.get(c.id()), c.name(), c.kind(), p, group, c.properties(), c.patterns()));
            added.add(ids.get(c.id()));
        }
        List<Link> links = new ArrayList<>(base.links());
        for (Link l : fragment.links()) {
            String id = fresh(l.id(), taken);
            links.add(new Link(
                    id,
                    ids.get(l.from()),
                    ids.get(l.to()),
                    l.direction(),
                    l.mode(),
                    l.label(),
                    l.network(),
                    l.patterns()));
            added.add(id);
        }
        Design after = base.withTopology(components, links, groups);
        return new Pasted(new Edit(verb + " " + describe(fragment), design, after), added);
    }

    /** "Web", "3 components", "3 components and 1 frame". */
    static String describe(Design fragment) {
        List<String> parts = new ArrayList<>();
        if (fragment.components().size() == 1 && fragment.groups().isEmpty()) {
            parts.add(fragment.components().get(0).name());
        } else if (!fragment.components().isEmpty()) {
            parts.add(Text.count(fragment.components().size(), "component"));
        }
        if (!fragment.groups().isEmpty()) {
            parts.add(Text.count(fragment.groups().size(), "frame"));
        }
        return String.join(" and ", parts);
    }

    /** A copy's id: "api" becomes "api-2" (or the next free number). */
    private static String fresh(String id, Set<String> taken) {
        String base = id.replaceAll("-\\d+$", "");
        String made = Ids.fromName(base, taken);
        if (!taken.contains(base) && Ids.isValid(base)) {
            made = base;
        }
        taken.add(made);
        return made;
    }
}
