package dsw.app.animation;

import dsw.app.canvas.CanvasColors;
import dsw.app.canvas.Rect;
import dsw.model.trace.MessageKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link RunFrame} on the run layer, in screen pixels. Fast enough for tens of thousands
 * of glyphs in software rendering: glyphs are drawn kind by kind, each kind as one path filled once
 * (one colour set per kind, no text per message), and badge text is in a fixed-width font so its
 * width is known without measuring. Use on the FX thread only.
 */
final class RunPainter {
    /** Red for drops and crashes, amber for pauses, orange for overload, green for up. */
    static final Color LOSS = Color.web("#E5342A");

    static final Color CRASHED = Color.web("#CF222E");
    static final Color PAUSED = Color.web("#D29922");
    static final Color OVERLOADED = Color.web("#F0883E");
    static final Color UP = Color.web("#2DA44E");
    static final Color GREYED = Color.web("#6E7781", 0.5);
    /** At most this many instance dots on a badge; more replicas show only the summary. */
    static final int MAX_DOTS = 8;

    private final Map<Double, Font> monoFonts = new HashMap<>();
    private final Map<Double, Double> charWidths = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final Text probe = new Text();
    private int[] order = new int[256];
    private final int[] starts = new int[MessageKind.values().length + 1];
    private final double[] xs = new double[10];
    private final double[] ys = new double[10];

    void paint(GraphicsContext gc, RunFrame frame, CanvasColors colours) {
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (ComponentBadge badge : frame.badges()) {
            if (badge.condition() == Condition.CRASHED
                    && badge.instances().stream().allMatch(Condition.CRASHED::equals)) {
                Rect b = badge.box();
                gc.setFill(GREYED);
                double arc = Math.min(16, b.height() / 4);
                gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), arc, arc);
            }
        }
        paintGlyphs(gc, frame, colours);
        paintLosses(gc, frame, colours);
        paintBadges(gc, frame, colours);
        paintLegend(gc, frame, colours);
        gc.restore();
    }

    private void paintGlyphs(GraphicsContext gc, RunFrame frame, CanvasColors colours) {
        MessageGlyphs glyphs = frame.messages();
        int n = glyphs.size();
        if (n == 0) {
            return;
        }
        // Counting sort by kind, so that each kind is one path and one fill.
        if (order.length < n) {
            order = new int[Math.max(n, order.length * 2)];
        }
        java.util.Arrays.fill(starts, 0);
        for (int i = 0; i < n; i++) {
            starts[glyphs.kindOrdinal(i) + 1]++;
        }
        for (int k = 1; k < starts.length; k++) {
            starts[k] += starts[k - 1];
        }
        int[] next = starts.clone();
        for (int i = 0; i < n; i++) {
            order[next[glyphs.kindOrdinal(i)]++] = i;
        }
        double r = frame.glyphSize();
        gc.setLineWidth(2.5);
        gc.setStroke(colours.background());
        for (KindStyle style : KindStyle.values()) {
            int from = starts[style.ordinal()];
            int to = starts[style.ordinal() + 1];
            if (from == to) {
                continue;
            }
            gc.beginPath();
            for (int j = from; j < to; j++) {
                int i = order[j];
                shape(gc, style.shape(), glyphs.x(i), glyphs.y(i), r);
            }
            gc.stroke();
            gc.setFill(style.colour());
            gc.setFillRule(style.shape() == KindStyle.Shape.RING ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
            gc.fill();
        }
        gc.setFillRule(FillRule.NON_ZERO);
        // A tiny "2" beside each copy of a duplicated message.
        Font small = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Math.max(9, r * 1.5));
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(colours.boxText());
        for (int i = 0; i < n; i++) {
            if (glyphs.duplicate(i)) {
                gc.fillText("2", glyphs.x(i) + r + 1, glyphs.y(i) - r);
            }
        }
    }

    /** Adds a glyph's outline centred at (x, y) with radius r to the current path. */
    private void shape(GraphicsContext gc, KindStyle.Shape shape, double x, double y, double r) {
        switch (shape) {
            case CIRCLE -> circle(gc, x, y, r);
            case DIAMOND -> polygon(gc, x, y, r * 1.25, 4, Math.PI / 2);
            case SQUARE -> {
                double h = r * 0.88;
                gc.moveTo(x - h, y - h);
                gc.lineTo(x + h, y - h);
                gc.lineTo(x + h, y + h);
                gc.lineTo(x - h, y + h);
                gc.closePath();
            }
            case TRIANGLE_UP -> polygon(gc, x, y + r * 0.15, r * 1.25, 3, -Math.PI / 2);
            case TRIANGLE_DOWN -> polygon(gc, x, y - r * 0.15, r * 1.25, 3, Math.PI / 2);
            case HEXAGON -> polygon(gc, x, y, r * 1.05, 6, 0);
            case RING -> {
                circle(gc, x, y, r);
                circle(gc, x, y, r * 0.5);
            }
            case STAR -> star(gc, x, y, r * 1.3);
            case BAR -> {
                double w = r * 1.3;
                double h = r * 0.6;
                gc.moveTo(x - w, y - h);
                gc.lineTo(x + w, y - h);
                gc.lineTo(x + w, y + h);
                gc.lineTo(x - w, y + h);
                gc.closePath();
            }
        }
    }

    private static void circle(GraphicsContext gc, double x, double y, double r) {
        gc.moveTo(x + r, y);
        gc.arc(x, y, r, r, 0, 360);
        gc.closePath();
    }

    private void polygon(GraphicsContext gc, double x, double y, double r, int corners, double start) {
        for (int i = 0; i < corners; i++) {
            double a = start + i * 2 * Math.PI / corners;
            xs[i] = x + r * Math.cos(a);
            ys[i] = y + r * Math.sin(a);
        }
        gc.moveTo(xs[0], ys[0]);
        for (int i = 1; i < corners; i++) {
            gc.lineTo(xs[i], ys[i]);
        }
        gc.closePath();
    }

    private void star(GraphicsContext gc, double x, double y, double r) {
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double d = i % 2 == 0 ? r : r * 0.45;
            xs[i] = x + d * Math.cos(a);
            ys[i] = y + d * Math.sin(a);
        }
        gc.moveTo(xs[0], ys[0]);
        for (int i = 1; i < 10; i++) {
            gc.lineTo(xs[i], ys[i]);
        }
        gc.closePath();
    }

    private void paintLosses(GraphicsContext gc, RunFrame frame, CanvasColors colours) {
        List<LossMark> losses = frame.losses();
        if (losses.isEmpty()) {
            return;
        }
        double r = frame.glyphSize();
        gc.beginPath();
        for (LossMark loss : losses) {
            gc.moveTo(loss.x() - r, loss.y() - r);
            gc.lineTo(loss.x() + r, loss.y() + r);
            gc.moveTo(loss.x() + r, loss.y() - r);
            gc.lineTo(loss.x() - r, loss.y() + r);
        }
        gc.setStroke(colours.background());
        gc.setLineWidth(r * 0.9 + 2.5);
        gc.stroke();
        gc.setStroke(LOSS);
        gc.setLineWidth(r * 0.7);
        gc.stroke();
    }

    private void paintBadges(GraphicsContext gc, RunFrame frame, CanvasColors colours) {
        double size = frame.textSize();
        Font font = monoFonts.computeIfAbsent(size, s -> Font.font("Monospaced", FontWeight.NORMAL, s));
        double charWidth = charWidths.computeIfAbsent(size, s -> measure("0123456789", font) / 10);
        double h = frame.badgeHeight();
        double mark = h * 0.36;
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (ComponentBadge badge : frame.badges()) {
            Rect area = frame.badgeArea(badge);
            List<Condition> instances = badge.instances();
            boolean dots = instances.size() > 1 && instances.size() <= MAX_DOTS;
            double marksWidth = dots ? instances.size() * (2 * mark + 3) : 2 * mark + 3;
            double room = area.width() - marksWidth - 14;
            String text = frame.showText() ? fit(badge.text(), charWidth, room) : "";
            double width = marksWidth + 10 + (text.isEmpty() ? 0 : text.length() * charWidth + 6);
            double x = area.centerX() - width / 2;
            double y = area.y();
            gc.setFill(colours.boxFill());
            gc.fillRoundRect(x, y, width, h, h, h);
            gc.setStroke(markColour(badge.condition()));
            gc.setLineWidth(1.5);
            gc.strokeRoundRect(x, y, width, h, h, h);
            double cx = x + 5 + mark;
            double cy = y + h / 2;
            if (dots) {
                for (Condition condition : instances) {
                    conditionMark(gc, condition, cx, cy, mark);
                    cx += 2 * mark + 3;
                }
            } else {
                conditionMark(gc, badge.condition(), cx, cy, mark);
                cx += 2 * mark + 3;
            }
            if (!text.isEmpty()) {
                gc.setFill(colours.boxText());
                gc.fillText(text, cx - mark + 4, cy + 0.5);
            }
        }
    }

    /** A state mark: a green dot, an orange one with a bar, amber with pause bars, red with an X. */
    private void conditionMark(GraphicsContext gc, Condition condition, double x, double y, double r) {
        gc.setFill(markColour(condition));
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(Color.WHITE);
        gc.setFill(Color.WHITE);
        gc.setLineWidth(Math.max(1.5, r * 0.35));
        double s = r * 0.5;
        switch (condition) {
            case CRASHED -> {
                gc.strokeLine(x - s, y - s, x + s, y + s);
                gc.strokeLine(x + s, y - s, x - s, y + s);
            }
            case PAUSED -> {
                gc.fillRect(x - s, y - s, s * 0.7, 2 * s);
                gc.fillRect(x + s * 0.3, y - s, s * 0.7, 2 * s);
            }
            case OVERLOADED -> gc.fillRect(x - s * 0.25, y - s * 1.1, s * 0.5, s * 2.2);
            case UP -> {}
        }
    }

    private static Color markColour(Condition condition) {
        return switch (condition) {
            case UP -> UP;
            case OVERLOADED -> OVERLOADED;
            case PAUSED -> PAUSED;
            case CRASHED -> CRASHED;
        };
    }

    private void paintLegend(GraphicsContext gc, RunFrame frame, CanvasColors colours) {
        List<MessageKind> kinds = frame.legend();
        if (kinds.isEmpty()) {
            return;
        }
        double size = frame.textSize();
        Font font = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, size);
        double r = frame.glyphSize();
        double row = Math.max(size, 2 * r) + 6;
        double textWidth = 0;
        for (MessageKind kind : kinds) {
            textWidth = Math.max(textWidth, width(kind.wireName(), font));
        }
        double x = 12;
        double y = 12;
        double w = 10 + 2 * r + 8 + textWidth + 10;
        double h = kinds.size() * row + 8;
        gc.setFill(colours.boxFill().deriveColor(0, 1, 1, 0.92));
        gc.fillRoundRect(x, y, w, h, 10, 10);
        gc.setStroke(colours.boxStroke());
        gc.setLineWidth(1);
        gc.strokeRoundRect(x, y, w, h, 10, 10);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double cy = y + 4 + row / 2;
        for (MessageKind kind : kinds) {
            KindStyle style = KindStyle.of(kind);
            gc.beginPath();
            shape(gc, style.shape(), x + 10 + r, cy, r);
            gc.setFill(style.colour());
            gc.setFillRule(style.shape() == KindStyle.Shape.RING ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
            gc.fill();
            gc.setFillRule(FillRule.NON_ZERO);
            gc.setFill(colours.boxText());
            gc.fillText(kind.wireName(), x + 10 + 2 * r + 8, cy + 0.5);
            cy += row;
        }
    }

    /** The text cut with "…" to {@code room} pixels of a fixed-width font. */
    private static String fit(String text, double charWidth, double room) {
        int fits = (int) Math.floor(room / charWidth);
        if (text.length() <= fits) {
            return text;
        }
        return fits <= 1 ? "" : text.substring(0, fits - 1).stripTrailing() + "…";
    }

    private double width(String text, Font font) {
        return widths.computeIfAbsent(font.getSize() + "\u0000" + text, k -> measure(text, font));
    }

    private double measure(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
