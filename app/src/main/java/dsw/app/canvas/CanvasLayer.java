package dsw.app.canvas;

import javafx.scene.canvas.GraphicsContext;

/**
 * Something drawn over the design on a layer of its own, between the design and the editing
 * overlay, such as a running simulation's messages. The canvas calls it on the FX thread with a
 * cleared layer whenever the view or the layout changes, and after {@link
 * DesignCanvasView#requestLayerPaint()}.
 */
@FunctionalInterface
public interface CanvasLayer {
    CanvasLayer NONE = (gc, width, height, layout, viewport, colours) -> {};

    void paint(
            GraphicsContext gc,
            double width,
            double height,
            DiagramLayout layout,
            Viewport viewport,
            CanvasColors colours);
}
