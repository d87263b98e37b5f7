package dsw.app.animation;

import javafx.scene.canvas.GraphicsContext;

/**
 * Draws the glyph shapes of {@link KindStyle} as filled rectangles on whole pixels, in the fill
 * colour already set. Use on the FX thread only.
 */
final class Glyphs {
    private Glyphs() {}

    /** Fills the shape centred at (x, y) with radius r (pixels, at least 2). */
    static void fill(GraphicsContext gc, KindStyle.Shape shape, double x, double y, double r) {
        long s = Math.max(2, Math.round(r));
        long cx = Math.round(x);
        long cy = Math.round(y);
        long t = Math.max(2, Math.round(s * 0.7));
        switch (shape) {
            case SQUARE -> rect(gc, cx - s, cy - s, 2 * s, 2 * s);
            case PLUS -> {
                rect(gc, cx - s, cy - t / 2, 2 * s, t);
                rect(gc, cx - t / 2, cy - s, t, 2 * s);
            }
            case WIDE_BAR -> {
                long w = Math.round(s * 1.4);
                long h = Math.max(2, Math.round(s * 0.55));
                rect(gc, cx - w, cy - h, 2 * w, 2 * h);
            }
            case TALL_BAR -> {
                long w = Math.max(2, Math.round(s * 0.55));
                long h = Math.round(s * 1.4);
                rect(gc, cx - w, cy - h, 2 * w, 2 * h);
            }
            case HOLLOW_SQUARE -> {
                long b = Math.max(1, Math.round(s * 0.45));
                rect(gc, cx - s, cy - s, 2 * s, b);
                rect(gc, cx - s, cy + s - b, 2 * s, b);
                rect(gc, cx - s, cy - s + b, b, 2 * s - 2 * b);
                rect(gc, cx + s - b, cy - s + b, b, 2 * s - 2 * b);
            }
            case DOUBLE_SQUARE -> {
                long a = Math.round(s * 1.3);
                long o = Math.max(1, Math.round(s * 0.7));
                rect(gc, cx - s, cy - s, a, a);
                rect(gc, cx - s + o, cy - s + o, a, a);
            }
            case TWO_DOTS -> {
                long d = Math.max(2, Math.round(s * 0.85));
                long gap = Math.max(1, Math.round(s * 0.3));
                rect(gc, cx - d - gap / 2, cy - d / 2, d, d);
                rect(gc, cx + (gap + 1) / 2, cy - d / 2, d, d);
            }
            case TEE -> {
                rect(gc, cx - s, cy - s, 2 * s, t);
                rect(gc, cx - t / 2, cy - s, t, 2 * s);
            }
            case EQUALS -> {
                long h = Math.max(1, Math.round(s * 0.55));
                rect(gc, cx - s, cy - s + h / 2, 2 * s, h);
                rect(gc, cx - s, cy + s - h - h / 2, 2 * s, h);
            }
        }
    }

    private static void rect(GraphicsContext gc, long x, long y, long w, long h) {
        gc.fillRect(x, y, w, h);
    }
}
