package dsw.app.canvas;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The overview map in the canvas's corner: the whole design in miniature with the part in view
 * outlined; clicking or dragging on it moves the view there. Shows only when the design does not
 * fit the view (and the overview is switched on). Use on the FX thread only.
 */
public final class MinimapView extends Region {
    public static final String STYLE_CLASS = "design-minimap";
    public static final double WIDTH = 220;
    public static final double HEIGHT = 150;

    private final CanvasViewModel viewModel;
    private final Supplier<CanvasColors> colors;
    private final Canvas canvas = new Canvas();
    private final InvalidationListener repaint = obs -> requestLayout();
    private Minimap map = new Minimap(Rect.EMPTY, 1, 0, 0);

    MinimapView(CanvasViewModel viewModel, Supplier<CanvasColors> colors) {
        this.viewModel = viewModel;
        this.colors = colors;
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        setCursor(Cursor.HAND);
        for (Observable o : triggers()) {
            o.addListener(repaint);
        }
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
    }

    void dispose() {
        for (Observable o : triggers()) {
            o.removeListener(repaint);
        }
    }

    private List<Observable> triggers() {
        return List.of(viewModel.layoutProperty(), viewModel.viewportProperty(), viewModel.overviewProperty());
    }

    private void jump(MouseEvent e) {
        viewModel.centreOn(map.toCanvasX(e.getX()), map.toCanvasY(e.getY()));
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        canvas.setWidth(width);
        canvas.setHeight(height);
        Viewport v = viewModel.viewport();
        Rect visible = new Rect(
                v.toCanvasX(0), v.toCanvasY(0), viewModel.viewWidth() / v.scale(), viewModel.viewHeight() / v.scale());
        DiagramLayout layout = viewModel.layout();
        boolean show = viewModel.overviewProperty().get()
                && viewModel.viewWidth() > 0
                && Minimap.useful(layout.contentBounds(), visible);
        setVisible(show);
        if (show) {
            map = Minimap.of(layout.contentBounds(), visible, width, height);
            paint(canvas.getGraphicsContext2D(), width, height, layout, visible);
        }
    }

    private void paint(GraphicsContext gc, double width, double height, DiagramLayout layout, Rect visible) {
        CanvasColors c = colors.get();
        gc.clearRect(0, 0, width, height);
        gc.setFill(c.background().deriveColor(0, 1, 1, 0.92));
        gc.fillRoundRect(0, 0, width, height, 10, 10);
        gc.setStroke(c.frameStroke());
        gc.setLineWidth(1);
        gc.strokeRoundRect(0.5, 0.5, width - 1, height - 1, 10, 10);
        for (DiagramLayout.Frame f : layout.frames()) {
            Rect r = map.toMap(f.bounds());
            gc.strokeRect(r.x(), r.y(), r.width(), r.height());
        }
        gc.setFill(c.boxStroke());
        for (DiagramLayout.Box b : layout.boxes()) {
            Rect r = map.toMap(b.bounds());
            gc.fillRect(r.x(), r.y(), Math.max(1.5, r.width()), Math.max(1.5, r.height()));
        }
        Rect view = map.toMap(visible);
        gc.setStroke(c.selection());
        gc.setLineWidth(2);
        gc.strokeRect(view.x(), view.y(), view.width(), view.height());
        gc.setFill(c.selection().deriveColor(0, 1, 1, 0.12));
        gc.fillRect(view.x(), view.y(), view.width(), view.height());
    }
}
