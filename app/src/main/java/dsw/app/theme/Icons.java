package dsw.app.theme;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Makes Ikonli icons (Material Design 2 literals such as {@code mdi2d-database}) for menus and
 * panels; an unknown literal gives a neutral icon instead of an exception. Use on the FX thread
 * only.
 */
public final class Icons {
    /** The icon shown for a literal that does not resolve. */
    public static final String FALLBACK = "mdi2c-cube-outline";

    private Icons() {}

    public static FontIcon of(String literal, String... styleClasses) {
        FontIcon icon;
        try {
            icon = new FontIcon(literal == null || literal.isEmpty() ? FALLBACK : literal);
        } catch (RuntimeException e) {
            icon = new FontIcon(FALLBACK);
        }
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }
}
