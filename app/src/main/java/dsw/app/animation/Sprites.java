package dsw.app.animation;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Small pictures drawn once and then copied wherever they show: the red cross of a drop (with a
 * halo in the background colour), the "2" of a duplicate, and the state marks of the badges. In
 * software rendering, copying a small image costs a fraction of filling or stroking its outline,
 * whose rasterisation is set up anew for every call. Kept by size and colours. Use on the FX thread
 * only.
 */
final class Sprites {
    private static final int LIMIT = 512;

    /** What a sprite shows. */
    private record Key(Object what, double radius, Color background) {}

    private final Map<Key, Image> images = new HashMap<>();

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
}
