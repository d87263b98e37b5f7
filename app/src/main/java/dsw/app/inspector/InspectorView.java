package dsw.app.inspector;

import dsw.app.theme.Icons;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector panel: a header (icon, name, kind), a description, and the rows of {@link
 * InspectorViewModel} under section headings. For the design summary the name is a text field:
 * Enter or leaving the field renames the design (undoably), Escape puts the old name back. Use on
 * the FX thread only.
 */
public final class InspectorView {
    public static final String STYLE_CLASS = "inspector";
    public static final String TITLE_STYLE_CLASS = "inspector-title";
    public static final String NAME_FIELD_STYLE_CLASS = "inspector-name-field";
    public static final String SUBTITLE_STYLE_CLASS = "inspector-subtitle";
    public static final String SECTION_STYLE_CLASS = "inspector-section";
    public static final String KEY_STYLE_CLASS = "inspector-key";
    public static final String VALUE_STYLE_CLASS = "inspector-value";
    public static final String UNIT_STYLE_CLASS = "inspector-unit";
    public static final String ERROR_STYLE_CLASS = "inspector-error";
    public static final String DESIGN_NAME_ID = "design-name";
    public static final String TITLE_ID = "inspector-title";

    private final InspectorViewModel viewModel;
    private final ScrollPane root = new ScrollPane();
    private final StackPane iconHolder = new StackPane();
    private final Label title = new Label();
    private final TextField nameField = new TextField();
    private final Label subtitle = new Label();
    private final Label description = new Label();
    private final Label nameError = new Label();
    private final VBox sections = new VBox();
    private final Label empty = new Label("Open a design to see its parts here.");
    private final InvalidationListener headerListener = obs -> showHeader();
    private final ListChangeListener<InspectorRow> rowsListener = change -> showRows();
    /** Save and Close first commit a name typed but not yet confirmed with Enter. */
    private final java.util.function.BooleanSupplier pendingName = this::commitName;

    public InspectorView(InspectorViewModel viewModel) {
        this.viewModel = viewModel;
        title.getStyleClass().add(TITLE_STYLE_CLASS);
        title.setId(TITLE_ID);
        title.setWrapText(true);
        nameField.getStyleClass().add(NAME_FIELD_STYLE_CLASS);
        nameField.setId(DESIGN_NAME_ID);
        nameField.setPromptText("Design name");
        nameField.setTooltip(new Tooltip("The design's name: type a new one and press Enter."));
        nameField.setOnAction(e -> {
            if (commitName()) {
                // Done editing: hand the keyboard back, so Undo and the other shortcuts act on the design.
                root.requestFocus();
            }
        });
        nameField.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitName();
            }
        });
        nameField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                nameField.setText(viewModel.titleProperty().get());
                viewModel.clearNameError();
                e.consume();
            }
        });
        subtitle.getStyleClass().add(SUBTITLE_STYLE_CLASS);
        description.getStyleClass().add("inspector-description");
        description.setWrapText(true);
        nameError.getStyleClass().add(ERROR_STYLE_CLASS);
        nameError.setWrapText(true);
        nameError.textProperty().bind(viewModel.nameErrorProperty());
        nameError.visibleProperty().bind(viewModel.nameErrorProperty().isNotEmpty());
        nameError.managedProperty().bind(nameError.visibleProperty());
        empty.getStyleClass().add("inspector-empty");
        empty.setWrapText(true);

        iconHolder.getStyleClass().add("inspector-icon");
        VBox titles = new VBox(subtitle, title);
        titles.getStyleClass().add("inspector-titles");
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(iconHolder, titles);
        header.getStyleClass().add("inspector-header");
        header.setAlignment(Pos.CENTER_LEFT);
        sections.getStyleClass().add("inspector-sections");
        VBox content = new VBox(header, nameField, nameError, description, sections, empty);
        content.getStyleClass().add("inspector-content");
        root.setContent(content);
        root.setFitToWidth(true);
        root.getStyleClass().add(STYLE_CLASS);

        viewModel.modeProperty().addListener(headerListener);
        viewModel.titleProperty().addListener(headerListener);
        viewModel.subtitleProperty().addListener(headerListener);
        viewModel.iconProperty().addListener(headerListener);
        viewModel.descriptionProperty().addListener(headerListener);
        viewModel.rows().addListener(rowsListener);
        viewModel.session().addPendingEdit(pendingName);
        showHeader();
        showRows();
    }

    public ScrollPane node() {
        return root;
    }

    public void dispose() {
        viewModel.modeProperty().removeListener(headerListener);
        viewModel.titleProperty().removeListener(headerListener);
        viewModel.subtitleProperty().removeListener(headerListener);
        viewModel.iconProperty().removeListener(headerListener);
        viewModel.descriptionProperty().removeListener(headerListener);
        viewModel.rows().removeListener(rowsListener);
        viewModel.session().removePendingEdit(pendingName);
        nameError.textProperty().unbind();
        nameError.visibleProperty().unbind();
    }

    /** Renames the design to the field's text if it differs; false when the name was refused. */
    private boolean commitName() {
        if (viewModel.modeProperty().get() == InspectorViewModel.Mode.DESIGN
                && !nameField.getText().equals(viewModel.titleProperty().get())) {
            if (!viewModel.renameDesign(nameField.getText())) {
                nameField.requestFocus();
                return false;
            }
        }
        return true;
    }

    private void showHeader() {
        InspectorViewModel.Mode mode = viewModel.modeProperty().get();
        boolean open = mode != InspectorViewModel.Mode.NOTHING_OPEN;
        boolean design = mode == InspectorViewModel.Mode.DESIGN;
        show(title, open && !design);
        show(nameField, design);
        show(subtitle, open);
        show(empty, !open);
        title.setText(viewModel.titleProperty().get());
        // The design's name is the truth: after undo, redo or opening another design the field
        // shows it, even while focused (typing in the field changes nothing until committed).
        nameField.setText(viewModel.titleProperty().get());
        subtitle.setText(viewModel.subtitleProperty().get());
        description.setText(viewModel.descriptionProperty().get());
        show(description, open && !viewModel.descriptionProperty().get().isEmpty());
        iconHolder
                .getChildren()
                .setAll(open ? List.of(Icons.of(viewModel.iconProperty().get())) : List.<FontIcon>of());
        show(iconHolder, open);
    }

    private void showRows() {
        Map<String, GridPane> grids = new LinkedHashMap<>();
        for (InspectorRow row : viewModel.rows()) {
            GridPane grid = grids.computeIfAbsent(row.section(), s -> newGrid());
            int index = grid.getRowCount();
            Label key = new Label(row.label());
            key.getStyleClass().add(KEY_STYLE_CLASS);
            key.setWrapText(true);
            Label value = new Label(row.unit().isEmpty() ? row.value() : row.value() + " " + row.unit());
            value.getStyleClass().add(VALUE_STYLE_CLASS);
            value.setWrapText(true);
            if (!row.description().isEmpty()) {
                Tooltip tip = new Tooltip(row.description());
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                key.setTooltip(tip);
                value.setTooltip(tip);
            }
            grid.addRow(index, key, value);
            GridPane.setHalignment(key, HPos.LEFT);
        }
        sections.getChildren().clear();
        for (Map.Entry<String, GridPane> entry : grids.entrySet()) {
            Label heading = new Label(entry.getKey());
            heading.getStyleClass().add(SECTION_STYLE_CLASS);
            sections.getChildren().addAll(heading, entry.getValue());
        }
    }

    private static GridPane newGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("inspector-grid");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setPercentWidth(42);
        ColumnConstraints values = new ColumnConstraints();
        values.setPercentWidth(58);
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        return grid;
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
