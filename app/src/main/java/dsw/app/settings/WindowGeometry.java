package dsw.app.settings;

/** Where the main window was and how big, to open it the same way next time. Immutable. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    /** Smaller windows are not worth restoring; the default size is used instead. */
    public static final double MIN_WIDTH = 640;

    public static final double MIN_HEIGHT = 420;

    /** True when the numbers make a window a user can see and use. */
    public boolean isUsable() {
        return Double.isFinite(x)
                && Double.isFinite(y)
                && Double.isFinite(width)
                && Double.isFinite(height)
                && width >= MIN_WIDTH
                && height >= MIN_HEIGHT
                && width < 20_000
                && height < 20_000;
    }
}
