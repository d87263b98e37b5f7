package dsw.app.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints an {@link Overlay} over the design: the rubber band or frame draft, alignment guides, the
 * link being dragged out with its target highlighted, connection handles and the ghost of a
 * component about to be placed. Sizes that should stay the same on screen (handles, dashes) are
 * divided by the zoom. Use on the FX thread only.
 */
final class OverlayPainter {
    /** Radius of a connection handle, in screen pixels. */
    static final double HANDLE_RADIUS = 7;

    private final Font ghostFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 16);

    void paint(
            GraphicsContext gc,
            DiagramLayout layout,
            Overlay overlay,
            Viewport viewport,
            CanvasColors colors,
            double weight) {
        if (overlay.equals(Overlay.NONE)) {
            return;
        }
        double px = 1 / viewport.scale();
        Color accent = colors.selection();
        if (overlay.handles() != null) {
            layout.box(overlay.handles()).ifPresent(box -> {
                double r = HANDLE_RADIUS * px;
                for (double[] h : Overlay.handlesOf(box.bounds())) {
                    gc.setFill(colors.background());
                    gc.fillOval(h[0] - r, h[1] - r, 2 * r, 2 * r);
                    gc.setStroke(accent);
                    gc.setLineWidth(2 * px * weight);
                    gc.strokeOval(h[0] - r, h[1] - r, 2 * r, 2 * r);
                }
            });
        }
        if (overlay.target() != null) {
            layout.box(overlay.target()).ifPresent(box -> {
                Rect r = box.bounds().grow(5, 5, 5, 5);
                gc.setStroke(accent);
                gc.setLineWidth(3 * px * weight);
                gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 20, 20);
            });
        }
        if (overlay.connect() != null) {
            Overlay.Line l = overlay.connect();
            gc.setStroke(accent);
            gc.setLineWidth(2.5 * weight);
            gc.setLineDashes(8 * px, 6 * px);
            gc.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
            gc.setLineDashes();
            double r = 5 * px;
            gc.setFill(accent);
            gc.fillOval(l.x2() - r, l.y2() - r, 2 * r, 2 * r);
        }
        gc.setStroke(accent.deriveColor(0, 1, 1, 0.9));
        gc.setLineWidth(1.2 * px * weight);
        for (Overlay.Line g : overlay.guides()) {
            gc.setLineDashes(5 * px, 4 * px);
            gc.strokeLine(g.x1(), g.y1(), g.x2(), g.y2());
        }
        gc.setLineDashes();
        if (overlay.band() != null) {
            Rect b = overlay.band();
            gc.setFill(accent.deriveColor(0, 1, 1, overlay.bandIsFrame() ? 0.06 : 0.10));
            gc.fillRect(b.x(), b.y(), b.width(), b.height());
            gc.setStroke(accent);
            gc.setLineWidth((overlay.bandIsFrame() ? 2 : 1.2) * px * weight);
            if (overlay.bandIsFrame()) {
                gc.setLineDashes(10 * px, 6 * px);
            }
            gc.strokeRect(b.x(), b.y(), b.width(), b.height());
            gc.setLineDashes();
        }
        if (overlay.ghost() != null) {
            Rect g = overlay.ghost();
            gc.setFill(accent.deriveColor(0, 1, 1, 0.12));
            gc.fillRoundRect(g.x(), g.y(), g.width(), g.height(), 16, 16);
            gc.setStroke(accent);
            gc.setLineWidth(2 * px * weight);
            gc.setLineDashes(8 * px, 5 * px);
            gc.strokeRoundRect(g.x(), g.y(), g.width(), g.height(), 16, 16);
            gc.setLineDashes();
            if (overlay.ghostLabel() != null) {
                gc.setFill(accent);
                gc.setFont(ghostFont);
                gc.setTextAlign(TextAlignment.CENTER);
                gc.setTextBaseline(VPos.CENTER);
                gc.fillText(overlay.ghostLabel(), g.centerX(), g.centerY());
            }
        }
    }
}
