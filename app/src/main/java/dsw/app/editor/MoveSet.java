package dsw.app.editor;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What moves when the user drags a selection: the selected components, the selected frames with
 * every frame nested in them, and every component inside a moving frame. Immutable.
 *
 * @param components ids of the components that move
 * @param frames ids of the frames that move
 * @param roots the selected frames that are not inside another moving frame (they may change parent)
 * @param loose the moving components that are not inside a moving frame (they may change frame)
 */
public record MoveSet(Set<String> components, Set<String> frames, Set<String> roots, Set<String> loose) {
    public MoveSet {
        components = Set.copyOf(components);
        frames = Set.copyOf(frames);
        roots = Set.copyOf(roots);
        loose = Set.copyOf(loose);
    }

    /** The parts that move when {@code selected} (ids of any kind) are dragged. */
    public static MoveSet of(Design design, Collection<String> selected) {
        Set<String> frames = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>();
        for (String id : selected) {
            if (design.group(id).isPresent()) {
                todo.add(id);
            }
        }
        while (!todo.isEmpty()) {
            String at = todo.remove(todo.size() - 1);
            if (frames.add(at)) {
                design.childrenOf(at).forEach(g -> todo.add(g.id()));
            }
        }
        Set<String> roots = new LinkedHashSet<>();
        for (String id : frames) {
            Group g = design.group(id).orElseThrow();
            if (g.parent() == null || !frames.contains(g.parent())) {
                roots.add(id);
            }
        }
        Set<String> components = new LinkedHashSet<>();
        Set<String> loose = new LinkedHashSet<>();
        for (Component c : design.components()) {
            boolean inMovingFrame = c.group() != null && frames.contains(c.group());
            if (inMovingFrame) {
                components.add(c.id());
            } else if (selected.contains(c.id())) {
                components.add(c.id());
                loose.add(c.id());
            }
        }
        return new MoveSet(components, frames, roots, loose);
    }

    public boolean isEmpty() {
        return components.isEmpty() && frames.isEmpty();
    }

    /** Ids of everything that moves. */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>(components);
        all.addAll(frames);
        return all;
    }
}
