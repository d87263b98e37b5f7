package dsw.diagrams.importer;

import static dsw.diagrams.importer.ImportNotes.name;

import dsw.model.Component;
import dsw.model.DesignValidator;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.PropertyKeys;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertyValue;
import dsw.model.value.Ids;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a parsed diagram into the parts of a design: elements with children become frames, the
 * rest components of a guessed kind; arrows become links, arrows to a frame go to its entry
 * component when it has exactly one. Records every guess in the notes. Not thread-safe; one
 * builder per import.
 */
final class DesignBuilder {
    /** Replica count of a {@code collections} element, which PlantUML draws as a stack of boxes. */
    static final int COLLECTIONS_REPLICAS = 3;

    /** Keywords that always make a frame, even an empty one. */
    private static final Set<String> FRAME_KEYWORDS = Set.of("package", "frame", "folder", "namespace");

    private static final Set<String> CONTAINERS = Set.of("node", "cloud", "rectangle", "component");

    private final PumlDiagram diagram;
    private final ImportNotes notes;
    private final KindCatalog catalog = KindCatalog.standard();
    private final Set<String> taken = new HashSet<>();
    private final Map<PumlElement, Component> components = new IdentityHashMap<>();
    private final Map<PumlElement, Group> groups = new IdentityHashMap<>();
    private final Map<String, PumlElement> byDisplay = new HashMap<>();
    private final List<PumlElement> order = new ArrayList<>();
    private final Map<PumlElement, Optional<Component>> entries = new IdentityHashMap<>();
    private final Map<PumlElement, String> ids = new IdentityHashMap<>();

    /** The parts of a design, in source order. */
    record Parts(List<Component> components, List<Link> links, List<Group> groups) {}

    private DesignBuilder(PumlDiagram diagram, ImportNotes notes) {
        this.diagram = diagram;
        this.notes = notes;
    }

    static Parts build(PumlDiagram diagram, ImportNotes notes) throws PumlImportException {
        return new DesignBuilder(diagram, notes).build();
    }

    private Parts build() throws PumlImportException {
        checkLimit(diagram.elements().size(), DesignValidator.MAX_COMPONENTS + DesignValidator.MAX_GROUPS, "elements");
        checkLimit(
                (int) diagram.arrows().stream().filter(a -> !a.hidden()).count(), DesignValidator.MAX_LINKS, "arrows");
        for (PumlElement element : diagram.elements()) {
            byDisplay.merge(element.display, element, (a, b) -> a);
            id(element);
        }
        for (PumlElement element : diagram.elements()) {
            if (isFrame(element)) {
                addGroup(element);
            } else {
                order.add(element);
            }
        }
        checkLimit(groups.size(), DesignValidator.MAX_GROUPS, "frames");
        for (PumlElement element : order) {
            addComponent(element);
        }
        List<Link> links = links();
        checkLimit(components.size(), DesignValidator.MAX_COMPONENTS, "components");
        checkLimit(links.size(), DesignValidator.MAX_LINKS, "links");
        List<Component> componentList = new ArrayList<>();
        for (PumlElement element : order) {
            componentList.add(components.get(element));
        }
        List<Group> groupList = new ArrayList<>();
        for (PumlElement element : diagram.elements()) {
            if (groups.containsKey(element)) {
                groupList.add(groups.get(element));
            }
        }
        return new Parts(componentList, links, groupList);
    }

    private static boolean isFrame(PumlElement element) {
        return element.children > 0 || FRAME_KEYWORDS.contains(element.keyword);
    }

    private void addGroup(PumlElement element) {
        KindGuess.FrameGuess guess =
                KindGuess.frame(element.keyword, element.stereotypes, element.display, element.code);
        if (guess.reason() != null) {
            notes.guessed(
                    element.line,
                    "frame " + name(element.display) + " imported as a "
                            + guess.kind().displayName().toLowerCase(Locale.ROOT) + " (" + guess.reason() + ")");
        }
        if (element.children > 0 && !FRAME_KEYWORDS.contains(element.keyword) && !isContainer(element.keyword)) {
            notes.guessed(
                    element.line,
                    name(element.display) + " (a PlantUML " + element.keyword
                            + ") holds other elements, so it is imported as a frame");
        }
        groups.put(
                element,
                new Group(
                        ids.get(element),
                        cleanName(element.line, element.display),
                        guess.kind(),
                        parentGroup(element),
                        null));
    }

    /** Keywords that commonly hold others in deployment diagrams, so being a frame is no surprise. */
    private static boolean isContainer(String keyword) {
        return CONTAINERS.contains(keyword);
    }

    private void addComponent(PumlElement element) {
        KindGuess.Guess guess = KindGuess.component(
                element.implicit ? null : element.keyword, element.stereotypes, element.display, element.code);
        ComponentKind kind = catalog.get(guess.kind());
        Component component = Component.of(idOf(element), cleanName(element.line, element.display), kind)
                .withGroup(parentGroup(element));
        String what = name(element.display) + " imported as " + article(kind);
        if (element.implicit) {
            notes.guessed(
                    element.line,
                    name(element.display) + " is used by an arrow but never declared; imported as " + article(kind)
                            + (guess.reason() == null ? "" : " (" + guess.reason() + ")"));
        } else if (guess.reason() != null) {
            notes.guessed(element.line, what + " (" + guess.reason() + ")");
        }
        Integer count = element.replicas != null
                ? element.replicas
                : element.keyword.equals("collections") ? Integer.valueOf(COLLECTIONS_REPLICAS) : null;
        if (count != null) {
            component = withReplicas(element, component, count);
        }
        components.put(element, component);
    }

    /** The component with the replica count its drawing shows, or as it is with a note when that cannot be. */
    private Component withReplicas(PumlElement element, Component component, int count) {
        String drawn = element.replicas != null ? "drawn with " + Text.count(count, "replica") : "drawn as collections";
        if (component.kind().property(PropertyKeys.REPLICAS).isEmpty()) {
            notes.guessed(
                    element.line,
                    name(element.display) + " is " + drawn + ", but " + article(component.kind())
                            + " has no replica count; imported as one");
            return component;
        }
        try {
            return component.withProperty(PropertyKeys.REPLICAS, new PropertyValue.IntValue(count));
        } catch (IllegalArgumentException e) {
            notes.ignored(
                    element.line,
                    name(element.display) + " is " + drawn + ", which dsw does not accept (" + e.getMessage()
                            + "); it keeps " + component.replicas());
            return component;
        }
    }

    private String parentGroup(PumlElement element) {
        for (PumlElement at = element.parent; at != null; at = at.parent) {
            Group group = groups.get(at);
            if (group != null) {
                return group.id();
            }
        }
        return null;
    }

    /**
     * The element's id: its code when that is a plain PlantUML code that is also a valid, free id
     * ({@code db}, {@code VM1}); otherwise one made from the code or name ("Orders DB" is
     * {@code orders-db}, then {@code orders-db-2}).
     */
    private String idOf(PumlElement element) {
        String known = ids.get(element);
        return known != null ? known : id(element);
    }

    /** Gives the element its id (see {@link #idOf}). */
    private String id(PumlElement element) {
        String code = element.code;
        boolean usable = PumlSyntax.isCode(code) && Ids.isValid(code);
        String id = usable && !taken.contains(code) ? code : Ids.fromName(usable ? code : element.display, taken);
        taken.add(id);
        ids.put(element, id);
        return id;
    }

    /** A name dsw accepts: one line, not blank, at most {@link Text#MAX_NAME_LENGTH} characters. */
    private String cleanName(int line, String value) {
        String clean = cleanLabel(line, value);
        return clean.isEmpty() ? "unnamed" : clean;
    }

    /** A label dsw accepts: one line, at most {@link Text#MAX_NAME_LENGTH} characters. */
    private String cleanLabel(int line, String value) {
        String clean = PumlSyntax.display(value);
        if (clean.length() > Text.MAX_NAME_LENGTH) {
            int cut = Text.MAX_NAME_LENGTH - 1;
            if (Character.isHighSurrogate(clean.charAt(cut - 1))) {
                cut--;
            }
            notes.ignored(
                    line, "a name or label of " + clean.length() + " characters is cut to " + Text.MAX_NAME_LENGTH);
            clean = clean.substring(0, cut) + "…";
        }
        return clean;
    }

    private List<Link> links() throws PumlImportException {
        List<Link> links = new ArrayList<>();
        List<PumlArrow> toFrames = new ArrayList<>();
        for (PumlArrow arrow : diagram.arrows()) {
            if (arrow.hidden()) {
                continue;
            }
            PumlElement from = resolve(arrow.from(), arrow);
            PumlElement to = resolve(arrow.to(), arrow);
            if (groups.containsKey(from) || groups.containsKey(to)) {
                toFrames.add(arrow);
            } else {
                link(arrow, components.get(from), components.get(to)).ifPresent(links::add);
            }
        }
        Map<String, Set<String>> callers = callers(links);
        for (PumlArrow arrow : toFrames) {
            Optional<Component> from = entry(resolve(arrow.from(), arrow), arrow, callers);
            Optional<Component> to = entry(resolve(arrow.to(), arrow), arrow, callers);
            if (from.isPresent() && to.isPresent()) {
                link(arrow, from.get(), to.get()).ifPresent(links::add);
            }
        }
        return links;
    }

    /** The element an arrow end names, made up (as an undeclared service) if nothing declares it. */
    private PumlElement resolve(PumlRef ref, PumlArrow arrow) throws PumlImportException {
        Optional<PumlElement> known = diagram.find(ref.code());
        if (known.isEmpty() && ref.quoted()) {
            known = Optional.ofNullable(byDisplay.get(ref.code()));
        }
        if (known.isPresent()) {
            return known.get();
        }
        checkLimit(components.size() + 1, DesignValidator.MAX_COMPONENTS, "components");
        PumlElement made = new PumlElement(
                arrow.line(),
                ref.keyword() == null ? "component" : ref.keyword(),
                ref.code(),
                ref.code(),
                null,
                List.of(),
                arrow.scope(),
                true);
        diagram.add(made);
        order.add(made);
        addComponent(made);
        return made;
    }

    private Optional<Link> link(PumlArrow arrow, Component a, Component b) {
        if (a.id().equals(b.id())) {
            notes.ignored(
                    arrow.line(),
                    ImportNotes.quote(arrow.source()) + " ignored: it links " + name(a.name())
                            + " to itself, and a component calls itself without the network");
            return Optional.empty();
        }
        boolean reversed = arrow.headAtFrom() && !arrow.headAtTo();
        Component from = reversed ? b : a;
        Component to = reversed ? a : b;
        if (!arrow.headAtFrom() && !arrow.headAtTo()) {
            notes.guessed(
                    arrow.line(),
                    ImportNotes.quote(arrow.source()) + " has no arrow head; imported as a link from "
                            + name(from.name()) + " to " + name(to.name()));
        }
        LinkDirection direction = arrow.headAtFrom() && arrow.headAtTo() ? LinkDirection.BOTH : LinkDirection.FORWARD;
        LinkMode mode = arrow.dashed() ? LinkMode.ASYNC : LinkMode.SYNC;
        String id = Ids.fromName(from.id() + "-" + to.id(), taken);
        taken.add(id);
        return Optional.of(Link.of(id, from.id(), to.id())
                .withDirection(direction)
                .withMode(mode)
                .withLabel(cleanLabel(arrow.line(), arrow.label())));
    }

    /** Who calls whom among the components already linked, for finding a frame's entry. */
    private static Map<String, Set<String>> callers(List<Link> links) {
        Map<String, Set<String>> callers = new LinkedHashMap<>();
        for (Link link : links) {
            callers.computeIfAbsent(link.to(), k -> new HashSet<>()).add(link.from());
            if (link.direction() == LinkDirection.BOTH) {
                callers.computeIfAbsent(link.from(), k -> new HashSet<>()).add(link.to());
            }
        }
        return callers;
    }

    /** The component an arrow end stands for: the component itself, or a frame's entry (noted). */
    private Optional<Component> entry(PumlElement end, PumlArrow arrow, Map<String, Set<String>> callers) {
        Component component = components.get(end);
        if (component != null) {
            return Optional.of(component);
        }
        Group frame = groups.get(end);
        Optional<Component> entry = entries.computeIfAbsent(end, e -> entryOf(frame, callers));
        if (entry.isPresent()) {
            notes.guessed(
                    arrow.line(),
                    ImportNotes.quote(arrow.source()) + " ends at frame " + name(frame.name())
                            + "; dsw links join components, so it goes to "
                            + name(entry.get().name())
                            + ", the frame's entry (guessed)");
        } else {
            notes.ignored(
                    arrow.line(),
                    ImportNotes.quote(arrow.source()) + " ignored: it ends at frame " + name(frame.name())
                            + ", and dsw links join components; the frame has no single entry to link instead");
        }
        return entry;
    }

    /**
     * A frame's one entry: its only load balancer or gateway, else its only member that no other
     * member calls; empty when there is no single one.
     */
    private Optional<Component> entryOf(Group frame, Map<String, Set<String>> callers) {
        Map<String, String> parents = new HashMap<>();
        groups.values().forEach(g -> parents.put(g.id(), g.parent()));
        List<Component> members = new ArrayList<>();
        for (PumlElement element : order) {
            Component c = components.get(element);
            if (within(c.group(), frame.id(), parents)) {
                members.add(c);
            }
        }
        List<Component> entries = members.stream()
                .filter(c ->
                        c.kind().id().equals("load-balancer") || c.kind().id().equals("api-gateway"))
                .toList();
        if (entries.size() != 1) {
            Set<String> inside = new HashSet<>();
            members.forEach(c -> inside.add(c.id()));
            entries = members.stream()
                    .filter(c -> callers.getOrDefault(c.id(), Set.of()).stream().noneMatch(inside::contains))
                    .toList();
        }
        return entries.size() == 1 ? Optional.of(entries.get(0)) : Optional.empty();
    }

    /** True when the frame {@code groupId} is {@code frameId} or inside it. */
    private static boolean within(String groupId, String frameId, Map<String, String> parents) {
        int steps = 0;
        for (String at = groupId; at != null && steps <= parents.size(); at = parents.get(at), steps++) {
            if (at.equals(frameId)) {
                return true;
            }
        }
        return false;
    }

    private static void checkLimit(int count, int max, String what) throws PumlImportException {
        if (count > max) {
            throw new PumlImportException("too many " + what + ": dsw imports at most " + max);
        }
    }

    /** "a queue", "an API gateway": the kind as a note names it. */
    static String article(ComponentKind kind) {
        String name =
                kind.id().equals("api-gateway") ? "API gateway" : kind.id().replace('-', ' ');
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
