package dsw.app.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/**
 * Turns an Ikonli icon literal (such as {@code mdi2d-database}) into the glyph and font that draw
 * it, so the canvas can paint icons as text instead of adding a node per icon. Resolving loads the
 * icon font. Unknown literals fall back to a generic box icon. Use on the FX thread only.
 */
public final class IconGlyphs {
    static final String FALLBACK = dsw.app.theme.Icons.FALLBACK;

    /** A glyph: the text to draw and the icon font's family. */
    public record Glyph(String text, String fontFamily) {
        public Font font(double size) {
            return Font.font(fontFamily, size);
        }
    }

    private final Map<String, Glyph> cache = new HashMap<>();

    public Glyph glyph(String literal) {
        return cache.computeIfAbsent(literal == null || literal.isEmpty() ? FALLBACK : literal, IconGlyphs::resolve);
    }

    private static Glyph resolve(String literal) {
        try {
            IkonHandler handler = IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance())
                    .resolve(literal);
            Ikon ikon = handler.resolve(literal);
            return new Glyph(new String(Character.toChars(ikon.getCode())), handler.getFontFamily());
        } catch (RuntimeException e) {
            if (FALLBACK.equals(literal)) {
                return new Glyph("?", Font.getDefault().getFamily());
            }
            return resolve(FALLBACK);
        }
    }
}
