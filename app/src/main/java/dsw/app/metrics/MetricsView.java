package dsw.app.metrics;

import dsw.model.file.AtomicFiles;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;

/**
 * The metrics panel: a chart of successful answers, errors and drops per second, a chart of offered
 * load, goodput and retries, a chart of amplification (downstream calls per client request), and a chart of
 * the latency's 50th and 99th percentiles, over virtual time up to the playback position, with a
 * marker at the playback position. A button and the charts' context menu hand the charts to a
 * callback (the integrator shows a save dialog, then calls {@link #exportPng}). FX thread only.
 */
public final class MetricsView {
    public static final String STYLE_CLASS = "metrics";
    public static final String RATES_CHART_ID = "metrics-rates";
    public static final String LATENCY_CHART_ID = "metrics-latency";
    public static final String LOAD_CHART_ID = "metrics-load";
    public static final String AMPLIFICATION_CHART_ID = "metrics-amplification";
    public static final String TITLE_ID = "metrics-title";
    public static final String EXPORT_ID = "metrics-export";

    static final String THROUGHPUT = "Successful answers/s";
    static final String ERRORS = "Errors/s";
    static final String DROPS = "Drops/s";
    static final String P50 = "Latency p50";
    static final String P99 = "Latency p99";
    static final String OFFERED = "Offered load (client requests/s)";
    static final String GOODPUT = "Goodput (answered ok/s)";
    static final String RETRIES = "Retries/s";
    static final String AMPLIFICATION = "Downstream calls per client request";

    private final MetricsViewModel viewModel;
    private final VBox root = new VBox();
    private final VBox charts = new VBox();
    private final NumberAxis ratesTime = timeAxis();
    private final NumberAxis latencyTime = timeAxis();
    private final MarkedLineChart rates = new MarkedLineChart(ratesTime, valueAxis("per second"));
    private final MarkedLineChart latency = new MarkedLineChart(latencyTime, valueAxis("ms"));
    private final NumberAxis loadTime = timeAxis();
    private final NumberAxis amplificationTime = timeAxis();
    private final MarkedLineChart load = new MarkedLineChart(loadTime, valueAxis("per second"));
    private final MarkedLineChart amplification =
            new MarkedLineChart(amplificationTime, valueAxis("calls per request"));
    private final XYChart.Series<Number, Number> offered = series(OFFERED);
    private final XYChart.Series<Number, Number> goodput = series(GOODPUT);
    private final XYChart.Series<Number, Number> retries = series(RETRIES);
    private final XYChart.Series<Number, Number> amplified = series(AMPLIFICATION);
    private final XYChart.Series<Number, Number> throughput = series(THROUGHPUT);
    private final XYChart.Series<Number, Number> errors = series(ERRORS);
    private final XYChart.Series<Number, Number> drops = series(DROPS);
    private final XYChart.Series<Number, Number> p50 = series(P50);
    private final XYChart.Series<Number, Number> p99 = series(P99);

    private final InvalidationListener seriesListener = obs -> showLatest();
    private final InvalidationListener timeListener = obs -> placeMarkers();
    private final InvalidationListener bucketListener = obs -> updateAxisLabels();

    /** {@code onExport} gets the node to export when the user asks to export the charts. */
    public MetricsView(MetricsViewModel viewModel, Consumer<Node> onExport) {
        this.viewModel = viewModel;
        root.getStyleClass().add(STYLE_CLASS);
        Label title = new Label();
        title.setId(TITLE_ID);
        title.getStyleClass().add("metrics-title");
        title.textProperty().bind(viewModel.titleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button export = new Button("Export PNG…");
        export.setId(EXPORT_ID);
        export.setOnAction(e -> onExport.accept(charts));
        HBox header = new HBox(title, gap, export);
        header.getStyleClass().add("metrics-header");
        header.setAlignment(Pos.CENTER_LEFT);

        rates.setId(RATES_CHART_ID);
        rates.getData().addAll(List.of(throughput, errors, drops));
        latency.setId(LATENCY_CHART_ID);
        latency.getData().addAll(List.of(p50, p99));
        load.setId(LOAD_CHART_ID);
        load.getData().addAll(List.of(offered, goodput, retries));
        amplification.setId(AMPLIFICATION_CHART_ID);
        amplification.getData().add(amplified);
        MenuItem exportItem = new MenuItem("Export Charts as PNG…");
        exportItem.setOnAction(e -> onExport.accept(charts));
        ContextMenu menu = new ContextMenu(exportItem);
        for (MarkedLineChart chart : List.of(rates, latency, load, amplification)) {
            chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
            chart.setMinHeight(120);
            VBox.setVgrow(chart, Priority.ALWAYS);
        }
        charts.getStyleClass().add("metrics-charts");
        charts.getChildren().addAll(rates, latency, load, amplification);
        VBox.setVgrow(charts, Priority.ALWAYS);
        root.getChildren().addAll(header, charts);

        viewModel.seriesProperty().addListener(seriesListener);
        viewModel.timeProperty().addListener(timeListener);
        viewModel.bucketTextProperty().addListener(bucketListener);
        show(viewModel.series());
        updateAxisLabels();
    }

    public VBox node() {
        return root;
    }

    /** The node holding both charts, which {@link #exportPng} saves. */
    public Node charts() {
        return charts;
    }

    /** The URL of the charts' stylesheet, for the scene's stylesheets. */
    public static String stylesheet() {
        URL url = MetricsView.class.getResource("metrics.css");
        if (url == null) {
            throw new IllegalStateException("the stylesheet dsw/app/metrics/metrics.css is missing from the app");
        }
        return url.toExternalForm();
    }

    /**
     * Saves both charts as they are on screen as a PNG, replacing {@code file} atomically (a
     * temporary file moved over it). FX thread, since it takes a snapshot of the scene graph.
     */
    public void exportPng(Path file) throws IOException {
        WritableImage image = charts.snapshot(null, null);
        var buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    public void dispose() {
        viewModel.seriesProperty().removeListener(seriesListener);
        viewModel.timeProperty().removeListener(timeListener);
        viewModel.bucketTextProperty().removeListener(bucketListener);
    }

    // ---- drawing the figures ----

    private void showLatest() {
        show(viewModel.series());
    }

    private void show(MetricsSeries figures) {
        int n = figures.buckets();
        double[] x = new double[n];
        double[] ok = new double[n];
        double[] failed = new double[n];
        double[] dropped = new double[n];
        for (int b = 0; b < n; b++) {
            x[b] = (figures.start(b) + figures.bucket() / 2.0) / 1e6;
            ok[b] = figures.throughput(b);
            failed[b] = figures.errors(b);
            dropped[b] = figures.drops(b);
        }
        update(throughput, x, ok, n);
        update(errors, x, failed, n);
        update(drops, x, dropped, n);
        double[] sent = new double[n];
        double[] good = new double[n];
        double[] tried = new double[n];
        for (int b = 0; b < n; b++) {
            sent[b] = figures.offered(b);
            good[b] = figures.goodput(b);
            tried[b] = figures.retries(b);
        }
        update(offered, x, sent, n);
        update(goodput, x, good, n);
        update(retries, x, tried, n);
        update(amplified, amplificationPoints(figures));
        update(p50, latencyPoints(figures, true));
        update(p99, latencyPoints(figures, false));
        long span = Math.max(viewModel.spanProperty().get(), n * figures.bucket());
        double end = span <= 0 ? 1 : span / 1e6;
        for (NumberAxis axis : List.of(ratesTime, latencyTime, loadTime, amplificationTime)) {
            axis.setUpperBound(end);
            axis.setTickUnit(tick(end));
        }
        placeMarkers();
    }

    /** The latency points of the buckets that have answers: [x..., y...] in seconds and ms. */
    private static double[][] latencyPoints(MetricsSeries figures, boolean median) {
        int n = 0;
        for (int b = 0; b < figures.buckets(); b++) {
            if (figures.p50(b) >= 0) {
                n++;
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int i = 0;
        for (int b = 0; b < figures.buckets(); b++) {
            long value = median ? figures.p50(b) : figures.p99(b);
            if (value >= 0) {
                x[i] = (figures.start(b) + figures.bucket() / 2.0) / 1e6;
                y[i] = value / 1000.0;
                i++;
            }
        }
        return new double[][] {x, y};
    }

    /** The amplification of the buckets where clients sent requests: [x..., y...]. */
    private static double[][] amplificationPoints(MetricsSeries figures) {
        double[] x = new double[figures.buckets()];
        double[] y = new double[figures.buckets()];
        int n = 0;
        for (int b = 0; b < figures.buckets(); b++) {
            double value = figures.amplification(b);
            if (value >= 0) {
                x[n] = (figures.start(b) + figures.bucket() / 2.0) / 1e6;
                y[n] = value;
                n++;
            }
        }
        return new double[][] {java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n)};
    }

    private static void update(XYChart.Series<Number, Number> series, double[][] points) {
        update(series, points[0], points[1], points[0].length);
    }

    /** Changes the points in place where there are points already, so the chart keeps its nodes. */
    private static void update(XYChart.Series<Number, Number> series, double[] x, double[] y, int n) {
        var data = series.getData();
        if (data.size() > n) {
            data.remove(n, data.size());
        }
        for (int i = 0; i < n; i++) {
            if (i < data.size()) {
                XYChart.Data<Number, Number> point = data.get(i);
                if (point.getXValue().doubleValue() != x[i]) {
                    point.setXValue(x[i]);
                }
                if (point.getYValue().doubleValue() != y[i]) {
                    point.setYValue(y[i]);
                }
            } else {
                data.add(new XYChart.Data<>(x[i], y[i]));
            }
        }
    }

    private void placeMarkers() {
        double seconds = viewModel.timeProperty().get() / 1e6;
        rates.setMarker(seconds);
        latency.setMarker(seconds);
        load.setMarker(seconds);
        amplification.setMarker(seconds);
    }

    private void updateAxisLabels() {
        String bucket = viewModel.bucketTextProperty().get();
        String label = bucket.isEmpty() ? "virtual time (s)" : "virtual time (s), " + bucket;
        ratesTime.setLabel(label);
        latencyTime.setLabel(label);
        loadTime.setLabel(label);
        amplificationTime.setLabel(label);
    }

    private static NumberAxis timeAxis() {
        NumberAxis axis = new NumberAxis(0, 1, 0.1);
        axis.setAutoRanging(false);
        axis.setAnimated(false);
        axis.setMinorTickVisible(false);
        return axis;
    }

    private static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setAnimated(false);
        axis.setForceZeroInRange(true);
        axis.setMinorTickVisible(false);
        return axis;
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    /** A tick step of 1, 2 or 5 times a power of ten giving about 5 to 10 ticks over {@code end}. */
    static double tick(double end) {
        double raw = end / 8;
        double unit = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * unit >= raw) {
                return step * unit;
            }
        }
        return 10 * unit;
    }
}
