package dsw.model.edit;

import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.Position;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.PropertyValue;
import dsw.model.layout.LayeredLayout;
import dsw.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds the edits a user makes, each with the description the Edit menu shows. Every method
 * checks its arguments and fails with {@link IllegalArgumentException} (naming the problem) when the
 * edit would break the design, so an invalid edit never reaches the undo stack. Thread-safe
 * (stateless).
 */
public final class Edits {
    private Edits() {}

    public static Edit addComponent(Design design, Component component) {
        return addComponents(design, List.of(component), List.of());
    }

    /** Adds components and links in one step (paste, duplicate, import). */
    public static Edit addComponents(Design design, List<Component> components, List<Link> links) {
        List<Component> newComponents = new ArrayList<>(design.components());
        newComponents.addAll(components);
        List<Link> newLinks = new ArrayList<>(design.links());
        newLinks.addAll(links);
        String what = components.size() == 1 && links.isEmpty()
                ? "Add " + components.get(0).name()
                : "Add " + count(components.size(), "component")
                        + (links.isEmpty() ? "" : " and " + count(links.size(), "link"));
        return new Edit(what, design, design.withTopology(newComponents, newLinks, design.groups()));
    }

    /**
     * Deletes components, links and groups by id. Links of deleted components go too; members of a
     * deleted frame move to its parent frame.
     */
    public static Edit delete(Design design, Collection<String> ids) {
        Set<String> doomed = new HashSet<>(ids);
        List<Component> components = design.components().stream()
                .filter(c -> !doomed.contains(c.id()))
                .toList();
        Set<String> removedComponents = new HashSet<>();
        design.components().stream().filter(c -> doomed.contains(c.id())).forEach(c -> removedComponents.add(c.id()));
        List<Link> links = design.links().stream()
                .filter(l -> !doomed.contains(l.id())
                        && !removedComponents.contains(l.from())
                        && !removedComponents.contains(l.to()))
                .toList();
        List<Group> removedGroups =
                design.groups().stream().filter(g -> doomed.contains(g.id())).toList();
        List<Group> groups = new ArrayList<>(
                design.groups().stream().filter(g -> !doomed.contains(g.id())).toList());
        for (Group removed : removedGroups) {
            String heir = survivingParent(design, removed, doomed);
            components = components.stream()
                    .map(c -> removed.id().equals(c.group()) ? c.withGroup(heir) : c)
                    .toList();
            groups.replaceAll(g -> removed.id().equals(g.parent()) ? g.withParent(heir) : g);
        }
        int linkCount = design.links().size() - links.size();
        List<String> parts = new ArrayList<>();
        if (!removedComponents.isEmpty()) {
            parts.add(
                    removedComponents.size() == 1
                            ? design.requireComponent(
                                            removedComponents.iterator().next())
                                    .name()
                            : count(removedComponents.size(), "component"));
        }
        if (linkCount > 0) {
            parts.add(count(linkCount, "link"));
        }
        if (!removedGroups.isEmpty()) {
            parts.add(
                    removedGroups.size() == 1
                            ? "frame " + removedGroups.get(0).name()
                            : count(removedGroups.size(), "frame"));
        }
        String what = "Delete " + (parts.isEmpty() ? "nothing" : String.join(" and ", parts));
        return new Edit(what, design, design.withTopology(components, links, groups));
    }

    /** Moves components and frames to new places (one drag is one edit). */
    public static Edit move(Design design, Map<String, Position> positions, Map<String, Bounds> frames) {
        List<Component> components = design.components().stream()
                .map(c -> positions.containsKey(c.id()) ? c.withPosition(positions.get(c.id())) : c)
                .toList();
        List<Group> groups = design.groups().stream()
                .map(g -> frames.containsKey(g.id()) ? g.withBounds(frames.get(g.id())) : g)
                .toList();
        requireKnown(design, positions.keySet());
        requireKnown(design, frames.keySet());
        List<String> parts = new ArrayList<>();
        if (!positions.isEmpty()) {
            parts.add(
                    positions.size() == 1
                            ? design.requireComponent(
                                            positions.keySet().iterator().next())
                                    .name()
                            : count(positions.size(), "component"));
        }
        if (!frames.isEmpty()) {
            parts.add(count(frames.size(), "frame"));
        }
        return new Edit(
                "Move " + String.join(" and ", parts), design, design.withTopology(components, design.links(), groups));
    }

    public static Edit renameComponent(Design design, String id, String name) {
        Component old = design.requireComponent(id);
        return updateComponent(design, id, c -> c.withName(name), "Rename " + old.name() + " to " + name);
    }

    public static Edit setProperty(Design design, String id, String key, PropertyValue value) {
        Component old = design.requireComponent(id);
        String label = old.kind().property(key).map(p -> p.label()).orElse(key);
        return updateComponent(
                design,
                id,
                c -> c.withProperty(key, value),
                "Set " + label + " of " + old.name() + " to " + value.display());
    }

    public static Edit changeKind(Design design, String id, ComponentKind kind) {
        Component old = design.requireComponent(id);
        return updateComponent(design, id, c -> c.withKind(kind), "Make " + old.name() + " a " + kind.name());
    }

    /** Puts components into a frame (or out of every frame when {@code groupId} is null). */
    public static Edit setGroup(Design design, Collection<String> componentIds, String groupId) {
        requireKnown(design, componentIds);
        Set<String> ids = new HashSet<>(componentIds);
        List<Component> components = design.components().stream()
                .map(c -> ids.contains(c.id()) ? c.withGroup(groupId) : c)
                .toList();
        String where = groupId == null
                ? "out of its frame"
                : "into " + design.group(groupId).map(Group::name).orElse(groupId);
        return new Edit(
                "Move " + count(ids.size(), "component") + " " + where, design, design.withComponents(components));
    }

    /** Replaces one component with an edited copy (same id). */
    public static Edit updateComponent(Design design, String id, UnaryOperator<Component> change, String description) {
        Component old = design.requireComponent(id);
        Component updated = Objects.requireNonNull(change.apply(old));
        if (!updated.id().equals(id)) {
            throw new IllegalArgumentException("an edit cannot change a component's id");
        }
        List<Component> components = design.components().stream()
                .map(c -> c.id().equals(id) ? updated : c)
                .toList();
        return new Edit(description, design, design.withComponents(components));
    }

    public static Edit addLink(Design design, Link link) {
        String from = design.component(link.from()).map(Component::name).orElse(link.from());
        String to = design.component(link.to()).map(Component::name).orElse(link.to());
        List<Link> links = new ArrayList<>(design.links());
        links.add(link);
        return new Edit("Connect " + from + " to " + to, design, design.withLinks(links));
    }

    /** Replaces one link with an edited copy (same id). */
    public static Edit updateLink(Design design, Link updated, String description) {
        if (design.link(updated.id()).isEmpty()) {
            throw new IllegalArgumentException("no link \"" + updated.id() + "\"");
        }
        List<Link> links = design.links().stream()
                .map(l -> l.id().equals(updated.id()) ? updated : l)
                .toList();
        return new Edit(description, design, design.withLinks(links));
    }

    /** Adds a frame and puts the given components into it. */
    public static Edit addGroup(Design design, Group group, Collection<String> memberIds) {
        requireKnown(design, memberIds);
        Set<String> members = new HashSet<>(memberIds);
        List<Group> groups = new ArrayList<>(design.groups());
        groups.add(group);
        List<Component> components = design.components().stream()
                .map(c -> members.contains(c.id()) ? c.withGroup(group.id()) : c)
                .toList();
        return new Edit(
                "Add " + group.kind().displayName().toLowerCase(java.util.Locale.ROOT) + " " + group.name(),
                design,
                design.withTopology(components, design.links(), groups));
    }

    /** Replaces one frame with an edited copy (same id). */
    public static Edit updateGroup(Design design, Group updated, String description) {
        if (design.group(updated.id()).isEmpty()) {
            throw new IllegalArgumentException("no group \"" + updated.id() + "\"");
        }
        List<Group> groups = design.groups().stream()
                .map(g -> g.id().equals(updated.id()) ? updated : g)
                .toList();
        return new Edit(description, design, design.withGroups(groups));
    }

    /** Lays the whole design out again (Arrange > Auto Layout): see {@link LayeredLayout}. */
    public static Edit arrange(Design design) {
        return new Edit(
                "Arrange " + count(design.components().size(), "component"), design, LayeredLayout.arrange(design));
    }

    public static Edit setScenario(Design design, Scenario scenario, String description) {
        return new Edit(description, design, design.withScenario(scenario));
    }

    public static Edit renameDesign(Design design, String name) {
        return new Edit("Rename design to " + name, design, design.withName(name));
    }

    public static Edit setDescription(Design design, String description) {
        return new Edit("Change description", design, design.withDescription(description));
    }

    private static String survivingParent(Design design, Group removed, Set<String> doomed) {
        String parent = removed.parent();
        while (parent != null && doomed.contains(parent)) {
            parent = design.group(parent).map(Group::parent).orElse(null);
        }
        return parent;
    }

    private static void requireKnown(Design design, Collection<String> ids) {
        for (String id : ids) {
            if (!design.hasId(id)) {
                throw new IllegalArgumentException("nothing with id \"" + id + "\" in " + design.name());
            }
        }
    }

    static String count(int n, String noun) {
        return dsw.model.value.Text.count(n, noun);
    }
}
