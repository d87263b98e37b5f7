package dsw.app.gui;

import static dsw.app.gui.GuiTests.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dsw.app.TestDesigns;
import dsw.app.eventlog.EventLogStyle;
import dsw.app.eventlog.EventLogView;
import dsw.app.eventlog.EventLogViewModel;
import dsw.app.metrics.MetricsView;
import dsw.app.metrics.MetricsViewModel;
import dsw.app.run.RunCursor;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The event log and the metrics charts in a small window on a real run of the three-tier example
 * (its primary database crashes at 10 s): filtering to drops, selecting in the table and from
 * elsewhere, charts with figures, and a PNG export.
 */
class RunPanelsGuiTest extends FxRobot {
    private static Trace trace;

    @TempDir
    Path dir;

    private final RunCursor cursor = new RunCursor();
    private final List<Node> exported = new ArrayList<>();
    private EventLogViewModel logModel;
    private EventLogView log;
    private MetricsViewModel metricsModel;
    private MetricsView metrics;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Simulation simulation = Simulation.of(TestDesigns.example("three-tier-web.dsw.json"));
        simulation.runUntil(12 * Micros.PER_SECOND, RunMonitor.NONE);
        trace = simulation.trace();
    }

    @BeforeEach
    void show() throws Exception {
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            cursor.reset(trace);
            cursor.shownProperty().set(trace.size());
            cursor.timeProperty().set(trace.time(trace.size() - 1));
            logModel = new EventLogViewModel(cursor, new ImmediateTaskExecutor());
            log = new EventLogView(logModel);
            metricsModel = new MetricsViewModel(cursor, new ImmediateTaskExecutor());
            metrics = new MetricsView(metricsModel, exported::add);
            // the log keeps room for its rows however tall the charts want to be
            log.node().setMinHeight(360);
            VBox root = new VBox(log.node(), metrics.node());
            Scene scene = new Scene(root, 1000, 800);
            scene.getStylesheets().addAll(EventLogStyle.stylesheet(), MetricsView.stylesheet());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            log.dispose();
            logModel.dispose();
            metrics.dispose();
            metricsModel.dispose();
            return null;
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void filteringToDropsThenSelectingInTheTableAndElsewhere() throws Exception {
        clickOn("#" + EventLogView.TYPES_ID);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> lookup("Only drops").tryQuery().isPresent());
        clickOn("Only drops");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Integer> table = lookup("#" + EventLogView.TABLE_ID).queryTableView();
        assertThat(table.getItems()).isNotEmpty().allSatisfy(seq -> assertThat(trace.type(seq))
                .isEqualTo(EventType.DROP));
        assertThat(onFx(() -> visibleRow(table, 0).getStyleClass())).contains(EventLogStyle.DROP_STYLE_CLASS);

        clickOn(onFx(() -> visibleRow(table, 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cursor.selected()).isEqualTo(table.getItems().get(2));

        int last = table.getItems().size() - 1;
        int farDrop = table.getItems().get(last);
        onFx(() -> {
            cursor.selectedProperty().set(farDrop);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(last);
        TableRow<?> row = onFx(() -> visibleRow(table, last));
        assertThat(row).as("scrolled to the selected row").isNotNull();
        Bounds inTable = table.sceneToLocal(row.localToScene(row.getLayoutBounds()));
        assertThat(inTable.getMaxY()).isLessThanOrEqualTo(table.getHeight());

        int send = firstOf(EventType.SEND);
        onFx(() -> {
            cursor.selectedProperty().set(send);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label note = lookup("#" + EventLogView.NOTE_ID).queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("Event #" + send + " is hidden by the filters.");
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(-1);
        GuiTests.snapshot("event-log-drops.png");
    }

    @Test
    void theChartsShowTheRunAndExportAsPng() throws Exception {
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> rates =
                lookup("#" + MetricsView.RATES_CHART_ID).queryAs(LineChart.class);
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> latency =
                lookup("#" + MetricsView.LATENCY_CHART_ID).queryAs(LineChart.class);
        assertThat(rates.getData()).hasSize(3);
        assertThat(rates.getData().get(0).getData())
                .hasSize(metricsModel.series().buckets());
        assertThat(rates.getData().get(0).getData())
                .anySatisfy(point -> assertThat(point.getYValue().doubleValue()).isPositive());
        assertThat(latency.getData().get(0).getData()).isNotEmpty();

        clickOn("#" + MetricsView.EXPORT_ID);
        assertThat(exported).containsExactly(metrics.charts());
        Path file = dir.resolve("charts.png");
        onFx(() -> {
            metrics.exportPng(file);
            return null;
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isGreaterThan(500);
        assertThat(image.getHeight()).isGreaterThan(100);
        GuiTests.snapshot("metrics.png");
    }

    private static int firstOf(EventType type) {
        for (int seq = 0; seq < trace.size(); seq++) {
            if (trace.type(seq) == type) {
                return seq;
            }
        }
        throw new AssertionError("no " + type + " event");
    }

    /** The table row showing row {@code index} and inside the table's viewport, or null. */
    private static TableRow<?> visibleRow(TableView<?> table, int index) {
        Bounds view = table.localToScene(table.getLayoutBounds());
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.getIndex() == index && row.isVisible()) {
                Bounds bounds = row.localToScene(row.getLayoutBounds());
                if (bounds.getMinY() >= view.getMinY() && bounds.getMaxY() <= view.getMaxY()) {
                    return row;
                }
            }
        }
        return null;
    }
}
