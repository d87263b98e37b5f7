package dsw.app.run;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.scenario.Fault;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks which components go on each side of a partition, and whether it cuts both ways; opened
 * filled in from the selection or from a line drawn across the canvas. FX thread only.
 */
public final class PartitionDialog {
    public static final String ID = "partition-dialog";
    public static final String HEADER_STYLE_CLASS = "partition-header";

    /** Which side a component is on. */
    enum Side {
        A,
        B,
        NEITHER
    }

    private final Dialog<Fault.Partition> dialog = new Dialog<>();
    private final Map<String, ToggleGroup> choices = new LinkedHashMap<>();
    private final CheckBox oneWay = new CheckBox("One way: messages from side A to side B are lost, B still reaches A");

    PartitionDialog(Window owner, Design design, String name, Collection<String> sideA, Collection<String> sideB) {
        dialog.setTitle("Partition the Network");
        dialog.setHeaderText("Partition " + name + ": messages between the two sides are lost until it heals.");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        grid.addRow(0, bold("Component"), bold("Side A"), bold("Side B"), bold("Neither"));
        int row = 1;
        for (Component c : design.components()) {
            ToggleGroup group = new ToggleGroup();
            Side side = sideA.contains(c.id()) ? Side.A : sideB.contains(c.id()) ? Side.B : Side.NEITHER;
            List<Node> cells = new ArrayList<>();
            cells.add(new Label(c.name()));
            for (Side s : Side.values()) {
                RadioButton button = new RadioButton();
                button.setUserData(s);
                button.setToggleGroup(group);
                button.setSelected(s == side);
                button.setId("side-" + s.name().toLowerCase(java.util.Locale.ROOT) + "-" + c.id());
                cells.add(button);
            }
            grid.addRow(row++, cells.toArray(Node[]::new));
            choices.put(c.id(), group);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 28.0 * row));
        oneWay.setId("partition-one-way");
        VBox content = new VBox(10, scroll, oneWay);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId(ID);
        ButtonType partition = new ButtonType("Partition", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(partition, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(partition);
        Runnable check =
                () -> ok.setDisable(side(Side.A).isEmpty() || side(Side.B).isEmpty());
        choices.values().forEach(g -> g.selectedToggleProperty().addListener(obs -> check.run()));
        check.run();
        dialog.setResultConverter(button -> button == partition
                ? new Fault.Partition(name, side(Side.A), side(Side.B), oneWay.isSelected())
                : null);
    }

    private List<String> side(Side side) {
        List<String> ids = new ArrayList<>();
        choices.forEach((id, group) -> {
            if (group.getSelectedToggle() != null && group.getSelectedToggle().getUserData() == side) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(HEADER_STYLE_CLASS);
        return label;
    }

    Optional<Fault.Partition> ask() {
        return dialog.showAndWait();
    }
}
