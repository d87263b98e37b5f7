package dsw.app.scenario;

import dsw.model.Design;
import dsw.model.scenario.Scenario;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * A read-only view of a design's scenario: seed, run length, each workload and the fault schedule
 * in time order. Shown by Simulation > Scenario. Use on the FX thread only.
 */
public final class ScenarioView {
    public static final String STYLE_CLASS = "scenario-view";
    public static final String SECTION_STYLE_CLASS = "scenario-section";

    private final ScrollPane root = new ScrollPane();

    public ScenarioView(Design design) {
        Scenario scenario = design.scenario();
        GridPane facts = new GridPane();
        facts.getStyleClass().add("scenario-facts");
        facts.addRow(0, key("Seed"), value(Long.toString(scenario.seed())));
        facts.addRow(1, key("Run length"), value(ScenarioText.runLength(scenario) + " of virtual time"));
        facts.addRow(2, key("Workload"), value(ScenarioText.workloadSummary(scenario)));
        facts.addRow(3, key("Faults"), value(ScenarioText.faultSummary(scenario)));
        VBox content = new VBox(
                facts,
                section("Workload"),
                list(ScenarioText.workloads(design), "No client sends requests, so a run would be quiet."),
                section("Fault schedule"),
                list(ScenarioText.faults(design), "Nothing goes wrong during the run."));
        content.getStyleClass().add(STYLE_CLASS);
        root.setContent(content);
        root.setFitToWidth(true);
        root.setPrefViewportWidth(620);
        root.setPrefViewportHeight(360);
    }

    public Node node() {
        return root;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(SECTION_STYLE_CLASS);
        return label;
    }

    private static VBox list(List<String> lines, String none) {
        VBox box = new VBox();
        box.getStyleClass().add("scenario-list");
        if (lines.isEmpty()) {
            Label empty = new Label(none);
            empty.getStyleClass().add("scenario-none");
            box.getChildren().add(empty);
        }
        for (String line : lines) {
            Label label = new Label("•  " + line);
            label.setWrapText(true);
            box.getChildren().add(label);
        }
        return box;
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("scenario-key");
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
