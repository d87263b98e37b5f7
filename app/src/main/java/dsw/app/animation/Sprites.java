package dsw.app.animation;

import dsw.model.trace.MessageKind;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Small pictures drawn once and then copied wherever they show: a glyph per message kind (its shape
 * in its colour, with a halo in the background colour), the red cross of a drop, the "2" of a
 * duplicate, and the state marks of the badges. In software rendering, copying a small image costs
 * a fraction of filling its path, whose rasterisation is set up anew for every fill. Kept by size
 * and colours. Use on the FX thread only.
 */
final class Sprites {
    private static final int LIMIT = 512;

    /** What a sprite shows. */
    private record Key(Object what, double radius, Color background) {}

    private final Map<Key, Image> images = new HashMap<>();
    private final double[] xs = new double[10];
    private final double[] ys = new double[10];

    /** The glyph of {@code kind} with radius {@code r}; its centre is at ({@link #half}, {@link #half}). */
    Image glyph(MessageKind kind, double r, Color background) {
        return image(new Key(kind, r, background), gc -> {
            KindStyle style = KindStyle.of(kind);
            double c = half(r);
            gc.beginPath();
            shape(gc, style.shape(), c, c, r);
            gc.setStroke(background);
            gc.setLineWidth(2.5);
            gc.stroke();
            gc.setFill(style.colour());
            gc.setFillRule(style.shape() == KindStyle.Shape.RING ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
            gc.fill();
        });
    }

    /** The red cross where a copy was dropped. */
    Image cross(double r, Color background) {
        return image(new Key("cross", r, background), gc -> {
            double c = half(r);
            gc.beginPath();
            gc.moveTo(c - r, c - r);
            gc.lineTo(c + r, c + r);
            gc.moveTo(c + r, c - r);
            gc.lineTo(c - r, c + r);
            gc.setStroke(background);
            gc.setLineWidth(r * 0.7 + 3);
            gc.stroke();
            gc.setStroke(RunPainter.LOSS);
            gc.setLineWidth(r * 0.7);
            gc.stroke();
        });
    }

    /** The small "2" beside a copy of a duplicated message. */
    Image two(double r, Color text) {
        return image(new Key("2", r, text), gc -> {
            double c = half(r);
            gc.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Math.max(9, r * 1.6)));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFill(text);
            gc.fillText("2", c, c);
        });
    }

    /** A state mark: a green dot, orange with a bar, amber with pause bars, red with an X. */
    Image mark(Condition condition, double r, Color background) {
        return image(new Key(condition, r, background), gc -> {
            double c = half(r);
            gc.setFill(background);
            gc.fillOval(c - r - 1, c - r - 1, 2 * r + 2, 2 * r + 2);
            gc.setFill(RunPainter.colour(condition));
            gc.fillOval(c - r, c - r, 2 * r, 2 * r);
            gc.setStroke(Color.WHITE);
            gc.setFill(Color.WHITE);
            gc.setLineWidth(Math.max(1.5, r * 0.35));
            double s = r * 0.5;
            switch (condition) {
                case CRASHED -> {
                    gc.strokeLine(c - s, c - s, c + s, c + s);
                    gc.strokeLine(c + s, c - s, c - s, c + s);
                }
                case PAUSED -> {
                    gc.fillRect(c - s, c - s, s * 0.7, 2 * s);
                    gc.fillRect(c + s * 0.3, c - s, s * 0.7, 2 * s);
                }
                case OVERLOADED -> gc.fillRect(c - s * 0.25, c - s * 1.1, s * 0.5, s * 2.2);
                case UP -> {}
            }
        });
    }

    /** Where a sprite of radius {@code r} has its centre, from its top-left corner, in pixels. */
    static double half(double r) {
        return Math.ceil(r * 1.4 + 3);
    }

    private Image image(Key key, java.util.function.Consumer<GraphicsContext> drawing) {
        Image known = images.get(key);
        if (known != null) {
            return known;
        }
        if (images.size() > LIMIT) {
            images.clear();
        }
        double size = 2 * half(key.radius());
        Canvas canvas = new Canvas(size, size);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        drawing.accept(gc);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        Image image = canvas.snapshot(parameters, null);
        images.put(key, image);
        return image;
    }

    /** Adds a glyph's outline centred at (x, y) with radius r to the current path. */
    void shape(GraphicsContext gc, KindStyle.Shape shape, double x, double y, double r) {
        switch (shape) {
            case CIRCLE -> circle(gc, x, y, r);
            case DIAMOND -> polygon(gc, x, y, r * 1.25, 4, Math.PI / 2);
            case SQUARE -> polygon(gc, x, y, r * 1.2, 4, Math.PI / 4);
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
}
