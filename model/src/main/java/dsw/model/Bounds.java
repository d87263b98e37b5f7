package dsw.model;

/** A rectangle on the canvas: the frame of a group. Immutable. */
public record Bounds(double x, double y, double width, double height) {
    public Bounds {
        Position.requireCoordinate("x", x);
        Position.requireCoordinate("y", y);
        Position.requireCoordinate("width", width);
        Position.requireCoordinate("height", height);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "a frame needs a positive width and height, got " + width + " x " + height);
        }
    }

    public boolean contains(Position p) {
        return p.x() >= x && p.x() <= x + width && p.y() >= y && p.y() <= y + height;
    }

    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }
}
