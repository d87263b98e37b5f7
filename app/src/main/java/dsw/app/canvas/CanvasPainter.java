package dsw.app.canvas;

import dsw.app.session.Selection;
import dsw.model.Component;
import dsw.model.KeyPartitioning;
import dsw.model.Link;
import dsw.model.LinkMode;
import dsw.model.Severity;
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
    private final OverlayPainter overlays = new OverlayPainter();
    private double weight = 1;
    private final double[] arrowXs = new double[3];
    private final double[] arrowYs = new double[3];

    /**
     * Texts fitted to their boxes, measured once per layout: boxes have a fixed size in canvas
     * units, so zooming and panning never need to measure text again.
     */
    private DiagramLayout labelledLayout;

    private final java.util.Map<String, BoxLabels> boxLabels = new java.util.HashMap<>();
    private final java.util.Map<String, TextLabel> edgeLabels = new java.util.HashMap<>();
    private final java.util.Map<String, FrameLabels> frameLabels = new java.util.HashMap<>();

    /** A fitted text: what is shown, its width, and what it was fitted from into how much room. */
    private record TextLabel(String text, double width, String source, double room) {}

    /** What a box's texts depend on. */
    private record BoxKey(String name, String kind, String badge) {}

    private record BoxLabels(
            BoxKey key,
            IconGlyphs.Glyph glyph,
            Font iconFont,
            TextLabel kind,
            java.util.List<String> nameLines,
            TextLabel badge) {}

    private record FrameLabels(TextLabel name, String kind, String kindSource) {}

    /** Line widths are multiplied by this (thicker in presenter mode). */
    void setLineWeight(double value) {
        weight = value;
    }

    void paint(
            GraphicsContext gc,
            double width,
            double height,
            DiagramLayout layout,
            Viewport viewport,
            Selection selection,
            CanvasColors colors,
            java.util.Map<String, Severity> marks,
            java.util.function.Predicate<String> include,
            boolean base) {
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        if (base) {
            gc.setFill(colors.background());
            gc.fillRect(0, 0, width, height);
        } else {
            gc.clearRect(0, 0, width, height);
        }
        gc.setTransform(viewport.scale(), 0, 0, viewport.scale(), viewport.translateX(), viewport.translateY());
        Rect visible = new Rect(
                viewport.toCanvasX(0), viewport.toCanvasY(0), width / viewport.scale(), height / viewport.scale());
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        if (layout != labelledLayout) {
            measure(layout);
        }
        if (base) {
            paintGrid(gc, visible, viewport, colors);
        }
        for (DiagramLayout.Frame frame : layout.frames()) {
            if (include.test(frame.id()) && intersects(frame.bounds(), visible, 0)) {
                paintFrame(gc, frame, selection.contains(frame.id()), colors, visible);
            }
        }
        for (DiagramLayout.Edge edge : layout.edges()) {
            if (include.test(edge.id()) && onScreen(edge, visible)) {
                paintEdge(gc, edge, selection.contains(edge.id()), colors);
            }
        }
        for (DiagramLayout.Box box : layout.boxes()) {
            if (include.test(box.id()) && intersects(box.bounds(), visible, 16)) {
                paintBox(gc, box, selection.contains(box.id()), colors);
            }
        }
        // Labels last: where two boxes are close, a label may overlap them but stays readable.
        for (DiagramLayout.Edge edge : layout.edges()) {
            if (include.test(edge.id()) && onScreen(edge, visible)) {
                paintEdgeLabel(gc, edge, selection.contains(edge.id()), colors);
            }
        }
        if (!marks.isEmpty()) {
            paintMarks(gc, layout, marks, visible, include);
        }
        gc.restore();
    }

    /** Paints what a gesture draws over everything (on the top layer). */
    void paintOverlay(
            GraphicsContext gc, DiagramLayout layout, Overlay overlay, Viewport viewport, CanvasColors colors) {
        gc.save();
        gc.setTransform(viewport.scale(), 0, 0, viewport.scale(), viewport.translateX(), viewport.translateY());
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        overlays.paint(gc, layout, overlay, viewport, colors, weight);
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

    private void paintFrame(
            GraphicsContext gc, DiagramLayout.Frame frame, boolean selected, CanvasColors colors, Rect visible) {
        Rect r = frame.bounds();
        gc.setFill(colors.frameFill());
        // Fill only the part in view (and a margin that hides the cut corners): a big frame's fill
        // is most of the cost of a frame in software rendering.
        double margin = 30;
        double x1 = Math.max(r.x(), visible.x() - margin);
        double y1 = Math.max(r.y(), visible.y() - margin);
        double x2 = Math.min(r.maxX(), visible.maxX() + margin);
        double y2 = Math.min(r.maxY(), visible.maxY() + margin);
        gc.fillRoundRect(x1, y1, x2 - x1, y2 - y1, 18, 18);
        gc.setStroke(selected ? colors.selection() : colors.frameStroke());
        gc.setLineWidth((selected ? 3 : 1.6) * weight);
        if (selected) {
            gc.setLineDashes();
        } else {
            gc.setLineDashes(10, 6);
        }
        gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 18, 18);
        gc.setLineDashes();
        if (selected) {
            // A grip in the corner that resizes the frame.
            gc.setFill(colors.selection());
            arrowXs[0] = r.maxX() - 3;
            arrowYs[0] = r.maxY() - 20;
            arrowXs[1] = r.maxX() - 3;
            arrowYs[1] = r.maxY() - 3;
            arrowXs[2] = r.maxX() - 20;
            arrowYs[2] = r.maxY() - 3;
            gc.fillPolygon(arrowXs, arrowYs, 3);
        }
        FrameLabels labels = frameLabels.get(frame.id());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double y = r.y() + DiagramLayout.FRAME_HEADER / 2 + 2;
        gc.setFont(frameFont);
        gc.setFill(selected ? colors.selection() : colors.frameText());
        gc.fillText(labels.name().text(), r.x() + 14, y);
        if (labels.kind() != null) {
            gc.setFont(frameKindFont);
            gc.setFill(colors.boxSubtext());
            gc.fillText(labels.kind(), r.x() + 14 + labels.name().width() + 10, y);
        }
    }

    private void paintEdge(GraphicsContext gc, DiagramLayout.Edge edge, boolean selected, CanvasColors colors) {
        Link link = edge.link();
        Color color = selected ? colors.selection() : colors.link();
        int n = edge.pointCount();
        if (edge.length() < 1) {
            return;
        }
        double[] end = unit(edge.x(n - 2), edge.y(n - 2), edge.x(n - 1), edge.y(n - 1));
        double[] start = unit(edge.x(1), edge.y(1), edge.x(0), edge.y(0));
        double startInset = edge.bothWays() ? ARROW * 0.8 : 0;
        double endInset = ARROW * 0.8;
        gc.setStroke(color);
        gc.setLineWidth((selected ? 4 : 2.2) * weight);
        if (link.mode() == LinkMode.ASYNC) {
            gc.setLineDashes(10, 7);
        } else {
            gc.setLineDashes();
        }
        gc.beginPath();
        gc.moveTo(edge.x(0) - start[0] * startInset, edge.y(0) - start[1] * startInset);
        for (int i = 1; i < n - 1; i++) {
            gc.lineTo(edge.x(i), edge.y(i));
        }
        gc.lineTo(edge.x2() - end[0] * endInset, edge.y2() - end[1] * endInset);
        gc.stroke();
        gc.setLineDashes();
        gc.setFill(color);
        arrowhead(gc, edge.x2(), edge.y2(), end[0], end[1], selected);
        if (edge.bothWays()) {
            arrowhead(gc, edge.x1(), edge.y1(), start[0], start[1], selected);
        }
    }

    /** A round mark with "!" at the top-left corner of each box (or the middle of each link) a finding names. */
    private void paintMarks(
            GraphicsContext gc,
            DiagramLayout layout,
            java.util.Map<String, Severity> marks,
            Rect visible,
            java.util.function.Predicate<String> include) {
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(badgeFont);
        for (DiagramLayout.Box box : layout.boxes()) {
            Severity severity = marks.get(box.id());
            if (severity != null && include.test(box.id()) && intersects(box.bounds(), visible, 20)) {
                mark(gc, box.bounds().x() + 4, box.bounds().y() + 4, severity);
            }
        }
        for (DiagramLayout.Edge edge : layout.edges()) {
            Severity severity = marks.get(edge.id());
            if (severity != null && include.test(edge.id()) && onScreen(edge, visible)) {
                double[] at = edge.pointAt(0.25);
                mark(gc, at[0], at[1], severity);
            }
        }
    }

    private void mark(GraphicsContext gc, double x, double y, Severity severity) {
        double r = 11;
        gc.setFill(markColor(severity));
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(2);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setFill(Color.WHITE);
        gc.fillText(severity == Severity.INFO ? "i" : "!", x, y + 0.5);
    }

    /** Mark colours read on light and dark backgrounds alike. */
    static Color markColor(Severity severity) {
        return switch (severity) {
            case ERROR -> Color.web("#d93025");
            case WARNING -> Color.web("#e37400");
            case INFO -> Color.web("#1a73e8");
        };
    }

    /** The unit vector from (x1, y1) towards (x2, y2). */
    private static double[] unit(double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        return length == 0 ? new double[] {1, 0} : new double[] {(x2 - x1) / length, (y2 - y1) / length};
    }

    private void arrowhead(GraphicsContext gc, double tipX, double tipY, double ux, double uy, boolean big) {
        double size = big ? ARROW * 1.2 : ARROW;
        double baseX = tipX - ux * size;
        double baseY = tipY - uy * size;
        double half = size * 0.5;
        arrowXs[0] = tipX;
        arrowXs[1] = baseX - uy * half;
        arrowXs[2] = baseX + uy * half;
        arrowYs[0] = tipY;
        arrowYs[1] = baseY + ux * half;
        arrowYs[2] = baseY - ux * half;
        gc.fillPolygon(arrowXs, arrowYs, 3);
    }

    private void paintEdgeLabel(GraphicsContext gc, DiagramLayout.Edge edge, boolean selected, CanvasColors colors) {
        TextLabel label = edgeLabels.get(edge.id());
        if (label == null) {
            return;
        }
        String shown = label.text();
        double w = label.width() + 12;
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
        if (c.instances() > 1) {
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
        gc.setLineWidth((selected ? 3.5 : 1.6) * weight);
        gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);

        // Top line: kind icon and kind name; below, the component's name on up to two lines.
        BoxLabels labels = boxLabels.get(box.id());
        IconGlyphs.Glyph glyph = labels.glyph();
        String kind = labels.kind().text();
        double lineWidth = ICON_SIZE + 6 + labels.kind().width();
        double left = r.centerX() - lineWidth / 2;
        double top = r.y() + 19;
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(selected ? colors.selection() : colors.icon());
        gc.setFont(labels.iconFont());
        gc.fillText(glyph.text(), left, top);
        gc.setFill(colors.boxSubtext());
        gc.setFont(kindFont);
        gc.fillText(kind, left + ICON_SIZE + 6, top);

        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFont(nameFont);
        gc.setFill(colors.boxText());
        java.util.List<String> lines = labels.nameLines();
        double nameTop = r.y() + 34;
        double nameCentre = nameTop + (r.maxY() - 6 - nameTop) / 2;
        double first = nameCentre - (lines.size() - 1) * NAME_LINE / 2;
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), r.centerX(), first + i * NAME_LINE);
        }

        if (labels.badge() != null) {
            String badge = labels.badge().text();
            double w = Math.max(30, labels.badge().width() + 14);
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

    /**
     * Fits every text of the layout to its place. Texts are kept by what they depend on (a box's
     * name and kind, a label and its room), so a layout that only moved things, as during a drag,
     * measures nothing again.
     */
    private void measure(DiagramLayout layout) {
        java.util.Map<String, BoxLabels> boxes = new java.util.HashMap<>();
        for (DiagramLayout.Box box : layout.boxes()) {
            Component c = box.component();
            BoxKey key = new BoxKey(c.name(), c.kind().id(), badgeOf(c));
            BoxLabels old = boxLabels.get(box.id());
            boxes.put(box.id(), old != null && old.key().equals(key) ? old : boxLabels(key, c, box.bounds()));
        }
        boxLabels.clear();
        boxLabels.putAll(boxes);
        java.util.Map<String, TextLabel> edges = new java.util.HashMap<>();
        for (DiagramLayout.Edge edge : layout.edges()) {
            String label = edge.link().label();
            if (!label.isEmpty()) {
                double room = Math.max(60, Math.min(220, Math.floor((edge.length() + 40) / 20) * 20));
                TextLabel old = edgeLabels.get(edge.id());
                edges.put(
                        edge.id(),
                        old != null && old.source().equals(label) && old.room() == room
                                ? old
                                : fitted(label, linkFont, room));
            }
        }
        edgeLabels.clear();
        edgeLabels.putAll(edges);
        java.util.Map<String, FrameLabels> frames = new java.util.HashMap<>();
        for (DiagramLayout.Frame frame : layout.frames()) {
            double room = frame.bounds().width() - 28;
            FrameLabels old = frameLabels.get(frame.id());
            String kindName = frame.group().kind().displayName();
            if (old != null
                    && old.name().source().equals(frame.group().name())
                    && old.name().room() == room
                    && old.kindSource().equals(kindName)) {
                frames.put(frame.id(), old);
                continue;
            }
            TextLabel name = fitted(frame.group().name(), frameFont, room);
            double used = name.width() + 10;
            String kind = used + 40 < room ? text.fit(kindName, frameKindFont, room - used) : null;
            frames.put(frame.id(), new FrameLabels(name, kind, kindName));
        }
        frameLabels.clear();
        frameLabels.putAll(frames);
        labelledLayout = layout;
    }

    private BoxLabels boxLabels(BoxKey key, Component c, Rect bounds) {
        double room = bounds.width() - 20;
        IconGlyphs.Glyph glyph = icons.glyph(c.kind().icon());
        String kind = text.fit(c.kind().name(), kindFont, room - ICON_SIZE - 6);
        String badge = key.badge();
        return new BoxLabels(
                key,
                glyph,
                glyph.font(ICON_SIZE),
                new TextLabel(kind, text.width(kind, kindFont), kind, 0),
                java.util.List.copyOf(text.wrap(c.name(), nameFont, room, 2)),
                badge.isEmpty() ? null : new TextLabel(badge, text.width(badge, badgeFont), badge, 0));
    }

    /** "×3" for three replicas, "2×3" for two partitions of three; empty for a single instance. */
    private static String badgeOf(Component c) {
        int partitions = KeyPartitioning.partitionsOf(c);
        if (c.instances() == 1) {
            return "";
        }
        return (partitions > 1 ? Integer.toString(partitions) : "") + "×" + c.replicas();
    }

    private TextLabel fitted(String source, Font font, double room) {
        String shown = text.fit(source, font, room);
        return new TextLabel(shown, text.width(shown, font), source, room);
    }

    /** True when the edge, with room for its label, may show in the visible rectangle. */
    private static boolean onScreen(DiagramLayout.Edge edge, Rect visible) {
        return intersects(edge.bounds(), visible, 120); // margin: half the widest link label
    }

    private static boolean intersects(Rect a, Rect b, double margin) {
        return a.x() - margin <= b.maxX()
                && a.maxX() + margin >= b.x()
                && a.y() - margin <= b.maxY()
                && a.maxY() + margin >= b.y();
    }
}
