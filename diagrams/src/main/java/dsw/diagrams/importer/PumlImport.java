package dsw.diagrams.importer;

import dsw.model.Design;
import dsw.model.layout.LayeredLayout;
import dsw.model.scenario.Scenario;
import dsw.model.value.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Imports a PlantUML deployment or component diagram into a new, laid-out design, with notes on
 * what was guessed or not understood. Reads the common subset: elements (actor, agent, node,
 * database, queue, collections, cloud, ...), nesting in braces, {@code [Component]} and
 * {@code ()} syntax, arrows with labels and dashed or coloured styles. Preprocessor directives
 * are noted and never run; includes are not followed. Thread-safe (stateless).
 */
public final class PumlImport {
    /** Larger sources are refused: no hand-written diagram comes near it. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final String DEFAULT_NAME = "Imported diagram";

    private PumlImport() {}

    /**
     * Imports a {@code .puml} file.
     *
     * @throws PumlImportException when the file cannot be read, is not UTF-8 text, is over {@link
     *     #MAX_BYTES}, or holds no component
     */
    public static ImportResult importFile(Path file) throws PumlImportException {
        String shown = Text.abbreviate(file.toString(), 200);
        if (Files.isDirectory(file)) {
            throw new PumlImportException(shown + ": is a folder, not a PlantUML file");
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new PumlImportException(shown + ": no such file");
        } catch (AccessDeniedException e) {
            throw new PumlImportException(shown + ": cannot read: permission denied");
        } catch (IOException e) {
            throw new PumlImportException(shown + ": cannot read: " + e.getMessage());
        }
        return importBytes(
                file.getFileName() == null ? shown : file.getFileName().toString(), content);
    }

    /**
     * Imports PlantUML source given as bytes, which must be UTF-8 text.
     *
     * @param fileName the source's file name, for messages and the design's name when the diagram
     *     has no title
     */
    public static ImportResult importBytes(String fileName, byte[] content) throws PumlImportException {
        String shown = Text.abbreviate(fileName, 200);
        if (content.length > MAX_BYTES) {
            throw new PumlImportException(
                    shown + ": too large; dsw imports PlantUML files up to " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return importText(fileName, decode(shown, content));
    }

    /** Imports PlantUML source text; see {@link #importBytes(String, byte[])}. */
    public static ImportResult importText(String fileName, String text) throws PumlImportException {
        String shown = Text.abbreviate(fileName, 200);
        if (text.length() > MAX_BYTES) {
            throw new PumlImportException(
                    shown + ": too large; dsw imports PlantUML files up to " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (text.indexOf('\0') >= 0) {
            throw new PumlImportException(shown + ": is a binary file, not PlantUML text (it contains NUL bytes)");
        }
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ImportNotes notes = new ImportNotes();
        DesignBuilder.Parts parts;
        PumlDiagram diagram;
        try {
            diagram = PumlParser.parse(source.lines().toList(), notes);
            parts = DesignBuilder.build(diagram, notes);
        } catch (PumlImportException e) {
            throw new PumlImportException(shown + ": " + e.getMessage(), notes.list());
        }
        if (parts.components().isEmpty()) {
            throw new PumlImportException(
                    shown + ": nothing to import: no element or arrow of a deployment or component diagram"
                            + " (such as `node`, `database`, `actor` or `a --> b`) was found",
                    notes.list());
        }
        Design design = new Design(
                designName(diagram.title(), fileName),
                "Imported from the PlantUML file " + shown + ".",
                parts.components(),
                parts.links(),
                parts.groups(),
                Scenario.DEFAULT);
        return new ImportResult(LayeredLayout.arrange(design), notes.list());
    }

    private static String designName(String title, String fileName) {
        String name = title;
        if (name == null || name.isBlank()) {
            name = fileName.replaceAll("(?i)\\.(puml|plantuml|pu|iuml|wsd|txt)$", "");
        }
        name = PumlSyntax.display(name);
        if (name.length() > Text.MAX_NAME_LENGTH) {
            int cut = Text.MAX_NAME_LENGTH;
            if (Character.isHighSurrogate(name.charAt(cut - 1))) {
                cut--;
            }
            name = name.substring(0, cut);
        }
        return name.isBlank() ? DEFAULT_NAME : name;
    }

    /** Decodes UTF-8, naming the offset of the first byte that is not. */
    private static String decode(String shown, byte[] content) throws PumlImportException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new PumlImportException(String.format(
                    Locale.ROOT,
                    "%s: not UTF-8 text (the byte at offset %d is not valid UTF-8); is it a binary file? Save"
                            + " PlantUML sources as UTF-8",
                    shown,
                    in.position()));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
