package dsw.app.canvas;

import dsw.app.session.Selection;
import dsw.model.Component;
import dsw.model.Link;
import dsw.model.LinkMode;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link DiagramLayout} on a canvas: frames, links (solid for sync, dashed for async,
 * arrowheads for direction, label in the middle), component boxes with their kind icon, name, kind
 * and replica badge, and the selection. Everything is drawn in canvas units through the viewport's
 * transform; what is off screen is skipped. Use on the FX thread only.
 */
final class CanvasPainter {
    static final double NAME_SIZE = 18;
    static final double NAME_LINE = 21;
    static final double KIND_SIZE = 14;
    static final double FRAME_TEXT_SIZE = 17;
    static final double LINK_TEXT_SIZE = 15;
    static final double ICON_SIZE = 20;
    static final double ARROW = 13;
    static final double GRID = 40;

    private final IconGlyphs icons = new IconGlyphs();
    private final TextFitter text = new TextFitter();
    private final String family = Font.getDefault().getFamily();
    private final Font nameFont = Font.font(family, FontWeight.BOLD, NAME_SIZE);
    private final Font kindFont = Font.font(family, FontWeight.NORMAL, KIND_SIZE);
    private final Font frameFont = Font.font(family, FontWeight.BOLD, FRAME_TEXT_SIZE);
    private final Font frameKindFont = Font.font(family, FontWeight.NORMAL, KIND_SIZE);
    private final Font linkFont = Font.font(family, FontWeight.NORMAL, LINK_TEXT_SIZE);
    private final Font badgeFont = Font.font(family, FontWeight.BOLD, 14);

    void paint(
            GraphicsContext gc,
            double width,
            double height,
            DiagramLayout layout,
            Viewport viewport,
            Selection selection,
            CanvasColors colors) {
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(colors.background());
        gc.fillRect(0, 0, width, height);
        gc.setTransform(viewport.scale(), 0, 0, viewport.scale(), viewport.translateX(), viewport.translateY());
        Rect visible = new Rect(
                viewport.toCanvasX(0), viewport.toCanvasY(0), width / viewport.scale(), height / viewport.scale());
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        paintGrid(gc, visible, viewport, colors);
        for (DiagramLayout.Frame frame : layout.frames()) {
            if (intersects(frame.bounds(), visible)) {
                paintFrame(gc, frame, selection.contains(frame.id()), colors);
            }
        }
        for (DiagramLayout.Edge edge : layout.edges()) {
            paintEdge(gc, edge, selection.contains(edge.id()), colors);
        }
        for (DiagramLayout.Box box : layout.boxes()) {
            if (intersects(box.bounds().grow(16, 16, 16, 16), visible)) {
                paintBox(gc, box, selection.contains(box.id()), colors);
            }
        }
        // Labels last: where two boxes are close, a label may overlap them but stays readable.
        for (DiagramLayout.Edge edge : layout.edges()) {
            paintEdgeLabel(gc, edge, selection.contains(edge.id()), colors);
        }
        gc.restore();
    }

    private void paintGrid(GraphicsContext gc, Rect visible, Viewport viewport, CanvasColors colors) {
        if (viewport.scale() < 0.35) {
            return;
        }
        gc.setFill(colors.grid());
        double dot = 2.2 / viewport.scale();
        double startX = Math.floor(visible.x() / GRID) * GRID;
        double startY = Math.floor(visible.y() / GRID) * GRID;
        for (double x = startX; x <= visible.maxX(); x += GRID) {
            for (double y = startY; y <= visible.maxY(); y += GRID) {
                gc.fillRect(x - dot / 2, y - dot / 2, dot, dot);
            }
        }
    }

    private void paintFrame(GraphicsContext gc, DiagramLayout.Frame frame, boolean selected, CanvasColors colors) {
        Rect r = frame.bounds();
        gc.setFill(colors.frameFill());
        gc.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 18, 18);
        gc.setStroke(selected ? colors.selection() : colors.frameStroke());
        gc.setLineWidth(selected ? 3 : 1.6);
        if (selected) {
            gc.setLineDashes();
        } else {
            gc.setLineDashes(10, 6);
        }
        gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 18, 18);
        gc.setLineDashes();
        String kind = frame.group().kind().displayName();
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double y = r.y() + DiagramLayout.FRAME_HEADER / 2 + 2;
        double room = r.width() - 28;
        String name = text.fit(frame.group().name(), frameFont, room);
        gc.setFont(frameFont);
        gc.setFill(selected ? colors.selection() : colors.frameText());
        gc.fillText(name, r.x() + 14, y);
        double used = text.width(name, frameFont) + 10;
        if (used + 40 < room) {
            gc.setFont(frameKindFont);
            gc.setFill(colors.boxSubtext());
            gc.fillText(text.fit(kind, frameKindFont, room - used), r.x() + 14 + used, y);
        }
    }

    private void paintEdge(GraphicsContext gc, DiagramLayout.Edge edge, boolean selected, CanvasColors colors) {
        Link link = edge.link();
        Color color = selected ? colors.selection() : colors.link();
        double dx = edge.x2() - edge.x1();
        double dy = edge.y2() - edge.y1();
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double startInset = edge.bothWays() ? ARROW * 0.8 : 0;
        double endInset = ARROW * 0.8;
        gc.setStroke(color);
        gc.setLineWidth(selected ? 4 : 2.2);
        if (link.mode() == LinkMode.ASYNC) {
            gc.setLineDashes(10, 7);
        } else {
            gc.setLineDashes();
        }
        gc.strokeLine(
                edge.x1() + ux * startInset,
                edge.y1() + uy * startInset,
                edge.x2() - ux * endInset,
                edge.y2() - uy * endInset);
        gc.setLineDashes();
        gc.setFill(color);
        arrowhead(gc, edge.x2(), edge.y2(), ux, uy, selected);
        if (edge.bothWays()) {
            arrowhead(gc, edge.x1(), edge.y1(), -ux, -uy, selected);
        }
    }

    private static void arrowhead(GraphicsContext gc, double tipX, double tipY, double ux, double uy, boolean big) {
        double size = big ? ARROW * 1.2 : ARROW;
        double baseX = tipX - ux * size;
        double baseY = tipY - uy * size;
        double half = size * 0.5;
        gc.fillPolygon(
                new double[] {tipX, baseX - uy * half, baseX + uy * half},
                new double[] {tipY, baseY + ux * half, baseY - ux * half},
                3);
    }

    private void paintEdgeLabel(GraphicsContext gc, DiagramLayout.Edge edge, boolean selected, CanvasColors colors) {
        String label = edge.link().label();
        if (label.isEmpty()) {
            return;
        }
        double length = Math.hypot(edge.x2() - edge.x1(), edge.y2() - edge.y1());
        String shown = text.fit(label, linkFont, Math.max(60, Math.min(220, length + 40)));
        double w = text.width(shown, linkFont) + 12;
        double h = LINK_TEXT_SIZE + 9;
        double x = edge.midX() - w / 2;
        double y = edge.midY() - h / 2;
        gc.setFill(colors.background());
        gc.fillRoundRect(x, y, w, h, 10, 10);
        gc.setStroke(selected ? colors.selection() : colors.frameStroke());
        gc.setLineWidth(1);
        gc.strokeRoundRect(x, y, w, h, 10, 10);
        gc.setFill(selected ? colors.selection() : colors.linkText());
        gc.setFont(linkFont);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(shown, edge.midX(), edge.midY() + 0.5);
    }

    private void paintBox(GraphicsContext gc, DiagramLayout.Box box, boolean selected, CanvasColors colors) {
        Component c = box.component();
        Rect r = box.bounds();
        double arc = 16;
        int replicas = c.replicas();
        if (replicas > 1) {
            // A stack of cards: more than one instance runs behind this box.
            for (int i = 2; i >= 1; i--) {
                double off = i * 5;
                gc.setFill(colors.boxFill());
                gc.fillRoundRect(r.x() + off, r.y() - off, r.width(), r.height(), arc, arc);
                gc.setStroke(colors.boxStroke());
                gc.setLineWidth(1.4);
                gc.strokeRoundRect(r.x() + off, r.y() - off, r.width(), r.height(), arc, arc);
            }
        }
        gc.setFill(colors.boxFill());
        gc.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
        if (selected) {
            gc.setFill(colors.selection().deriveColor(0, 1, 1, 0.14));
            gc.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
        }
        gc.setStroke(selected ? colors.selection() : colors.boxStroke());
        gc.setLineWidth(selected ? 3.5 : 1.6);
        gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);

        // Top line: kind icon and kind name; below, the component's name on up to two lines.
        double room = r.width() - 20;
        IconGlyphs.Glyph glyph = icons.glyph(c.kind().icon());
        Font iconFont = glyph.font(ICON_SIZE);
        String kind = text.fit(c.kind().name(), kindFont, room - ICON_SIZE - 6);
        double kindWidth = text.width(kind, kindFont);
        double lineWidth = ICON_SIZE + 6 + kindWidth;
        double left = r.centerX() - lineWidth / 2;
        double top = r.y() + 19;
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(selected ? colors.selection() : colors.icon());
        gc.setFont(iconFont);
        gc.fillText(glyph.text(), left, top);
        gc.setFill(colors.boxSubtext());
        gc.setFont(kindFont);
        gc.fillText(kind, left + ICON_SIZE + 6, top);

        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFont(nameFont);
        gc.setFill(colors.boxText());
        java.util.List<String> lines = text.wrap(c.name(), nameFont, room, 2);
        double nameTop = r.y() + 34;
        double nameCentre = nameTop + (r.maxY() - 6 - nameTop) / 2;
        double first = nameCentre - (lines.size() - 1) * NAME_LINE / 2;
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), r.centerX(), first + i * NAME_LINE);
        }

        if (replicas > 1) {
            String badge = "×" + replicas;
            double w = Math.max(30, text.width(badge, badgeFont) + 14);
            double h = 22;
            double x = r.maxX() - w + 8;
            double y = r.y() - h / 2 - 4;
            gc.setFill(colors.badgeFill());
            gc.fillRoundRect(x, y, w, h, h, h);
            gc.setFill(colors.badgeText());
            gc.setFont(badgeFont);
            gc.fillText(badge, x + w / 2, y + h / 2 + 0.5);
        }
    }

    private static boolean intersects(Rect a, Rect b) {
        return a.x() <= b.maxX() && a.maxX() >= b.x() && a.y() <= b.maxY() && a.maxY() >= b.y();
    }
}
