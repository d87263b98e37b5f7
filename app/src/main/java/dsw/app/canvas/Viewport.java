package dsw.app.canvas;

/**
 * The canvas camera: a scale and a translation mapping canvas units to screen pixels ({@code
 * screen = canvas * scale + translate}). Immutable, thread-safe; every change makes a new one.
 */
public record Viewport(double scale, double translateX, double translateY) {
    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 4;
    /** Zoom to fit never enlarges beyond this, so a tiny design does not fill a projector. */
    public static final double MAX_FIT_SCALE = 1.5;

    public static final Viewport IDENTITY = new Viewport(1, 0, 0);

    public Viewport {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
    }

    public double toCanvasX(double screenX) {
        return (screenX - translateX) / scale;
    }

    public double toCanvasY(double screenY) {
        return (screenY - translateY) / scale;
    }

    public double toScreenX(double canvasX) {
        return canvasX * scale + translateX;
    }

    public double toScreenY(double canvasY) {
        return canvasY * scale + translateY;
    }

    /** Zooms by {@code factor} keeping the canvas point under the screen point where it is. */
    public Viewport zoomAt(double factor, double screenX, double screenY) {
        double next = clamp(scale * factor);
        double canvasX = toCanvasX(screenX);
        double canvasY = toCanvasY(screenY);
        return new Viewport(next, screenX - canvasX * next, screenY - canvasY * next);
    }

    public Viewport panBy(double dx, double dy) {
        return new Viewport(scale, translateX + dx, translateY + dy);
    }

    /** Shows all of {@code content} centred in a view of the given size, with a margin. */
    public static Viewport fit(Rect content, double width, double height, double margin) {
        if (content.isEmpty() || width <= 0 || height <= 0) {
            return IDENTITY;
        }
        double usableWidth = Math.max(1, width - 2 * margin);
        double usableHeight = Math.max(1, height - 2 * margin);
        double scale = clamp(
                Math.min(MAX_FIT_SCALE, Math.min(usableWidth / content.width(), usableHeight / content.height())));
        return centred(content, width, height, scale);
    }

    /** Shows {@code content} at {@code scale}, its centre in the centre of the view. */
    public static Viewport centred(Rect content, double width, double height, double scale) {
        double s = clamp(scale);
        double cx = content.isEmpty() ? 0 : content.centerX();
        double cy = content.isEmpty() ? 0 : content.centerY();
        return new Viewport(s, width / 2 - cx * s, height / 2 - cy * s);
    }

    private static double clamp(double scale) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }
}
