package dsw.app.shell;

import dsw.model.Design;
import java.nio.file.Path;

/**
 * The main window's title. The one format, used everywhere:
 *
 * <ul>
 *   <li>nothing open: {@code dsw}
 *   <li>a design not saved to a file yet (new, or an example): {@code Three-tier web application - dsw}
 *   <li>a design from a file: {@code Three-tier web application (three-tier-web.dsw.json) - dsw}
 *   <li>with unsaved changes, a leading {@code *}: {@code *Three-tier web application (three-tier-web.dsw.json) - dsw}
 * </ul>
 *
 * Thread-safe (stateless).
 */
public final class WindowTitle {
    public static final String APP = "dsw";

    private WindowTitle() {}

    public static String format(Design design, Path file, boolean dirty) {
        if (design == null) {
            return APP;
        }
        StringBuilder out = new StringBuilder();
        if (dirty) {
            out.append('*');
        }
        out.append(design.name());
        if (file != null && file.getFileName() != null) {
            out.append(" (").append(file.getFileName()).append(')');
        }
        return out.append(" - ").append(APP).toString();
    }
}
