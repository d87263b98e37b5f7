package dsw.app.findings;

import dsw.app.theme.Icons;
import dsw.model.Severity;
import dsw.model.analysis.Finding;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The findings panel: a heading with the summary and the list of findings, each with a severity
 * icon. Clicking a finding (or pressing Enter on it) selects what it is about. Use on the FX thread
 * only.
 */
public final class FindingsView {
    public static final String STYLE_CLASS = "findings";
    public static final String LIST_ID = "findings-list";
    public static final String HEADING_STYLE_CLASS = "findings-heading";
    public static final String ERROR_STYLE_CLASS = "finding-error";
    public static final String WARNING_STYLE_CLASS = "finding-warning";
    public static final String INFO_STYLE_CLASS = "finding-info";

    private final FindingsViewModel viewModel;
    private final VBox root = new VBox();
    private final ListView<Finding> list = new ListView<>();
    private final Label placeholder = new Label();
    private final InvalidationListener placeholderListener = obs -> updatePlaceholder();

    /** {@code onRevealed} gets the id of what a chosen finding selected, to bring it into view. */
    public FindingsView(FindingsViewModel viewModel, Consumer<String> onRevealed) {
        this.viewModel = viewModel;
        root.getStyleClass().add(STYLE_CLASS);
        Label heading = new Label("Findings");
        heading.getStyleClass().add(HEADING_STYLE_CLASS);
        Label summary = new Label();
        summary.getStyleClass().add("findings-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        HBox header = new HBox(heading, summary);
        header.getStyleClass().add("findings-header");
        header.setAlignment(Pos.BASELINE_LEFT);

        list.setId(LIST_ID);
        list.setItems(viewModel.findings());
        list.setCellFactory(v -> new FindingCell());
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("findings-placeholder");
        list.setPlaceholder(placeholder);
        list.setOnMouseClicked(e -> choose(onRevealed));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                choose(onRevealed);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(header, list);
        viewModel.summaryProperty().addListener(placeholderListener);
        viewModel.failureProperty().addListener(placeholderListener);
        updatePlaceholder();
    }

    public VBox node() {
        return root;
    }

    /** Moves the keyboard focus to the list (after Check Design). */
    public void focus() {
        list.requestFocus();
    }

    public void dispose() {
        viewModel.summaryProperty().removeListener(placeholderListener);
        viewModel.failureProperty().removeListener(placeholderListener);
        list.setItems(null);
    }

    private void choose(Consumer<String> onRevealed) {
        Finding finding = list.getSelectionModel().getSelectedItem();
        if (finding != null) {
            Optional<String> id = viewModel.reveal(finding);
            id.ifPresent(onRevealed);
        }
    }

    private void updatePlaceholder() {
        String failure = viewModel.failureProperty().get();
        String summary = viewModel.summaryProperty().get();
        if (!failure.isEmpty()) {
            placeholder.setText(failure);
        } else if (summary.isEmpty()) {
            placeholder.setText("Open a design to check it.");
        } else if (viewModel.checkingProperty().get()) {
            placeholder.setText("Checking the design…");
        } else {
            placeholder.setText("No findings: the design check found nothing to report.");
        }
    }

    /** One finding: severity icon and message. */
    private static final class FindingCell extends ListCell<Finding> {
        private final Label message = new Label();
        private final HBox box = new HBox();

        FindingCell() {
            message.setWrapText(true);
            message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            message.getStyleClass().add("finding-message");
            HBox.setHgrow(message, Priority.ALWAYS);
            box.getStyleClass().add("finding");
            box.setAlignment(Pos.TOP_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            if (empty || finding == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            message.setText(finding.message());
            box.getChildren().setAll(Icons.of(icon(finding.severity()), styleClass(finding.severity())), message);
            setText(null);
            setGraphic(box);
            setAccessibleText(finding.severity().label() + ": " + finding.message());
        }

        private static String icon(Severity severity) {
            return switch (severity) {
                case ERROR -> "mdi2a-alert-circle";
                case WARNING -> "mdi2a-alert";
                case INFO -> "mdi2i-information";
            };
        }

        private static String styleClass(Severity severity) {
            return switch (severity) {
                case ERROR -> ERROR_STYLE_CLASS;
                case WARNING -> WARNING_STYLE_CLASS;
                case INFO -> INFO_STYLE_CLASS;
            };
        }
    }
}
