package dsw.app.metrics;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;

/**
 * A line chart over a number axis with a vertical marker line (the playback position) that moves
 * without laying the series out again. No animation, no symbols. FX thread only.
 */
final class MarkedLineChart extends LineChart<Number, Number> {
    static final String MARKER_STYLE_CLASS = "metrics-marker";

    private final Line marker = new Line();
    private double markerX = Double.NaN;

    MarkedLineChart(NumberAxis x, NumberAxis y) {
        super(x, y);
        setAnimated(false);
        setCreateSymbols(false);
        marker.getStyleClass().add(MARKER_STYLE_CLASS);
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        getPlotChildren().add(marker);
    }

    /** Puts the marker at {@code x} in axis units; NaN hides it. */
    void setMarker(double x) {
        markerX = x;
        placeMarker();
    }

    double marker() {
        return markerX;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        placeMarker();
    }

    private void placeMarker() {
        NumberAxis x = (NumberAxis) getXAxis();
        boolean visible = !Double.isNaN(markerX) && markerX >= x.getLowerBound() && markerX <= x.getUpperBound();
        marker.setVisible(visible);
        if (!visible) {
            return;
        }
        double position = x.getDisplayPosition(markerX);
        marker.setStartX(position);
        marker.setEndX(position);
        marker.setStartY(0);
        marker.setEndY(getYAxis().getHeight());
        marker.toFront();
    }
}
