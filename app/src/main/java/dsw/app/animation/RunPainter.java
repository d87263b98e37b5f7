package dsw.app.animation;

import dsw.app.canvas.CanvasColors;
import dsw.app.canvas.Rect;
import dsw.model.trace.MessageKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link RunFrame} on the run layer, in screen pixels, fast enough for tens of thousands of
 * glyphs in software rendering: glyphs are drawn kind by kind (a counting sort), one fill colour per
 * kind, each as one to four rectangles on whole pixels ({@link Glyphs}), the cheapest thing to fill;
 * beyond {@link #DENSE} glyphs on the screen, where shapes overlap and cannot be told apart anyway,
 * each is one small square in its kind's colour (colour-blind safe colours; zooming in brings the
 * shapes back, and the legend says so). Crosses and state marks are copies of small pictures made
 * once ({@link Sprites}). No text is drawn
 * per message, and badge text is in a fixed-width font so its width is known without measuring. Use
 * on the FX thread only.
 */
final class RunPainter {
    /** Red for drops and crashes, amber for pauses, orange for overload, green for up. */
    static final Color LOSS = Color.web("#E5342A");

    static final Color CRASHED = Color.web("#CF222E");
    static final Color PAUSED = Color.web("#D29922");
    static final Color OVERLOADED = Color.web("#F0883E");
    static final Color UP = Color.web("#2DA44E");
    static final Color GREYED = Color.web("#6E7781", 0.5);
    /** Beyond this many glyphs on the screen, each is drawn as a square. */
    static final int DENSE = 4000;
    /** At most this many instance marks on a badge; more replicas show only the worst. */
    static final int MAX_DOTS = 8;

    private final Sprites sprites = new Sprites();
    private final Map<Double, Font> monoFonts = new HashMap<>();
    private final Map<Double, Double> charWidths = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final Text probe = new Text();
    private int[] order = new int[256];
    private final int[] starts = new int[MessageKind.values().length + 1];

    static Color colour(Condition condition) {
        return switch (condition) {
            case UP -> UP;
            case OVERLOADED -> OVERLOADED;
            case PAUSED -> PAUSED;
            case CRASHED -> CRASHED;
        };
    }

    void paint(GraphicsContext gc, RunFrame frame, CanvasColors colours) {
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        greyCrashed(gc, frame);
        paintGlyphs(gc, frame, colours);
        paintLosses(gc, frame, colours);
        paintBadges(gc, frame, colours);
        paintBreakers(gc, frame);
        paintLegend(gc, frame, colours);
        gc.restore();
    }

    /** A component whose every process crashed is greyed out. */
    private static void greyCrashed(GraphicsContext gc, RunFrame frame) {
        gc.setFill(GREYED);
        for (ComponentBadge badge : frame.badges()) {
            if (badge.instances().stream().allMatch(Condition.CRASHED::equals)) {
                Rect b = badge.box();
                double arc = Math.min(16, b.height() / 4);
                gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), arc, arc);
            }
        }
    }

    private void paintGlyphs(GraphicsContext gc, RunFrame frame, CanvasColors colours) {
        MessageGlyphs glyphs = frame.messages();
        int n = glyphs.size();
        if (n == 0) {
            return;
        }
        if (order.length < n) {
            order = new int[Math.max(n, order.length * 2)];
        }
        Arrays.fill(starts, 0);
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
        boolean dense = n > DENSE;
        double size = dense ? r * 0.7 : r;
        for (KindStyle style : KindStyle.values()) {
            int from = starts[style.ordinal()];
            int to = starts[style.ordinal() + 1];
            if (from < to) {
                gc.setFill(style.colour());
                KindStyle.Shape shape = dense ? KindStyle.Shape.SQUARE : style.shape();
                for (int j = from; j < to; j++) {
                    int i = order[j];
                    Glyphs.fill(gc, shape, glyphs.x(i), glyphs.y(i), size);
                }
            }
        }
        Image two = null;
        double half = Sprites.half(r);
        for (int i = 0; i < n; i++) {
            if (glyphs.duplicate(i)) {
                if (two == null) {
                    two = sprites.two(r, colours.boxText());
                }
                gc.drawImage(two, Math.round(glyphs.x(i) + r * 1.2 - half), Math.round(glyphs.y(i) - r * 1.5 - half));
            }
        }
    }

    private void paintLosses(GraphicsContext gc, RunFrame frame, CanvasColors colours) {
        List<LossMark> losses = frame.losses();
        if (losses.isEmpty()) {
            return;
        }
        double r = frame.glyphSize();
        double half = Sprites.half(r);
        Image cross = sprites.cross(r, colours.background());
        for (LossMark loss : losses) {
            gc.drawImage(cross, Math.round(loss.x() - half), Math.round(loss.y() - half));
        }
    }

    private void paintBadges(GraphicsContext gc, RunFrame frame, CanvasColors colours) {
        double size = frame.textSize();
        Font font = monoFonts.computeIfAbsent(size, s -> Font.font("Monospaced", FontWeight.NORMAL, s));
        double charWidth = charWidths.computeIfAbsent(size, s -> measure("0123456789", font) / 10);
        double h = frame.badgeHeight();
        double mark = frame.markSize();
        double half = Sprites.half(mark);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (ComponentBadge badge : frame.badges()) {
            Rect area = frame.badgeArea(badge);
            List<Condition> instances = badge.instances();
            boolean dots = instances.size() > 1 && instances.size() <= MAX_DOTS;
            int marks = dots ? instances.size() : 1;
            double step = 2 * mark + 2;
            double marksWidth = marks * step;
            String text = "";
            if (frame.showText()) {
                text = fit(badge.text(), charWidth, area.width() - marksWidth - 16);
            }
            double width = marksWidth + 6 + (text.isEmpty() ? 0 : text.length() * charWidth + 8);
            double x = area.centerX() - width / 2;
            double y = area.y();
            if (frame.showText()) {
                gc.setFill(colours.boxFill());
                gc.fillRoundRect(x, y, width, h, h, h);
                gc.setStroke(colour(badge.condition()));
                gc.setLineWidth(1.5);
                gc.strokeRoundRect(x, y, width, h, h, h);
            }
            double cx = x + 3 + mark + 1;
            double cy = y + h / 2;
            for (int i = 0; i < marks; i++) {
                Condition condition = dots ? instances.get(i) : badge.condition();
                gc.drawImage(
                        sprites.mark(condition, mark, colours.background()),
                        Math.round(cx - half),
                        Math.round(cy - half));
                cx += step;
            }
            if (!text.isEmpty()) {
                gc.setFill(colours.boxText());
                gc.fillText(text, cx - mark + 2, cy + 0.5);
            }
        }
    }

    /** The badge palette's colour of a breaker state: green closed, amber half-open, red open. */
    static Color colour(BreakerState state) {
        return switch (state) {
            case CLOSED -> UP;
            case HALF_OPEN -> PAUSED;
            case OPEN -> CRASHED;
        };
    }

    /** Circuit-breaker pills over callers' boxes: white bold text on the state's colour. */
    private static void paintBreakers(GraphicsContext gc, RunFrame frame) {
        if (frame.breakers().isEmpty()) {
            return;
        }
        Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, frame.textSize() * 0.9);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (BreakerBadge badge : frame.breakers()) {
            Rect area = frame.breakerArea(badge);
            double h = area.height();
            gc.setFill(colour(badge.state()));
            gc.fillRoundRect(area.x(), area.y(), area.width(), h, h, h);
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(1.5);
            gc.strokeRoundRect(area.x(), area.y(), area.width(), h, h, h);
            if (frame.showText()) {
                gc.setFill(Color.WHITE);
                gc.fillText(badge.text(), area.centerX(), area.centerY() + 0.5, area.width() - 8);
            }
        }
    }

    private void paintLegend(GraphicsContext gc, RunFrame frame, CanvasColors colours) {
        List<MessageKind> kinds = frame.legend();
        if (kinds.isEmpty()) {
            return;
        }
        double size = frame.textSize();
        Font font = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, size);
        double r = size * 0.45;
        double row = size + 8;
        double textWidth = 0;
        for (MessageKind kind : kinds) {
            textWidth = Math.max(textWidth, width(kind.wireName(), font));
        }
        boolean dense = frame.messages().size() > DENSE;
        String note = "dense: zoom in for shapes";
        if (dense) {
            textWidth = Math.max(textWidth, width(note, font) - 3 * r - 8);
        }
        double w = 10 + 3 * r + 8 + textWidth + 12;
        double h = (kinds.size() + (dense ? 1 : 0)) * row + 8;
        double[] corner = legendCorner(
                frame, w, h, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        double x = corner[0];
        double y = corner[1];
        gc.setFill(colours.boxFill().deriveColor(0, 1, 1, 0.92));
        gc.fillRoundRect(x, y, w, h, 10, 10);
        gc.setStroke(colours.boxStroke());
        gc.setLineWidth(1);
        gc.strokeRoundRect(x, y, w, h, 10, 10);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(colours.boxText());
        double cy = y + 4 + row / 2;
        for (MessageKind kind : kinds) {
            KindStyle style = KindStyle.of(kind);
            gc.setFill(style.colour());
            Glyphs.fill(gc, dense ? KindStyle.Shape.SQUARE : style.shape(), x + 10 + 1.5 * r, cy, dense ? r * 0.7 : r);
            gc.setFill(colours.boxText());
            gc.fillText(kind.wireName(), x + 10 + 3 * r + 8, cy + 0.5);
            cy += row;
        }
        if (dense) {
            gc.setFill(colours.boxSubtext());
            gc.fillText(note, x + 10, cy + 0.5);
        }
    }

    /**
     * Where the legend goes: the corner (bottom left, top left, top right; the overview map has the
     * bottom right) that covers the fewest components and their badges, the first of them on a tie.
     */
    static double[] legendCorner(RunFrame frame, double w, double h, double width, double height) {
        double margin = 12;
        double[][] corners = {
            {margin, Math.max(margin, height - h - margin)},
            {margin, margin},
            {Math.max(margin, width - w - margin), margin}
        };
        double[] best = corners[0];
        int fewest = Integer.MAX_VALUE;
        for (double[] c : corners) {
            int covered = 0;
            for (ComponentBadge badge : frame.badges()) {
                // The box and the badge under it, about two lines of text high.
                Rect b = badge.box().grow(0, 0, 0, 2.5 * frame.textSize());
                if (b.x() < c[0] + w && b.maxX() > c[0] && b.y() < c[1] + h && b.maxY() > c[1]) {
                    covered++;
                }
            }
            if (covered < fewest) {
                fewest = covered;
                best = c;
            }
        }
        return best;
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
