package dsw.app.inspector;

import dsw.app.scenario.ScenarioText;
import dsw.app.session.DesignSession;
import dsw.app.session.Selection;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.NetworkProfile;
import dsw.model.edit.Edits;
import dsw.model.kind.PropertySpec;
import dsw.model.kind.PropertyValue;
import dsw.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the inspector shows: the selected component, link or frame, read-only, with every property
 * labelled and with its unit; with nothing selected, a summary of the design (name, description,
 * counts, scenario), whose name can be edited as an undoable change. Use on the FX thread only.
 */
public final class InspectorViewModel {
    /** What the inspector is showing. */
    public enum Mode {
        NOTHING_OPEN,
        DESIGN,
        COMPONENT,
        LINK,
        FRAME
    }

    private final DesignSession session;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NOTHING_OPEN);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper icon = new ReadOnlyStringWrapper(this, "icon", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ObservableList<InspectorRow> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a new one per call would lose its listeners to the garbage collector. */
    private final ObservableList<InspectorRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    private final InvalidationListener refresh = obs -> refresh();

    /** The session this inspector shows and edits. */
    public DesignSession session() {
        return session;
    }

    public InspectorViewModel(DesignSession session) {
        this.session = session;
        session.designProperty().addListener(refresh);
        session.selection().selectionProperty().addListener(refresh);
        refresh();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The name of what is shown (for a design: its name, which the view makes editable). */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What kind of thing is shown, such as "Database" or "Link". */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** An Ikonli icon literal for the header. */
    public ReadOnlyStringProperty iconProperty() {
        return icon.getReadOnlyProperty();
    }

    /** Free text under the header: the design's or the kind's description. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** Why the last rename was refused, or "". */
    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ObservableList<InspectorRow> rows() {
        return rowsView;
    }

    /**
     * Renames the design through the undo stack. Returns false (and says why in {@link
     * #nameErrorProperty()}) when the name is not acceptable; an unchanged name changes nothing.
     */
    public boolean renameDesign(String newName) {
        Optional<Design> design = session.current();
        if (design.isEmpty()) {
            return false;
        }
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            nameError.set("A design needs a name.");
            return false;
        }
        if (name.equals(design.get().name())) {
            nameError.set("");
            return true;
        }
        try {
            session.execute(Edits.renameDesign(design.get(), name));
            nameError.set("");
            return true;
        } catch (IllegalArgumentException e) {
            nameError.set(capitalize(e.getMessage()));
            return false;
        }
    }

    /** Forgets a refused name (the user pressed Escape). */
    public void clearNameError() {
        nameError.set("");
    }

    public void dispose() {
        session.designProperty().removeListener(refresh);
        session.selection().selectionProperty().removeListener(refresh);
    }

    private void refresh() {
        Design design = session.designProperty().get();
        if (design == null) {
            show(Mode.NOTHING_OPEN, "", "", "", "", List.of());
            return;
        }
        Selection selection = session.selection().get();
        String id = selection.primary().orElse(null);
        if (id != null) {
            Optional<Component> component = design.component(id);
            if (component.isPresent()) {
                showComponent(design, component.get());
                return;
            }
            Optional<Link> link = design.link(id);
            if (link.isPresent()) {
                showLink(design, link.get());
                return;
            }
            Optional<Group> group = design.group(id);
            if (group.isPresent()) {
                showFrame(design, group.get());
                return;
            }
        }
        showDesign(design);
    }

    private void showDesign(Design design) {
        List<InspectorRow> out = new ArrayList<>();
        out.add(InspectorRow.of(
                "Contents", "Components", Integer.toString(design.components().size())));
        out.add(InspectorRow.of(
                "Contents", "Links", Integer.toString(design.links().size())));
        out.add(InspectorRow.of(
                "Contents", "Frames", Integer.toString(design.groups().size())));
        Scenario scenario = design.scenario();
        out.add(new InspectorRow(
                "Scenario",
                "Seed",
                Long.toString(scenario.seed()),
                "",
                "The same seed gives the same run, every time."));
        out.add(InspectorRow.of("Scenario", "Run length", ScenarioText.runLength(scenario)));
        out.add(InspectorRow.of("Scenario", "Workload", ScenarioText.workloadSummary(scenario)));
        out.add(InspectorRow.of("Scenario", "Faults", ScenarioText.faultSummary(scenario)));
        show(Mode.DESIGN, design.name(), "Design", "mdi2s-sitemap-outline", design.description(), out);
    }

    private void showComponent(Design design, Component c) {
        List<InspectorRow> out = new ArrayList<>();
        out.add(InspectorRow.of("Component", "Name", c.name()));
        out.add(new InspectorRow(
                "Component", "Kind", c.kind().name(), "", c.kind().description()));
        out.add(new InspectorRow("Component", "Id", c.id(), "", "Files, traces and diagrams refer to it by this id."));
        out.add(InspectorRow.of(
                "Component",
                "Frame",
                c.group() == null
                        ? "none"
                        : design.group(c.group()).map(Group::name).orElse(c.group())));
        int links = design.linksOf(c.id()).size();
        out.add(InspectorRow.of("Component", "Links", Integer.toString(links)));
        for (PropertySpec spec : c.kind().properties()) {
            PropertyValue value = c.properties().get(spec.key());
            out.add(new InspectorRow(
                    "Properties",
                    spec.label(),
                    value == null ? "" : value.display(),
                    unitFor(spec, value),
                    spec.description()));
        }
        if (!c.patterns().isDefault()) {
            out.add(InspectorRow.of(
                    "Patterns", "Replication", c.patterns().replication().type()));
            out.add(InspectorRow.of(
                    "Patterns",
                    "Consistency",
                    c.patterns().consistency().fileName().replace('-', ' ')));
        }
        show(
                Mode.COMPONENT,
                c.name(),
                c.kind().name(),
                c.kind().icon(),
                c.kind().description(),
                out);
    }

    private void showLink(Design design, Link link) {
        String from = name(design, link.from());
        String to = name(design, link.to());
        NetworkProfile net = link.network();
        List<InspectorRow> out = new ArrayList<>();
        out.add(InspectorRow.of("Link", "From", from));
        out.add(InspectorRow.of("Link", "To", to));
        out.add(InspectorRow.of("Link", "Label", link.label().isEmpty() ? "none" : link.label()));
        out.add(new InspectorRow(
                "Link",
                "Direction",
                link.direction() == LinkDirection.BOTH ? "both ways" : "one way, " + from + " → " + to,
                "",
                "Which end may start a conversation; answers always travel back."));
        out.add(new InspectorRow(
                "Link",
                "Mode",
                link.mode() == LinkMode.SYNC ? "synchronous" : "asynchronous",
                "",
                link.mode() == LinkMode.SYNC
                        ? "Request and response: the caller waits (drawn solid)."
                        : "Fire and forget: a message or event, no response (drawn dashed)."));
        out.add(new InspectorRow("Link", "Id", link.id(), "", ""));
        out.add(new InspectorRow(
                "Network", "Latency", net.latency().describe(), "", "How long a message takes, as a distribution."));
        out.add(new InspectorRow(
                "Network", "Loss", ScenarioText.percent(net.loss()), "", "Share of messages that never arrive."));
        out.add(new InspectorRow(
                "Network",
                "Duplication",
                ScenarioText.percent(net.duplication()),
                "",
                "Share of messages delivered twice."));
        out.add(new InspectorRow(
                "Network",
                "Reordering",
                ScenarioText.percent(net.reorder()),
                "",
                "Share of messages overtaken by later ones."));
        out.add(new InspectorRow(
                "Network",
                "Corruption",
                ScenarioText.percent(net.corruption()),
                "",
                "Share of messages that arrive damaged."));
        out.add(InspectorRow.of("Network", "Bandwidth", net.bandwidth().format()));
        if (!link.patterns().isDefault()) {
            out.add(InspectorRow.of(
                    "Patterns", "Resilience", link.patterns().resilience().type()));
        }
        String title = link.label().isEmpty() ? from + " → " + to : link.label();
        show(
                Mode.LINK,
                title,
                (link.mode() == LinkMode.SYNC ? "Synchronous" : "Asynchronous") + " link",
                link.direction() == LinkDirection.BOTH ? "mdi2s-swap-horizontal" : "mdi2a-arrow-right",
                from + (link.direction() == LinkDirection.BOTH ? " ↔ " : " → ") + to,
                out);
    }

    private void showFrame(Design design, Group group) {
        List<InspectorRow> out = new ArrayList<>();
        out.add(InspectorRow.of("Frame", "Name", group.name()));
        out.add(InspectorRow.of("Frame", "Kind", group.kind().displayName()));
        out.add(InspectorRow.of("Frame", "Id", group.id()));
        out.add(InspectorRow.of(
                "Frame",
                "Inside",
                group.parent() == null
                        ? "none"
                        : design.group(group.parent()).map(Group::name).orElse(group.parent())));
        out.add(InspectorRow.of(
                "Frame",
                "Components",
                Integer.toString(design.allMembersOf(group.id()).size())));
        out.add(InspectorRow.of(
                "Frame",
                "Frames inside",
                Integer.toString(design.childrenOf(group.id()).size())));
        show(Mode.FRAME, group.name(), group.kind().displayName(), "mdi2g-group", "", out);
    }

    private void show(
            Mode newMode,
            String newTitle,
            String newSubtitle,
            String newIcon,
            String text,
            List<InspectorRow> newRows) {
        title.set(newTitle);
        subtitle.set(newSubtitle);
        icon.set(newIcon);
        description.set(text);
        rows.setAll(newRows);
        if (newMode != Mode.DESIGN) {
            nameError.set("");
        }
        mode.set(newMode);
    }

    private static String unitFor(PropertySpec spec, PropertyValue value) {
        if (spec.unit().isEmpty() || value == null) {
            return "";
        }
        // "1 instance", not "1 instances": the catalog's units are plurals.
        boolean one = value.display().equals("1");
        return one && spec.unit().endsWith("s")
                ? spec.unit().substring(0, spec.unit().length() - 1)
                : spec.unit();
    }

    private static String name(Design design, String id) {
        return design.component(id).map(Component::name).orElse(id);
    }

    private static String capitalize(String message) {
        if (message == null || message.isEmpty()) {
            return "This name cannot be used.";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + (message.endsWith(".") ? "" : ".");
    }
}
