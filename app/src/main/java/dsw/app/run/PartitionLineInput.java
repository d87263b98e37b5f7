package dsw.app.run;

import dsw.app.canvas.CanvasInput;
import dsw.app.canvas.CanvasViewModel;
import dsw.app.canvas.Overlay;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;

/**
 * The partition tool: the user draws a line across the canvas, and the components on either side
 * of it become the two sides of a partition. Replaces the canvas's input while armed and hands
 * the line (in canvas units) to {@code drawn}, or null when the user gave up. FX thread only.
 */
final class PartitionLineInput implements CanvasInput {
    /** A line drawn in canvas units. */
    record Line(double x1, double y1, double x2, double y2) {}

    /** A line shorter than this many pixels is a click, not a line. */
    private static final double MIN_PIXELS = 12;

    private final CanvasViewModel canvas;
    private final Consumer<Line> drawn;
    private double startX = Double.NaN;
    private double startY;

    PartitionLineInput(CanvasViewModel canvas, Consumer<Line> drawn) {
        this.canvas = canvas;
        this.drawn = drawn;
    }

    @Override
    public CursorHint moved(Pointer p) {
        return CursorHint.CROSSHAIR;
    }

    @Override
    public void pressed(Pointer p) {
        if (p.button() != Button.PRIMARY) {
            finish(null);
            return;
        }
        startX = p.x();
        startY = p.y();
    }

    @Override
    public void dragged(Pointer p) {
        if (Double.isNaN(startX)) {
            return;
        }
        var v = canvas.viewport();
        canvas.overlayProperty()
                .set(Overlay.NONE.withGuides(List.of(new Overlay.Line(
                        v.toCanvasX(startX), v.toCanvasY(startY), v.toCanvasX(p.x()), v.toCanvasY(p.y())))));
    }

    @Override
    public void released(Pointer p) {
        if (Double.isNaN(startX)) {
            return;
        }
        if (Math.hypot(p.x() - startX, p.y() - startY) < MIN_PIXELS) {
            canvas.overlayProperty().set(Overlay.NONE);
            startX = Double.NaN;
            return;
        }
        var v = canvas.viewport();
        finish(new Line(v.toCanvasX(startX), v.toCanvasY(startY), v.toCanvasX(p.x()), v.toCanvasY(p.y())));
    }

    @Override
    public void doubleClicked(Pointer p) {}

    @Override
    public boolean keyPressed(KeyCode code, boolean shift, boolean shortcut, boolean alt) {
        if (code == KeyCode.ESCAPE) {
            finish(null);
            return true;
        }
        return false;
    }

    @Override
    public void exited() {}

    @Override
    public void cancel() {
        finish(null);
    }

    private void finish(Line line) {
        startX = Double.NaN;
        canvas.overlayProperty().set(Overlay.NONE);
        drawn.accept(line);
    }
}
