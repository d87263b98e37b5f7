package dsw.app.spacetime;

import java.net.URL;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;

/**
 * The space-time diagram panel: a bar of options (follow playback, labels, Lamport order, hide the
 * future, fit), the diagram with scroll bars, and a status line saying how the two selected events
 * relate, with the legend of pattern decisions' diamonds once the run has one. Add {@link #STYLESHEET} to the scene (the view also adds it to its own root). FX thread
 * only.
 */
public final class SpaceTimeView {
    public static final String STYLE_CLASS = "space-time";
    public static final String BAR_STYLE_CLASS = "space-time-bar";
    public static final String STATUS_STYLE_CLASS = "space-time-status";
    public static final String RELATION_STYLE_CLASS = "space-time-relation";
    public static final String NOTE_STYLE_CLASS = "space-time-note";
    /** The legend of pattern decisions' diamonds, shown once the run has one. */
    public static final String LEGEND_STYLE_CLASS = "space-time-legend";
    /** One family in the legend; it also carries the family's name in lower case, e.g. "resilience". */
    public static final String LEGEND_ENTRY_STYLE_CLASS = "space-time-legend-entry";
    /** The diamond of a legend entry. */
    public static final String DIAMOND_STYLE_CLASS = "space-time-diamond";

    /** The panel's stylesheet, a URL string. */
    public static final String STYLESHEET = stylesheet();

    private final SpaceTimeViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final SpaceTimeCanvas canvas;
    private final ToggleButton follow = new ToggleButton("Follow");
    private final ComboBox<LabelMode> labels = new ComboBox<>();
    private final CheckBox lamportOrder = new CheckBox("Lamport order");
    private final CheckBox hideFuture = new CheckBox("Hide future");
    private final Button fit = new Button("Fit all");
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Label relation = new Label();
    private final Label note = new Label();
    private final HBox legend = legend();
    private final InvalidationListener viewportChanged = obs -> syncScrollBars();
    private boolean syncing;

    public SpaceTimeView(SpaceTimeViewModel viewModel) {
        this.viewModel = viewModel;
        this.canvas = new SpaceTimeCanvas(viewModel);
        root.getStyleClass().add(STYLE_CLASS);
        root.getStylesheets().add(STYLESHEET);

        follow.selectedProperty().bindBidirectional(viewModel.followProperty());
        follow.setTooltip(new Tooltip("Keep the now line in view while the run plays"));
        labels.getItems().setAll(LabelMode.values());
        labels.valueProperty().bindBidirectional(viewModel.labelModeProperty());
        labels.setTooltip(new Tooltip("Label events with their Lamport clock, vector clock or nothing"));
        lamportOrder.selectedProperty().bindBidirectional(viewModel.lamportOrderProperty());
        lamportOrder.setTooltip(new Tooltip("Lay events out in the Lamport total order instead of by time"));
        hideFuture.selectedProperty().bindBidirectional(viewModel.hideFutureProperty());
        hideFuture.setTooltip(new Tooltip("Hide events after the playback position instead of fading them"));
        fit.setOnAction(e -> viewModel.fitAll());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(follow, new Label("Labels"), labels, lamportOrder, hideFuture, spacer, fit);
        bar.getStyleClass().add(BAR_STYLE_CLASS);

        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        horizontal.valueProperty().addListener(obs -> {
            if (!syncing) {
                viewModel.scrollTo(horizontal.getValue());
            }
        });
        vertical.valueProperty().addListener(obs -> {
            if (!syncing) {
                viewModel.scrollLanesTo(vertical.getValue());
            }
        });
        viewModel.viewportProperty().addListener(viewportChanged);
        viewModel.revisionProperty().addListener(viewportChanged);

        relation.getStyleClass().add(RELATION_STYLE_CLASS);
        relation.textProperty().bind(viewModel.relationTextProperty());
        relation.setWrapText(true);
        relation.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(relation, Priority.ALWAYS);
        note.getStyleClass().add(NOTE_STYLE_CLASS);
        note.textProperty().bind(viewModel.noteTextProperty());
        HBox status = new HBox(relation, note, legend);
        status.getStyleClass().add(STATUS_STYLE_CLASS);

        BorderPane diagram = new BorderPane(canvas);
        diagram.setRight(vertical);
        diagram.setBottom(horizontal);
        root.setTop(bar);
        root.setCenter(diagram);
        root.setBottom(new VBox(status));
        syncScrollBars();
    }

    /** The panel, to put in a window. */
    public Node node() {
        return root;
    }

    public SpaceTimeViewModel viewModel() {
        return viewModel;
    }

    /** The diagram's canvas, for tests and screenshots. */
    public Canvas canvas() {
        return canvas.canvas();
    }

    /** Stops following the view model. */
    public void dispose() {
        follow.selectedProperty().unbindBidirectional(viewModel.followProperty());
        labels.valueProperty().unbindBidirectional(viewModel.labelModeProperty());
        lamportOrder.selectedProperty().unbindBidirectional(viewModel.lamportOrderProperty());
        hideFuture.selectedProperty().unbindBidirectional(viewModel.hideFutureProperty());
        viewModel.viewportProperty().removeListener(viewportChanged);
        viewModel.revisionProperty().removeListener(viewportChanged);
        relation.textProperty().unbind();
        note.textProperty().unbind();
        canvas.dispose();
    }

    private void syncScrollBars() {
        syncing = true;
        try {
            SpaceTimeViewport v = viewModel.viewport();
            double span = viewModel.plotWidth() / v.scale();
            double extent = viewModel.extent();
            horizontal.setMin(Math.min(0, v.start()));
            horizontal.setMax(Math.max(extent, v.start() + span));
            horizontal.setVisibleAmount(span);
            horizontal.setUnitIncrement(span / 20);
            horizontal.setBlockIncrement(span * 0.8);
            horizontal.setValue(v.start());
            double lanes = viewModel.lanesHeight();
            double visible = viewModel.plotHeight();
            vertical.setMin(0);
            vertical.setMax(Math.max(0, lanes - visible));
            vertical.setVisibleAmount(Math.min(lanes, visible));
            vertical.setUnitIncrement(20);
            vertical.setValue(v.scrollY());
            vertical.setVisible(lanes > visible);
            vertical.setManaged(lanes > visible);
            boolean decisions = viewModel.hasDecisions();
            legend.setVisible(decisions);
            legend.setManaged(decisions);
        } finally {
            syncing = false;
        }
    }

    /** "Decisions ◆ Resilience ◆ Protection ◆ Messaging ◆ Balancing", each diamond in its colour. */
    private static HBox legend() {
        Label title = new Label("Decisions:");
        title.getStyleClass().add(NOTE_STYLE_CLASS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(title);
        box.getStyleClass().add(LEGEND_STYLE_CLASS);
        // the legend keeps its words; the status note beside it gives way in a narrow window
        box.setMinWidth(Region.USE_PREF_SIZE);
        for (DecisionFamily family : DecisionFamily.values()) {
            if (family == DecisionFamily.NONE) {
                continue;
            }
            Polygon diamond = new Polygon(5, 0, 10, 5, 5, 10, 0, 5);
            diamond.getStyleClass().add(DIAMOND_STYLE_CLASS);
            Label entry = new Label(family.title(), diamond);
            entry.getStyleClass().addAll(LEGEND_ENTRY_STYLE_CLASS, family.name().toLowerCase(Locale.ROOT));
            entry.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(entry);
        }
        box.setVisible(false);
        box.setManaged(false);
        return box;
    }

    private static String stylesheet() {
        URL url = SpaceTimeView.class.getResource("/dsw/app/spacetime/spacetime.css");
        if (url == null) {
            throw new IllegalStateException("the stylesheet /dsw/app/spacetime/spacetime.css is missing from the app");
        }
        return url.toExternalForm();
    }
}
