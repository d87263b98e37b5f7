package dsw.app.shell;

import dsw.app.canvas.CanvasViewModel;
import dsw.app.findings.FindingsViewModel;
import dsw.app.theme.Icons;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar: the design's file (or "not saved yet"), the counts ("7 components · 7 links · 2
 * groups"), the findings summary, the zoom and an "Unsaved changes" marker. Use on the FX thread
 * only.
 */
public final class StatusBarView {
    public static final String STYLE_CLASS = "status-bar";
    public static final String DIRTY_STYLE_CLASS = "status-dirty";
    public static final String FILE_ID = "status-file";
    public static final String COUNTS_ID = "status-counts";
    public static final String FINDINGS_ID = "status-findings";
    public static final String ZOOM_ID = "status-zoom";
    public static final String DIRTY_ID = "status-dirty";

    private final HBox bar = new HBox();
    private final Label file = new Label();
    private final Label counts = new Label();
    private final Label findings = new Label();
    private final Label zoom = new Label();
    private final Label dirty = new Label("Unsaved changes");
    private final MainViewModel main;
    private final ChangeListener<Boolean> dirtyListener;

    public StatusBarView(MainViewModel main, FindingsViewModel findingsModel, CanvasViewModel canvas) {
        this.main = main;
        bar.getStyleClass().add(STYLE_CLASS);
        file.setId(FILE_ID);
        counts.setId(COUNTS_ID);
        findings.setId(FINDINGS_ID);
        zoom.setId(ZOOM_ID);
        dirty.setId(DIRTY_ID);
        dirty.getStyleClass().add(DIRTY_STYLE_CLASS);
        file.setGraphic(Icons.of("mdi2f-file-outline"));
        findings.setGraphic(Icons.of("mdi2c-clipboard-check-outline"));
        zoom.setGraphic(Icons.of("mdi2m-magnify"));
        dirty.setGraphic(Icons.of("mdi2c-circle-medium"));
        file.setMinWidth(80);
        Tooltip fileTip = new Tooltip();
        fileTip.textProperty().bind(main.fileTextProperty());
        file.setTooltip(fileTip);

        file.textProperty().bind(main.fileTextProperty());
        counts.textProperty().bind(main.countsTextProperty());
        findings.textProperty().bind(findingsModel.summaryProperty());
        zoom.textProperty().bind(canvas.zoomTextProperty());
        dirtyListener = (obs, old, now) -> dirty.setVisible(now);
        main.session().dirtyProperty().addListener(dirtyListener);
        dirty.setVisible(main.session().isDirty());
        dirty.managedProperty().bind(dirty.visibleProperty());
        for (Label label : new Label[] {counts, findings, zoom}) {
            label.visibleProperty().bind(main.designOpenProperty());
            label.managedProperty().bind(label.visibleProperty());
        }

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(file, Priority.SOMETIMES);
        bar.getChildren().addAll(file, spacer, dirty, counts, separator(), findings, separator(), zoom);
    }

    public HBox node() {
        return bar;
    }

    public void dispose() {
        main.session().dirtyProperty().removeListener(dirtyListener);
        for (Label label : new Label[] {file, counts, findings, zoom}) {
            label.textProperty().unbind();
            label.visibleProperty().unbind();
        }
        file.getTooltip().textProperty().unbind();
    }

    private Separator separator() {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.visibleProperty().bind(main.designOpenProperty());
        separator.managedProperty().bind(separator.visibleProperty());
        return separator;
    }
}
