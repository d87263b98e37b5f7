package dsw.app.inspector;

import dsw.model.Design;
import dsw.model.Group;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The frames a component or frame can be put into, by name for a choice box: "none" first, then
 * each frame by its name, with its id added where two frames share a name. Thread-safe (immutable).
 */
final class FrameChoices {
    static final String NONE = "none";

    private FrameChoices() {}

    /** "none" and the names of the frames that {@code allowed} accepts, in the design's order. */
    static List<String> of(Design design, Predicate<Group> allowed) {
        List<String> out = new ArrayList<>();
        out.add(NONE);
        for (Group g : design.groups()) {
            if (allowed.test(g)) {
                out.add(name(design, g.id()));
            }
        }
        return out;
    }

    /** How the choice box names the frame {@code id}, or "none" for null. */
    static String name(Design design, String id) {
        if (id == null) {
            return NONE;
        }
        Group group = design.group(id).orElse(null);
        if (group == null) {
            return id;
        }
        long same = design.groups().stream()
                .filter(g -> g.name().equals(group.name()))
                .count();
        return same > 1 ? group.name() + " (" + group.id() + ")" : group.name();
    }

    /**
     * The id of the frame a choice names (its name, its id or "none" for null).
     *
     * @throws IllegalArgumentException when no frame has that name
     */
    static String resolve(Design design, String choice) {
        String wanted = choice == null ? "" : choice.strip();
        if (wanted.isEmpty() || wanted.equals(NONE)) {
            return null;
        }
        Map<String, String> byName = new HashMap<>();
        for (Group g : design.groups()) {
            byName.put(name(design, g.id()), g.id());
        }
        if (byName.containsKey(wanted)) {
            return byName.get(wanted);
        }
        if (design.group(wanted).isPresent()) {
            return wanted;
        }
        throw new IllegalArgumentException("there is no frame called \"" + Text.abbreviate(wanted, 40) + "\"");
    }

    /** True when {@code candidate} is {@code frame} or lies somewhere inside it. */
    static boolean isWithin(Design design, String candidate, String frame) {
        String at = candidate;
        // a design never holds a cycle of frames; the bound only guards against looping on one
        for (int steps = 0; at != null && steps <= design.groups().size(); steps++) {
            if (at.equals(frame)) {
                return true;
            }
            at = design.group(at).map(Group::parent).orElse(null);
        }
        return false;
    }
}
