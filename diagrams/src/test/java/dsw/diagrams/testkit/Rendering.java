package dsw.diagrams.testkit;

import dsw.diagrams.plantuml.DiagramException;
import dsw.diagrams.plantuml.Renderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.sourceforge.plantuml.SourceStringReader;

/**
 * Renders PlantUML source with dsw's {@link Renderer} in tests and reads back the texts drawn.
 * Stateless, thread-safe.
 */
public final class Rendering {
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    private Rendering() {}

    /**
     * What rendering gave.
     *
     * @param ok whether the renderer drew the diagram (no {@link DiagramException})
     * @param kind the diagram's class, such as {@code SequenceDiagram}, or the renderer's message
     *     when it failed
     * @param texts the texts drawn, one per SVG text element, XML entities decoded
     */
    public record Rendered(boolean ok, String kind, String svg, List<String> texts) {
        public String allText() {
            return String.join(" ", texts);
        }
    }

    public static Rendered svg(String puml) {
        Renderer.Image image;
        try {
            image = Renderer.svg(puml);
        } catch (DiagramException e) {
            return new Rendered(false, e.getMessage(), "", List.of(e.getMessage()));
        }
        // the Renderer has set PlantUML's sandbox by now, so reading the source again is safe
        String kind = new SourceStringReader(puml)
                .getBlocks()
                .get(0)
                .getDiagram()
                .getClass()
                .getSimpleName();
        String svg = new String(image.bytes(), StandardCharsets.UTF_8);
        List<String> texts =
                TEXT.matcher(svg).results().map(m -> unescapeXml(m.group(1))).collect(Collectors.toList());
        return new Rendered(true, kind, svg, texts);
    }

    /** Whether the renderer draws the source as a PNG, within its size limit. */
    public static boolean pngRenders(String puml) {
        try {
            Renderer.Image png = Renderer.png(puml);
            return png.bytes().length > 0 && Math.max(png.width(), png.height()) <= Renderer.MAX_PNG_SIDE;
        } catch (DiagramException e) {
            throw new AssertionError("the PNG does not render: " + e.getMessage(), e);
        }
    }

    private static String unescapeXml(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&#160;", " ")
                .replace("&amp;", "&");
    }
}
