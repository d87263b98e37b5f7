package dsw.model;

import dsw.model.value.Ids;
import dsw.model.value.Text;
import java.util.Objects;

/**
 * A drawn frame around components: a zone, region, cluster, namespace or system. Frames nest
 * through {@code parent}. Immutable, thread-safe.
 *
 * @param parent the id of the enclosing frame, or null for a top-level frame
 * @param bounds where the frame is drawn, or null when the design has not been laid out yet
 */
public record Group(String id, String name, GroupKind kind, String parent, Bounds bounds) {
    public Group {
        Ids.require("group", id);
        Text.requireName("name of group " + id, name, false);
        Objects.requireNonNull(kind, "kind");
        if (parent != null) {
            Ids.require("parent group", parent);
        }
    }

    public Group withName(String value) {
        return new Group(id, value, kind, parent, bounds);
    }

    public Group withKind(GroupKind value) {
        return new Group(id, name, value, parent, bounds);
    }

    public Group withParent(String value) {
        return new Group(id, name, kind, value, bounds);
    }

    public Group withBounds(Bounds value) {
        return new Group(id, name, kind, parent, value);
    }
}
