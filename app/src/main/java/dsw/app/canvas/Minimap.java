package dsw.app.canvas;

/**
 * The overview map's geometry: the whole design (and the part in view) scaled into a small
 * rectangle, and back from a point of the map to the canvas. Immutable.
 *
 * @param world the canvas area the map shows: the design's bounds joined with the visible area
 * @param scale map pixels per canvas unit
 * @param offsetX map x of the world's left edge
 * @param offsetY map y of the world's top edge
 */
public record Minimap(Rect world, double scale, double offsetX, double offsetY) {
    /** Space kept free around the world inside the map, in map pixels. */
    static final double INSET = 6;

    /** Fits {@code content} and {@code visible} into a map of the given size. */
    public static Minimap of(Rect content, Rect visible, double width, double height) {
        Rect world = content.union(visible);
        if (world.isEmpty() || width <= 2 * INSET || height <= 2 * INSET) {
            return new Minimap(world, 1, 0, 0);
        }
        double scale = Math.min((width - 2 * INSET) / world.width(), (height - 2 * INSET) / world.height());
        double offsetX = (width - world.width() * scale) / 2;
        double offsetY = (height - world.height() * scale) / 2;
        return new Minimap(world, scale, offsetX, offsetY);
    }

    /** True when the design does not fit the view, so the map is worth showing. */
    public static boolean useful(Rect content, Rect visible) {
        return !content.isEmpty() && !visible.encloses(content);
    }

    public double toMapX(double canvasX) {
        return offsetX + (canvasX - world.x()) * scale;
    }

    public double toMapY(double canvasY) {
        return offsetY + (canvasY - world.y()) * scale;
    }

    public double toCanvasX(double mapX) {
        return world.x() + (mapX - offsetX) / scale;
    }

    public double toCanvasY(double mapY) {
        return world.y() + (mapY - offsetY) / scale;
    }

    /** The rectangle of the map that stands for {@code r}. */
    public Rect toMap(Rect r) {
        return new Rect(toMapX(r.x()), toMapY(r.y()), r.width() * scale, r.height() * scale);
    }
}
