package dsw.app.inspector;

import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.edit.Command;
import dsw.model.edit.Edits;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The property sheet of a frame: its name, kind and the frame it sits inside. A frame is never put
 * inside itself or inside a frame it holds. Thread-safe (stateless).
 */
final class FrameFields {
    static final String SECTION = "Frame";

    private FrameFields() {}

    static List<FieldSpec> of(Design design, Group group) {
        String id = group.id();
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.editable(
                        SECTION,
                        PropertyIds.FRAME_NAME,
                        "Name",
                        FieldKind.TEXT,
                        group.name(),
                        (d, t) -> rename(d, id, t))
                .withDescription("The name drawn on the frame."));
        out.add(FieldSpec.choice(
                        SECTION,
                        PropertyIds.FRAME_KIND,
                        "Kind",
                        group.kind().displayName(),
                        Arrays.stream(GroupKind.values())
                                .map(GroupKind::displayName)
                                .toList(),
                        (d, t) -> changeKind(d, id, t))
                .withDescription("What the frame stands for: a region holds zones, a cluster holds namespaces."));
        out.add(FieldSpec.choice(
                        SECTION,
                        PropertyIds.FRAME_PARENT,
                        "Inside",
                        FrameChoices.name(design, group.parent()),
                        FrameChoices.of(design, g -> !FrameChoices.isWithin(design, g.id(), id)),
                        (d, t) -> moveInto(d, id, t))
                .withDescription("The frame this one sits in, or none. A frame cannot sit inside itself or"
                        + " inside a frame it holds."));
        out.add(FieldSpec.readOnly(SECTION, "frame-id", "Id", id)
                .withDescription("Files, traces and diagrams refer to it by this id, so it never changes."));
        out.add(FieldSpec.readOnly(
                SECTION,
                "frame-components",
                "Components",
                Integer.toString(design.allMembersOf(id).size())));
        out.add(FieldSpec.readOnly(
                SECTION,
                "frame-frames",
                "Frames inside",
                Integer.toString(design.childrenOf(id).size())));
        return out;
    }

    private static Optional<Command> rename(Design design, String id, String text) {
        Group group = require(design, id);
        String name = Text.requireName("Name", text == null ? "" : text.strip(), false);
        if (name.equals(group.name())) {
            return Optional.empty();
        }
        return Optional.of(
                Edits.updateGroup(design, group.withName(name), "Rename frame " + group.name() + " to " + name));
    }

    private static Optional<Command> changeKind(Design design, String id, String text) {
        Group group = require(design, id);
        GroupKind kind = Arrays.stream(GroupKind.values())
                .filter(k -> Wording.sameWord(k.displayName(), text) || Wording.sameWord(k.fileName(), text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a frame is a region, availability zone, cluster,"
                        + " namespace or system, not \"" + Text.abbreviate(text, 40) + "\""));
        if (kind == group.kind()) {
            return Optional.empty();
        }
        return Optional.of(Edits.updateGroup(
                design, group.withKind(kind), "Make " + group.name() + " " + Wording.withArticle(kind.displayName())));
    }

    private static Optional<Command> moveInto(Design design, String id, String text) {
        Group group = require(design, id);
        String parent = FrameChoices.resolve(design, text);
        if (Objects.equals(parent, group.parent())) {
            return Optional.empty();
        }
        if (parent != null && parent.equals(id)) {
            throw new IllegalArgumentException("a frame cannot sit inside itself");
        }
        if (parent != null && FrameChoices.isWithin(design, parent, id)) {
            throw new IllegalArgumentException("a frame cannot sit inside a frame it holds: "
                    + FrameChoices.name(design, parent) + " is inside " + group.name());
        }
        String description = parent == null
                ? "Take " + group.name() + " out of " + FrameChoices.name(design, group.parent())
                : "Put " + group.name() + " inside " + FrameChoices.name(design, parent);
        return Optional.of(Edits.updateGroup(design, group.withParent(parent), description));
    }

    private static Group require(Design design, String id) {
        return design.group(id).orElseThrow(() -> new IllegalArgumentException("the frame " + id + " is gone"));
    }
}
