package dsw.app.palette;

import dsw.app.theme.Icons;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The palette beside the canvas: a filter field and the component and frame kinds in sections,
 * each with its icon and name. Drag an entry onto the canvas to place it there, or click it and
 * then click the canvas (the entry stays highlighted until then; Escape or a second click
 * disarms it). Use on the FX thread only.
 */
public final class PaletteView {
    public static final String STYLE_CLASS = "palette";
    public static final String ENTRY_STYLE_CLASS = "palette-entry";
    public static final String ARMED_STYLE_CLASS = "armed";
    public static final String SECTION_STYLE_CLASS = "palette-section";
    public static final String FILTER_ID = "palette-filter";
    /** Node ids of entries are this prefix and the entry's id, such as {@code palette-service}. */
    public static final String ENTRY_ID_PREFIX = "palette-";

    private final PaletteViewModel viewModel;
    private final VBox root = new VBox();
    private final VBox sections = new VBox();
    private final TextField filter = new TextField();
    private final List<HBox> items = new ArrayList<>();
    private final ListChangeListener<PaletteEntry> shownListener = change -> fill();
    private final ChangeListener<PaletteEntry> armedListener = (obs, old, now) -> markArmed();

    public PaletteView(PaletteViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add(STYLE_CLASS);
        filter.setId(FILTER_ID);
        filter.setPromptText("Find a kind");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
                e.consume();
            }
        });
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        sections.getStyleClass().add("palette-sections");
        root.getChildren().addAll(filter, scroll);
        root.setMinWidth(150);
        root.setPrefWidth(190);
        viewModel.shown().addListener(shownListener);
        viewModel.armedProperty().addListener(armedListener);
        fill();
    }

    public Node node() {
        return root;
    }

    public void dispose() {
        viewModel.shown().removeListener(shownListener);
        viewModel.armedProperty().removeListener(armedListener);
        filter.textProperty().unbindBidirectional(viewModel.filterProperty());
    }

    private void fill() {
        sections.getChildren().clear();
        items.clear();
        boolean filtering = !viewModel.filterProperty().get().isBlank();
        String section = null;
        for (PaletteEntry entry : viewModel.shown()) {
            if (!filtering && !entry.section().equals(section)) {
                section = entry.section();
                Label heading = new Label(section);
                heading.getStyleClass().add(SECTION_STYLE_CLASS);
                sections.getChildren().add(heading);
            }
            HBox item = item(entry);
            items.add(item);
            sections.getChildren().add(item);
        }
        if (viewModel.shown().isEmpty()) {
            Label none = new Label("No kind matches.");
            none.getStyleClass().add(SECTION_STYLE_CLASS);
            sections.getChildren().add(none);
        }
        markArmed();
    }

    private HBox item(PaletteEntry entry) {
        Label name = new Label(entry.name());
        name.setMinWidth(0);
        HBox item = new HBox(Icons.of(entry.icon(), "palette-icon"), name);
        item.setAlignment(Pos.CENTER_LEFT);
        item.getStyleClass().add(ENTRY_STYLE_CLASS);
        item.setId(ENTRY_ID_PREFIX + entry.id());
        item.setUserData(entry);
        Tooltip.install(
                item,
                new Tooltip(
                        entry.description().isEmpty()
                                ? "Drag onto the canvas, or click and then click the canvas."
                                : entry.description() + "\nDrag onto the canvas, or click and then click the canvas."));
        item.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                viewModel.toggle(entry);
            }
        });
        // A full press-drag-release gesture: the canvas receives MOUSE_DRAG_RELEASED with this item
        // as the gesture source, and places the entry where the mouse is released.
        item.addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                viewModel.disarm();
                item.startFullDrag();
                e.consume();
            }
        });
        return item;
    }

    private void markArmed() {
        PaletteEntry armed = viewModel.armedProperty().get();
        for (HBox item : items) {
            boolean on = item.getUserData().equals(armed);
            if (on && !item.getStyleClass().contains(ARMED_STYLE_CLASS)) {
                item.getStyleClass().add(ARMED_STYLE_CLASS);
            } else if (!on) {
                item.getStyleClass().remove(ARMED_STYLE_CLASS);
            }
        }
    }
}
