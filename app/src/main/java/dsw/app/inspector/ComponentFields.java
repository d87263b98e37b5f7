package dsw.app.inspector;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.edit.Command;
import dsw.model.edit.Edits;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertySpec;
import dsw.model.kind.PropertyType;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.PatternCatalog;
import dsw.model.value.Distribution;
import dsw.model.value.DistributionText;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The property sheet of a component: its name, kind and frame, and every property its kind
 * declares, each with an editor that fits the property's type. Thread-safe (stateless).
 */
final class ComponentFields {
    static final String SECTION = "Component";
    static final String PROPERTIES = "Properties";

    private ComponentFields() {}

    static List<FieldSpec> of(Design design, Component c, KindCatalog catalog) {
        String id = c.id();
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.editable(
                        SECTION,
                        PropertyIds.COMPONENT_NAME,
                        "Name",
                        FieldKind.TEXT,
                        c.name(),
                        (d, t) -> rename(d, id, t))
                .withDescription("The name shown on the canvas, in traces and in diagrams; it need not be unique."));
        out.add(FieldSpec.choice(
                        SECTION,
                        PropertyIds.COMPONENT_KIND,
                        "Kind",
                        c.kind().name(),
                        catalog.all().stream().map(ComponentKind::name).toList(),
                        (d, t) -> changeKind(d, id, t, catalog))
                .withDescription("What this component is. Properties both kinds have keep their values."));
        out.add(FieldSpec.readOnly(SECTION, PropertyIds.COMPONENT_ID, "Id", id)
                .withDescription("Files, traces and diagrams refer to it by this id, so it never changes."));
        out.add(FieldSpec.choice(
                        SECTION,
                        PropertyIds.COMPONENT_FRAME,
                        "Frame",
                        FrameChoices.name(design, c.group()),
                        FrameChoices.of(design, g -> true),
                        (d, t) -> moveToFrame(d, id, t))
                .withDescription("The zone, region, cluster or system this component runs in."));
        out.add(FieldSpec.readOnly(
                SECTION,
                "prop-links",
                "Links",
                Integer.toString(design.linksOf(id).size())));
        for (PropertySpec spec : c.kind().properties()) {
            out.add(property(c, spec));
        }
        out.addAll(ReplicationFields.of(c));
        out.addAll(KeyFields.of(design, c));
        out.addAll(PatternFields.ofComponent(c, PatternCatalog.standard()));
        return out;
    }

    private static FieldSpec property(Component c, PropertySpec spec) {
        PropertyValue value = c.property(spec.key());
        String id = c.id();
        String key = spec.key();
        FieldEdit edit = (d, t) -> setProperty(d, id, key, t);
        String fieldId = PropertyIds.property(key);
        FieldSpec field =
                switch (spec.type()) {
                    case BOOLEAN -> FieldSpec.editable(
                            PROPERTIES, fieldId, spec.label(), FieldKind.CHECK, PropertyText.format(value), edit);
                    case CHOICE -> FieldSpec.choice(
                            PROPERTIES, fieldId, spec.label(), PropertyText.format(value), spec.choices(), edit);
                    default -> FieldSpec.editable(
                            PROPERTIES, fieldId, spec.label(), FieldKind.TEXT, PropertyText.format(value), edit);
                };
        field = field.withUnit(unitFor(spec, value)).withDescription(describe(spec));
        if (value instanceof PropertyValue.DistributionValue d) {
            field = field.withHint(averageOf(d.distribution())).withPrompt("5ms or lognormal median 5ms sigma 0.5");
        }
        return field;
    }

    private static String describe(PropertySpec spec) {
        String text = spec.description();
        if (spec.type() == PropertyType.DISTRIBUTION) {
            text += (text.isEmpty() ? "" : "\n\n") + "Type a duration or a distribution: " + DistributionText.EXAMPLES
                    + ".";
        } else if (spec.type() == PropertyType.DURATION) {
            text += (text.isEmpty() ? "" : "\n\n") + "A duration such as 250us, 20ms, 1.5s or 5m.";
        }
        return text;
    }

    /** "Average 5.67ms" for a distribution that varies; nothing for a constant. */
    static String averageOf(Distribution distribution) {
        if (distribution instanceof Distribution.Constant) {
            return "";
        }
        return "Average " + Micros.humanize(Math.round(distribution.average()));
    }

    private static Optional<Command> rename(Design design, String id, String text) {
        Component c = design.requireComponent(id);
        String name = Text.requireName("Name", text == null ? "" : text.strip(), false);
        if (name.equals(c.name())) {
            return Optional.empty();
        }
        return Optional.of(Edits.renameComponent(design, id, name));
    }

    private static Optional<Command> changeKind(Design design, String id, String text, KindCatalog catalog) {
        Component c = design.requireComponent(id);
        ComponentKind kind = catalog.all().stream()
                .filter(k -> Wording.sameWord(k.name(), text) || Wording.sameWord(k.id(), text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no kind called \"" + Text.abbreviate(text, 40)
                        + "\"; known kinds are " + catalog.idList()));
        if (kind.equals(c.kind())) {
            return Optional.empty();
        }
        return Optional.of(Wording.describedAs(
                Edits.changeKind(design, id, kind), "Make " + c.name() + " " + Wording.withArticle(kind.name())));
    }

    private static Optional<Command> moveToFrame(Design design, String id, String text) {
        Component c = design.requireComponent(id);
        String frame = FrameChoices.resolve(design, text);
        if (java.util.Objects.equals(frame, c.group())) {
            return Optional.empty();
        }
        String description = frame == null
                ? "Move " + c.name() + " out of " + FrameChoices.name(design, c.group())
                : "Move " + c.name() + " into " + FrameChoices.name(design, frame);
        return Optional.of(Wording.describedAs(Edits.setGroup(design, List.of(id), frame), description));
    }

    private static Optional<Command> setProperty(Design design, String id, String key, String text) {
        Component c = design.requireComponent(id);
        PropertySpec spec = c.kind()
                .property(key)
                .orElseThrow(() -> new IllegalArgumentException(c.name() + " no longer has this property"));
        PropertyValue value = PropertyText.parse(spec, text);
        if (value.equals(c.property(key))) {
            return Optional.empty();
        }
        return Optional.of(Wording.describedAs(
                Edits.setProperty(design, id, key, value),
                "Set " + Wording.lower(spec.label()) + " of " + c.name() + " to " + shown(value, spec)));
    }

    private static String shown(PropertyValue value, PropertySpec spec) {
        String unit = unitFor(spec, value);
        return value.display() + (unit.isEmpty() ? "" : " " + unit);
    }

    /** The unit for this value: "1 instance", "3 instances". */
    static String unitFor(PropertySpec spec, PropertyValue value) {
        if (spec.unit().isEmpty() || value == null) {
            return "";
        }
        boolean one = value.display().equals("1");
        return one && spec.unit().endsWith("s")
                ? spec.unit().substring(0, spec.unit().length() - 1)
                : spec.unit();
    }
}
