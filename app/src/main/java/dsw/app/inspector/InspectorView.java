package dsw.app.inspector;

import dsw.app.theme.Icons;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector panel: a header (icon, kind, name), a note when several things are selected, a
 * description, and the property sheet of {@link InspectorViewModel}: one row per field under
 * section headings, each with an editor that fits it (see {@link FieldRow}); the settings of a
 * switched-on pattern sit grouped under its switch, indented behind a rule. The panel adds {@link
 * #STYLESHEET} to its own root. Use on the FX thread only.
 */
public final class InspectorView {
    public static final String STYLE_CLASS = "inspector";
    public static final String TITLE_STYLE_CLASS = "inspector-title";
    public static final String SUBTITLE_STYLE_CLASS = "inspector-subtitle";
    public static final String NOTE_STYLE_CLASS = "inspector-note";
    public static final String SECTION_STYLE_CLASS = "inspector-section";
    public static final String SHEET_STYLE_CLASS = "inspector-sheet";
    /** The rows grouped under a switch: a pattern's settings while it is on. */
    public static final String GROUP_STYLE_CLASS = "inspector-group";

    /** The inspector's own stylesheet (the grouping of settings), a URL string. */
    public static final String STYLESHEET = stylesheet();

    public static final String KEY_STYLE_CLASS = FieldRow.KEY_STYLE_CLASS;
    public static final String VALUE_STYLE_CLASS = FieldEditors.VALUE_STYLE_CLASS;
    public static final String UNIT_STYLE_CLASS = FieldRow.UNIT_STYLE_CLASS;
    public static final String ERROR_STYLE_CLASS = FieldRow.ERROR_STYLE_CLASS;
    public static final String HINT_STYLE_CLASS = FieldRow.HINT_STYLE_CLASS;
    /** The design's name, shown with nothing selected. */
    public static final String DESIGN_NAME_ID = PropertyIds.DESIGN_NAME;

    public static final String TITLE_ID = "inspector-title";
    public static final String NOTE_ID = "inspector-note";

    private final InspectorViewModel viewModel;
    private final ScrollPane root = new ScrollPane();
    private final StackPane iconHolder = new StackPane();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label note = new Label();
    private final Label description = new Label();
    private final VBox sections = new VBox();
    private final Label empty = new Label("Open a design to see its parts here.");
    private final List<FieldRow> rows = new ArrayList<>();
    private final InvalidationListener headerListener = obs -> showHeader();
    private final ListChangeListener<PropertyField> fieldsListener = change -> showFields();

    public InspectorView(InspectorViewModel viewModel) {
        this.viewModel = viewModel;
        title.getStyleClass().add(TITLE_STYLE_CLASS);
        title.setId(TITLE_ID);
        title.setWrapText(true);
        subtitle.getStyleClass().add(SUBTITLE_STYLE_CLASS);
        note.getStyleClass().add(NOTE_STYLE_CLASS);
        note.setId(NOTE_ID);
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        description.getStyleClass().add("inspector-description");
        description.setWrapText(true);
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
        VBox content = new VBox(header, note, description, sections, empty);
        content.getStyleClass().add("inspector-content");
        root.setContent(content);
        root.setFitToWidth(true);
        root.getStyleClass().add(STYLE_CLASS);
        root.getStylesheets().add(STYLESHEET);

        viewModel.modeProperty().addListener(headerListener);
        viewModel.titleProperty().addListener(headerListener);
        viewModel.subtitleProperty().addListener(headerListener);
        viewModel.iconProperty().addListener(headerListener);
        viewModel.descriptionProperty().addListener(headerListener);
        viewModel.noteProperty().addListener(headerListener);
        viewModel.fields().addListener(fieldsListener);
        showHeader();
        showFields();
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
        viewModel.noteProperty().removeListener(headerListener);
        viewModel.fields().removeListener(fieldsListener);
        rows.forEach(FieldRow::dispose);
        rows.clear();
    }

    private void showHeader() {
        boolean open = viewModel.modeProperty().get() != InspectorViewModel.Mode.NOTHING_OPEN;
        show(title, open);
        show(subtitle, open);
        show(empty, !open);
        title.setText(viewModel.titleProperty().get());
        subtitle.setText(viewModel.subtitleProperty().get());
        note.setText(viewModel.noteProperty().get());
        show(note, open && !viewModel.noteProperty().get().isEmpty());
        description.setText(viewModel.descriptionProperty().get());
        show(description, open && !viewModel.descriptionProperty().get().isEmpty());
        iconHolder
                .getChildren()
                .setAll(open ? List.of(Icons.of(viewModel.iconProperty().get())) : List.<FontIcon>of());
        show(iconHolder, open);
    }

    private void showFields() {
        rows.forEach(FieldRow::dispose);
        rows.clear();
        Map<String, VBox> sheets = new LinkedHashMap<>();
        Map<String, VBox> groups = new LinkedHashMap<>();
        for (PropertyField field : viewModel.fields()) {
            FieldRow row = new FieldRow(field, root::requestFocus, this::reveal);
            rows.add(row);
            VBox sheet = sheets.computeIfAbsent(field.section(), s -> newSheet());
            if (field.group().isEmpty()) {
                sheet.getChildren().add(row.node());
            } else {
                groups.computeIfAbsent(field.section() + "\u0000" + field.group(), g -> {
                            VBox group = new VBox();
                            group.getStyleClass().add(GROUP_STYLE_CLASS);
                            group.setId(PropertyIds.group(field.group()));
                            sheet.getChildren().add(group);
                            return group;
                        })
                        .getChildren()
                        .add(row.node());
            }
        }
        sections.getChildren().clear();
        for (Map.Entry<String, VBox> entry : sheets.entrySet()) {
            Label heading = new Label(entry.getKey());
            heading.getStyleClass().add(SECTION_STYLE_CLASS);
            sections.getChildren().addAll(heading, entry.getValue());
        }
        // another selection starts at its header; edits of the same one keep their place
        root.setVvalue(root.getVmin());
    }

    /** Scrolls the sheet so {@code node} is in sight, as when Tab moves the keyboard to it. */
    private void reveal(Node node) {
        Node content = root.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = root.getViewportBounds().getHeight();
        if (contentHeight <= viewport || node.getScene() == null) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = -root.getViewportBounds().getMinY();
        double margin = 40;
        double newTop = top;
        if (bounds.getMinY() - margin < top) {
            newTop = bounds.getMinY() - margin;
        } else if (bounds.getMaxY() + margin > top + viewport) {
            newTop = bounds.getMaxY() + margin - viewport;
        }
        double range = contentHeight - viewport;
        root.setVvalue(Math.max(0, Math.min(1, newTop / range)) * (root.getVmax() - root.getVmin()) + root.getVmin());
    }

    private static String stylesheet() {
        URL url = InspectorView.class.getResource("/dsw/app/inspector/inspector.css");
        if (url == null) {
            throw new IllegalStateException("the stylesheet /dsw/app/inspector/inspector.css is missing from the app");
        }
        return url.toExternalForm();
    }

    private static VBox newSheet() {
        VBox sheet = new VBox();
        sheet.getStyleClass().add(SHEET_STYLE_CLASS);
        return sheet;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
