package dsw.app.palette;

import dsw.model.GroupKind;
import dsw.model.kind.ComponentKind;
import java.util.Objects;

/**
 * One thing the palette can place: a component kind or a frame kind, with the section it is listed
 * under. Immutable.
 *
 * @param kind the component kind, or null for a frame
 * @param frame the frame kind, or null for a component
 */
public record PaletteEntry(String section, ComponentKind kind, GroupKind frame) {
    public PaletteEntry {
        Objects.requireNonNull(section, "section");
        if ((kind == null) == (frame == null)) {
            throw new IllegalArgumentException("an entry is either a component kind or a frame kind");
        }
    }

    public static PaletteEntry of(String section, ComponentKind kind) {
        return new PaletteEntry(section, kind, null);
    }

    public static PaletteEntry of(GroupKind frame) {
        return new PaletteEntry(PaletteViewModel.FRAMES, null, frame);
    }

    public boolean isFrame() {
        return frame != null;
    }

    /** A stable id for tests and node ids: the kind's file name, such as {@code service} or {@code zone}. */
    public String id() {
        return isFrame() ? frame.fileName() : kind.id();
    }

    public String name() {
        return isFrame() ? frame.displayName() : kind.name();
    }

    public String description() {
        return isFrame() ? "A frame to draw around components: drag out its area on the canvas." : kind.description();
    }

    /** An Ikonli icon literal. */
    public String icon() {
        if (!isFrame()) {
            return kind.icon();
        }
        return switch (frame) {
            case REGION -> "mdi2e-earth";
            case ZONE -> "mdi2v-view-grid-outline";
            case CLUSTER -> "mdi2h-hexagon-multiple-outline";
            case NAMESPACE -> "mdi2f-folder-outline";
            case SYSTEM -> "mdi2s-select-group";
        };
    }
}
