package dsw.app.inspector;

import dsw.app.scenario.ScenarioText;
import dsw.model.Design;
import dsw.model.edit.Command;
import dsw.model.edit.Edits;
import dsw.model.scenario.Scenario;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The property sheet with nothing selected: the design's name and description, which can be
 * edited, and a read-only summary of its contents and scenario. Thread-safe (stateless).
 */
final class DesignFields {
    static final String SECTION = "Design";

    private DesignFields() {}

    static List<FieldSpec> of(Design design) {
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.editable(
                        SECTION, PropertyIds.DESIGN_NAME, "Name", FieldKind.TEXT, design.name(), DesignFields::rename)
                .withPrompt("Design name")
                .withDescription("The design's name: type a new one and press Enter."));
        out.add(FieldSpec.editable(
                        SECTION,
                        PropertyIds.DESIGN_DESCRIPTION,
                        "Description",
                        FieldKind.TEXT_AREA,
                        design.description(),
                        DesignFields::describe)
                .withPrompt("What the design is for")
                .withDescription("Free text for whoever opens the design next. Leave the field or press"
                        + " Ctrl+Enter to keep it."));
        out.add(FieldSpec.readOnly(
                "Contents",
                "design-components",
                "Components",
                Integer.toString(design.components().size())));
        out.add(FieldSpec.readOnly(
                "Contents",
                "design-links",
                "Links",
                Integer.toString(design.links().size())));
        out.add(FieldSpec.readOnly(
                "Contents",
                "design-frames",
                "Frames",
                Integer.toString(design.groups().size())));
        Scenario scenario = design.scenario();
        out.add(FieldSpec.readOnly("Scenario", "design-seed", "Seed", Long.toString(scenario.seed()))
                .withDescription("The same seed gives the same run, every time."));
        out.add(FieldSpec.readOnly("Scenario", "design-run-length", "Run length", ScenarioText.runLength(scenario)));
        out.add(FieldSpec.readOnly("Scenario", "design-workload", "Workload", ScenarioText.workloadSummary(scenario)));
        out.add(FieldSpec.readOnly("Scenario", "design-faults", "Faults", ScenarioText.faultSummary(scenario)));
        return out;
    }

    private static Optional<Command> rename(Design design, String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a design needs a name");
        }
        Text.requireName("The name", name, false);
        if (name.equals(design.name())) {
            return Optional.empty();
        }
        return Optional.of(Edits.renameDesign(design, name));
    }

    private static Optional<Command> describe(Design design, String text) {
        String description = Text.requireDescription(text == null ? "" : text);
        if (description.equals(design.description())) {
            return Optional.empty();
        }
        return Optional.of(Edits.setDescription(design, description));
    }
}
