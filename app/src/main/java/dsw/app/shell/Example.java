package dsw.app.shell;

/**
 * A design bundled with the app (File > Open Example, the welcome screen).
 *
 * @param fileName the file name, such as {@code three-tier-web.dsw.json}
 * @param name the design's name, shown on menus
 * @param description the design's description, shown as a tooltip
 * @param components how many components it has
 */
public record Example(String fileName, String name, String description, int components) {}
