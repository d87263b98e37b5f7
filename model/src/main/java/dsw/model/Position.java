package dsw.model;

/**
 * Where a component's centre is on the design canvas, in canvas units (pixels at 100% zoom), x to
 * the right and y down. Immutable.
 */
public record Position(double x, double y) {
    /** Coordinates beyond this are certainly a mistake (or a hostile file). */
    public static final double LIMIT = 1_000_000;

    public Position {
        requireCoordinate("x", x);
        requireCoordinate("y", y);
    }

    public Position plus(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }

    static void requireCoordinate(String name, double value) {
        if (!Double.isFinite(value) || Math.abs(value) > LIMIT) {
            throw new IllegalArgumentException(
                    name + " must be a number from -" + (long) LIMIT + " to " + (long) LIMIT + ", got " + value);
        }
    }
}
