package dsw.diagrams.plantuml;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The text a person sees in a rendered SVG: the content of its {@code <text>} elements, unescaped. */
final class SvgText {
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    private SvgText() {}

    static List<String> lines(Renderer.Image svg) {
        String xml = new String(svg.bytes(), StandardCharsets.UTF_8);
        return TEXT.matcher(xml).results().map(m -> unescape(m.group(1))).collect(Collectors.toList());
    }

    /** All the text, runs of white space (PlantUML spaces out words) as one space. */
    static String all(Renderer.Image svg) {
        return String.join(" ", lines(svg)).replaceAll("[\\s\u00A0]+", " ");
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&#160;", " ")
                .replace("&amp;", "&");
    }
}
