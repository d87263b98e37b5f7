package dsw.app.consistency;

import dsw.simulation.check.Operation;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Consistency tab: a Check button (Cancel while checking), the verdict, the sentence that
 * explains a violation and the operations that cannot be ordered; choosing one (click or Enter)
 * selects its answer in every run view, where the operations are marked. FX thread only.
 */
public final class ConsistencyView {
    public static final String CHECK_ID = "consistency-check";
    public static final String CANCEL_ID = "consistency-cancel";
    public static final String HEADLINE_ID = "consistency-headline";
    public static final String SENTENCE_ID = "consistency-sentence";
    public static final String LIST_ID = "consistency-operations";

    private final ConsistencyViewModel viewModel;
    private final VBox root = new VBox();
    private final Label headline = new Label();
    private final InvalidationListener stateListener = obs -> updateState();
    private final Button check = new Button("Check History");
    private final Button cancel = new Button("Cancel");
    private final ProgressIndicator progress = new ProgressIndicator();

    public ConsistencyView(ConsistencyViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("consistency");
        root.setSpacing(6);
        root.setStyle("-fx-padding: 0.5em;");

        check.setId(CHECK_ID);
        check.setOnAction(e -> viewModel.check());
        check.setTooltip(new Tooltip("Check the run's client history against the promise the design states"));
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> viewModel.cancel());
        progress.setMaxSize(18, 18);
        headline.setId(HEADLINE_ID);
        headline.setWrapText(true);
        headline.textProperty().bind(viewModel.headlineProperty());
        HBox.setHgrow(headline, Priority.ALWAYS);
        HBox bar = new HBox(8, check, cancel, progress, headline);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label sentence = new Label();
        sentence.setId(SENTENCE_ID);
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.getStyleClass().add("consistency-sentence");
        sentence.textProperty().bind(viewModel.sentenceProperty());
        sentence.managedProperty().bind(sentence.textProperty().isNotEmpty());
        sentence.visibleProperty().bind(sentence.managedProperty());

        ListView<Operation> list = new ListView<>(viewModel.operations());
        list.setId(LIST_ID);
        list.setPlaceholder(new Label("A violation's operations are listed here and marked on the space-time"
                + " diagram and in the event log."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Operation op, boolean empty) {
                super.updateItem(op, empty);
                setText(empty || op == null ? null : ConsistencyViewModel.describe(op));
            }
        });
        list.setOnMouseClicked(e -> choose(list));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(list);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(bar, sentence, list);
        viewModel.stateProperty().addListener(stateListener);
        updateState();
    }

    public Node node() {
        return root;
    }

    private void choose(ListView<Operation> list) {
        Operation op = list.getSelectionModel().getSelectedItem();
        if (op != null) {
            viewModel.select(op);
        }
    }

    private void updateState() {
        ConsistencyViewModel.State state = viewModel.stateProperty().get();
        boolean checking = state == ConsistencyViewModel.State.CHECKING;
        cancel.setVisible(checking);
        cancel.setManaged(checking);
        progress.setVisible(checking);
        progress.setManaged(checking);
        check.setDisable(checking);
        // the verdict in the theme's success or danger colour, so it reads at a glance on a projector
        headline.setStyle(
                switch (state) {
                    case KEPT -> "-fx-text-fill: -color-success-fg; -fx-font-weight: bold;";
                    case BROKEN -> "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;";
                    default -> "";
                });
    }

    public void dispose() {
        viewModel.stateProperty().removeListener(stateListener);
    }
}
