package dsw.app.canvas;

/** An axis-aligned rectangle in canvas units (top-left corner, width, height). Immutable. */
public record Rect(double x, double y, double width, double height) {
    public static final Rect EMPTY = new Rect(0, 0, 0, 0);

    /** The rectangle of a frame's bounds in the model. */
    public static Rect of(dsw.model.Bounds b) {
        return new Rect(b.x(), b.y(), b.width(), b.height());
    }

    /** The rectangle spanned by two corners given in any order. */
    public static Rect spanning(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    /** True when {@code inner} lies wholly inside this rectangle. */
    public boolean encloses(Rect inner) {
        return inner.x() >= x && inner.y() >= y && inner.maxX() <= maxX() && inner.maxY() <= maxY();
    }

    public Rect translate(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public boolean isEmpty() {
        return width <= 0 || height <= 0;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** The smallest rectangle holding both; an empty rectangle counts as nothing. */
    public Rect union(Rect other) {
        if (isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    public Rect grow(double left, double top, double right, double bottom) {
        return new Rect(x - left, y - top, width + left + right, height + top + bottom);
    }
}
