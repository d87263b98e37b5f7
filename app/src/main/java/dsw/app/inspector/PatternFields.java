package dsw.app.inspector;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.edit.Command;
import dsw.model.edit.Edits;
import dsw.model.kind.Behavior;
import dsw.model.kind.PropertySpec;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.LinkPatterns;
import dsw.model.pattern.PatternCatalog;
import dsw.model.pattern.PatternKind;
import dsw.model.pattern.PatternSettings;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "Patterns" part of the property sheet of a link or a component: for every pattern that
 * applies (by the behaviour of the link's calling component, or of the component itself), grouped
 * by family, a switch, and while it is on, its settings as checked fields grouped under it. Each change is one
 * undoable edit. With several links selected, a change applies to every selected link the pattern
 * applies to. Thread-safe (stateless).
 */
final class PatternFields {
    /** The heading before a family's name, such as "Patterns · Resilience". */
    static final String SECTION_PREFIX = "Patterns · ";

    private PatternFields() {}

    /** The switch of a pattern: {@code pattern-retry}. */
    static String switchId(String patternId) {
        return PropertyIds.pattern(patternId);
    }

    /**
     * @param links the selected links, {@code link} first
     */
    static List<FieldSpec> ofLink(Design design, Link link, List<Link> links, PatternCatalog catalog) {
        Optional<Behavior> caller = callerBehavior(design, link);
        if (caller.isEmpty()) {
            return List.of();
        }
        List<FieldSpec> out = new ArrayList<>();
        for (PatternKind kind : catalog.applicable(PatternKind.Target.LINK, caller.get())) {
            List<String> ids = links.stream()
                    .filter(l -> callerBehavior(design, l).map(kind::appliesTo).orElse(false))
                    .map(Link::id)
                    .toList();
            Optional<PatternSettings> on = link.patterns().find(kind.id());
            out.add(switchField(kind, on.isPresent(), (d, t) -> switchLinks(d, ids, kind, parseOn(t)))
                    .withHint(linkSwitchHint(design, ids, kind, on.isPresent())));
            on.ifPresent(settings -> {
                for (PropertySpec spec : kind.properties()) {
                    out.add(setting(kind, spec, settings.value(spec.key()), (d, t) -> setOnLinks(d, ids, kind, spec, t))
                            .withHint(linkSettingHint(design, ids, kind, spec, settings.value(spec.key()))));
                }
            });
        }
        return out;
    }

    static List<FieldSpec> ofComponent(Component c, PatternCatalog catalog) {
        String id = c.id();
        List<FieldSpec> out = new ArrayList<>();
        for (PatternKind kind :
                catalog.applicable(PatternKind.Target.COMPONENT, c.kind().behavior())) {
            Optional<PatternSettings> on = c.patterns().find(kind.id());
            out.add(switchField(kind, on.isPresent(), (d, t) -> switchComponent(d, id, kind, parseOn(t))));
            on.ifPresent(settings -> {
                for (PropertySpec spec : kind.properties()) {
                    out.add(setting(
                            kind, spec, settings.value(spec.key()), (d, t) -> setOnComponent(d, id, kind, spec, t)));
                }
            });
        }
        return out;
    }

    private static FieldSpec switchField(PatternKind kind, boolean on, FieldEdit edit) {
        return FieldSpec.editable(
                        SECTION_PREFIX + kind.family(),
                        switchId(kind.id()),
                        kind.name(),
                        FieldKind.CHECK,
                        Boolean.toString(on),
                        edit)
                .withDescription(kind.description());
    }

    private static FieldSpec setting(PatternKind kind, PropertySpec spec, PropertyValue value, FieldEdit edit) {
        String section = SECTION_PREFIX + kind.family();
        String fieldId = PropertyIds.patternSetting(kind.id(), spec.key());
        String label = spec.label();
        String text = PropertyText.format(value);
        FieldSpec field =
                switch (spec.type()) {
                    case BOOLEAN -> FieldSpec.editable(section, fieldId, label, FieldKind.CHECK, text, edit);
                    case CHOICE -> FieldSpec.choice(section, fieldId, label, text, spec.choices(), edit);
                    default -> FieldSpec.editable(section, fieldId, label, FieldKind.TEXT, text, edit);
                };
        String description = kind.name() + ": " + spec.description();
        return field.withUnit(ComponentFields.unitFor(spec, value))
                .withDescription(description)
                .withGroup(switchId(kind.id()));
    }

    private static boolean parseOn(String text) {
        String t = text == null ? "" : text.strip();
        if (Wording.sameWord(t, "true") || Wording.sameWord(t, "on") || Wording.sameWord(t, "yes")) {
            return true;
        }
        if (Wording.sameWord(t, "false") || Wording.sameWord(t, "off") || Wording.sameWord(t, "no")) {
            return false;
        }
        throw new IllegalArgumentException("a pattern is on or off, got \"" + Text.abbreviate(t, 40) + "\"");
    }

    private static Optional<Command> switchLinks(Design design, List<String> ids, PatternKind kind, boolean on) {
        List<Link> changed = new ArrayList<>();
        for (String id : ids) {
            Link link = requireLink(design, id);
            LinkPatterns patterns = link.patterns();
            if (patterns.find(kind.id()).isPresent() == on) {
                continue;
            }
            changed.add(link.withPatterns(
                    on ? patterns.with(PatternSettings.defaults(kind)) : patterns.without(kind.id())));
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LinkFields.update(
                design,
                changed,
                "Switch " + (on ? "on " : "off ") + kind.name() + " on " + linksName(design, changed)));
    }

    private static Optional<Command> setOnLinks(
            Design design, List<String> ids, PatternKind kind, PropertySpec spec, String text) {
        PropertyValue value = PropertyText.parse(spec, text);
        List<Link> changed = new ArrayList<>();
        for (String id : ids) {
            Link link = requireLink(design, id);
            Optional<PatternSettings> settings = link.patterns().find(kind.id());
            if (settings.isEmpty() || settings.get().value(spec.key()).equals(value)) {
                continue;
            }
            changed.add(link.withPatterns(link.patterns().with(settings.get().with(spec.key(), value))));
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                LinkFields.update(design, changed, setName(kind, spec, value) + " on " + linksName(design, changed)));
    }

    private static Optional<Command> switchComponent(Design design, String id, PatternKind kind, boolean on) {
        Component c = design.requireComponent(id);
        if (c.patterns().find(kind.id()).isPresent() == on) {
            return Optional.empty();
        }
        return Optional.of(Edits.updateComponent(
                design,
                id,
                x -> x.withPatterns(
                        on
                                ? x.patterns().with(PatternSettings.defaults(kind))
                                : x.patterns().without(kind.id())),
                "Switch " + (on ? "on " : "off ") + kind.name() + " on " + c.name()));
    }

    private static Optional<Command> setOnComponent(
            Design design, String id, PatternKind kind, PropertySpec spec, String text) {
        Component c = design.requireComponent(id);
        PatternSettings settings = c.patterns()
                .find(kind.id())
                .orElseThrow(() -> new IllegalArgumentException(kind.name() + " is no longer on for " + c.name()));
        PropertyValue value = PropertyText.parse(spec, text);
        if (settings.value(spec.key()).equals(value)) {
            return Optional.empty();
        }
        PatternSettings changed = settings.with(spec.key(), value);
        return Optional.of(Edits.updateComponent(
                design,
                id,
                x -> x.withPatterns(x.patterns().with(changed)),
                setName(kind, spec, value) + " on " + c.name()));
    }

    /** "Set Retry max attempts to 5". */
    private static String setName(PatternKind kind, PropertySpec spec, PropertyValue value) {
        String unit = ComponentFields.unitFor(spec, value);
        return "Set " + kind.name() + " " + Wording.lower(spec.label()) + " to " + PropertyText.format(value)
                + (unit.isEmpty() ? "" : " " + unit);
    }

    private static String linkSwitchHint(Design design, List<String> ids, PatternKind kind, boolean on) {
        if (ids.size() < 2) {
            return "";
        }
        long count = ids.stream()
                .filter(id -> requireLink(design, id).patterns().find(kind.id()).isPresent())
                .count();
        if (count == 0 || count == ids.size()) {
            return "";
        }
        return "On for " + count + " of the " + ids.size() + " selected links; this one is " + (on ? "on" : "off")
                + ".";
    }

    private static String linkSettingHint(
            Design design, List<String> ids, PatternKind kind, PropertySpec spec, PropertyValue shown) {
        for (String id : ids) {
            Optional<PatternSettings> s = requireLink(design, id).patterns().find(kind.id());
            if (s.isPresent() && !s.get().value(spec.key()).equals(shown)) {
                return "Differs between the selected links; this is "
                        + LinkFields.ends(design, requireLink(design, ids.get(0))) + ".";
            }
        }
        return "";
    }

    private static String linksName(Design design, List<Link> changed) {
        return changed.size() == 1 ? LinkFields.ends(design, changed.get(0)) : Text.count(changed.size(), "link");
    }

    private static Optional<Behavior> callerBehavior(Design design, Link link) {
        return design.component(link.from()).map(c -> c.kind().behavior());
    }

    private static Link requireLink(Design design, String id) {
        return design.link(id).orElseThrow(() -> new IllegalArgumentException("the link " + id + " is gone"));
    }
}
