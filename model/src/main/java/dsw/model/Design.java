package dsw.model;

import dsw.model.scenario.Scenario;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole design: the topology (components, links, frames) with its pattern choices and the
 * scenario a run follows. Immutable and thread-safe; every change makes a new design, so an undo
 * stack can keep old ones cheaply (unchanged lists are shared).
 *
 * <p>A design is always consistent: construction fails with {@link InvalidDesignException} on
 * duplicate ids or references to parts that do not exist.
 */
public final class Design {
    private final String name;
    private final String description;
    private final List<Component> components;
    private final List<Link> links;
    private final List<Group> groups;
    private final Scenario scenario;

    private final Map<String, Component> componentsById;
    private final Map<String, Link> linksById;
    private final Map<String, Group> groupsById;

    public Design(
            String name,
            String description,
            List<Component> components,
            List<Link> links,
            List<Group> groups,
            Scenario scenario) {
        this.name = Text.requireName("design name", name, false);
        this.description = Text.requireDescription(description);
        this.components = List.copyOf(components);
        this.links = List.copyOf(links);
        this.groups = List.copyOf(groups);
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        List<Problem> errors = DesignValidator.check(this.components, this.links, this.groups, scenario).stream()
                .filter(Problem::isError)
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidDesignException(errors);
        }
        this.componentsById = index(this.components, Component::id);
        this.linksById = index(this.links, Link::id);
        this.groupsById = index(this.groups, Group::id);
    }

    /** An empty design with the default scenario. */
    public static Design empty(String name) {
        return new Design(name, "", List.of(), List.of(), List.of(), Scenario.DEFAULT);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Component> components() {
        return components;
    }

    public List<Link> links() {
        return links;
    }

    public List<Group> groups() {
        return groups;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(componentsById.get(id));
    }

    public Optional<Link> link(String id) {
        return Optional.ofNullable(linksById.get(id));
    }

    public Optional<Group> group(String id) {
        return Optional.ofNullable(groupsById.get(id));
    }

    /** The component with this id. @throws IllegalArgumentException when there is none */
    public Component requireComponent(String id) {
        Component c = componentsById.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no component \"" + id + "\" in " + name);
        }
        return c;
    }

    /** True when a component, link or group has this id. */
    public boolean hasId(String id) {
        return componentsById.containsKey(id) || linksById.containsKey(id) || groupsById.containsKey(id);
    }

    /** Every id in use, for making new unique ids. */
    public Set<String> ids() {
        Set<String> ids = new HashSet<>(componentsById.keySet());
        ids.addAll(linksById.keySet());
        ids.addAll(groupsById.keySet());
        return ids;
    }

    /** Links that start or end at the component. */
    public List<Link> linksOf(String componentId) {
        return links.stream().filter(l -> l.touches(componentId)).toList();
    }

    /** Components directly inside the frame (not in nested frames). */
    public List<Component> membersOf(String groupId) {
        return components.stream().filter(c -> groupId.equals(c.group())).toList();
    }

    /** Frames directly inside the frame. */
    public List<Group> childrenOf(String groupId) {
        return groups.stream().filter(g -> groupId.equals(g.parent())).toList();
    }

    /** Components inside the frame or any frame nested in it. */
    public List<Component> allMembersOf(String groupId) {
        Set<String> frames = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(groupId));
        while (!todo.isEmpty()) {
            String at = todo.remove(todo.size() - 1);
            if (frames.add(at)) {
                childrenOf(at).forEach(g -> todo.add(g.id()));
            }
        }
        return components.stream()
                .filter(c -> c.group() != null && frames.contains(c.group()))
                .toList();
    }

    /** The size of the design in words, such as "7 components · 7 links · 2 groups". */
    public String sizeSummary() {
        return Text.count(components.size(), "component") + " · " + Text.count(links.size(), "link") + " · "
                + Text.count(groups.size(), "group");
    }

    /** True when every component has a position (the design has been laid out). */
    public boolean isLaidOut() {
        return components.stream().allMatch(c -> c.position() != null);
    }

    public Design withName(String value) {
        return new Design(value, description, components, links, groups, scenario);
    }

    public Design withDescription(String value) {
        return new Design(name, value, components, links, groups, scenario);
    }

    public Design withComponents(List<Component> value) {
        return new Design(name, description, value, links, groups, scenario);
    }

    public Design withLinks(List<Link> value) {
        return new Design(name, description, components, value, groups, scenario);
    }

    public Design withGroups(List<Group> value) {
        return new Design(name, description, components, links, value, scenario);
    }

    public Design withScenario(Scenario value) {
        return new Design(name, description, components, links, groups, value);
    }

    /** Replaces all three element lists at once, for changes that must stay consistent together. */
    public Design withTopology(List<Component> newComponents, List<Link> newLinks, List<Group> newGroups) {
        return new Design(name, description, newComponents, newLinks, newGroups, scenario);
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof Design d
                        && name.equals(d.name)
                        && description.equals(d.description)
                        && components.equals(d.components)
                        && links.equals(d.links)
                        && groups.equals(d.groups)
                        && scenario.equals(d.scenario));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, components, links, groups, scenario);
    }

    @Override
    public String toString() {
        return "Design[" + name + ", " + components.size() + " components, " + links.size() + " links, " + groups.size()
                + " groups]";
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return Collections.unmodifiableMap(map);
    }
}
