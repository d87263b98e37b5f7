package dsw.diagrams.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.core.ImageData;
import net.sourceforge.plantuml.error.PSystemError;

/** Renders PlantUML source to SVG in tests and reads back the texts drawn. Stateless, thread-safe. */
public final class Rendering {
    private Rendering() {}

    /**
     * @param ok whether PlantUML parsed and drew the diagram (no error image)
     * @param kind the diagram's class, such as {@code SequenceDiagram}
     * @param texts the texts drawn, one per SVG text element, XML entities decoded
     */
    public record Rendered(boolean ok, String kind, String svg, List<String> texts) {
        public String allText() {
            return String.join(" ", texts);
        }
    }

    public static Rendered svg(String puml) throws IOException {
        SourceStringReader reader = new SourceStringReader(puml);
        List<BlockUml> blocks = reader.getBlocks();
        if (blocks.size() != 1) {
            return new Rendered(false, "blocks: " + blocks.size(), "", List.of());
        }
        Diagram diagram = blocks.get(0).getDiagram();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageData image = diagram.exportDiagram(out, 0, new FileFormatOption(FileFormat.SVG));
        String svg = out.toString(StandardCharsets.UTF_8);
        boolean ok = !(diagram instanceof PSystemError) && image != null && image.getStatus() < 400;
        Matcher texts = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        List<String> lines = texts.results().map(m -> unescapeXml(m.group(1))).collect(Collectors.toList());
        return new Rendered(ok, diagram.getClass().getSimpleName(), svg, lines);
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
