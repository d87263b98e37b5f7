package dsw.model.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.DesignValidator;
import dsw.model.Group;
import dsw.model.InvalidDesignException;
import dsw.model.Link;
import dsw.model.Problem;
import dsw.model.Severity;
import dsw.model.json.ValueCodec;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Scenario;
import dsw.model.value.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes design files ({@code *.dsw.json}). Reading never partially loads: it returns a
 * whole design or throws {@link DesignFileException} listing every problem with file, line, column
 * and field. Writing is atomic: the file is written beside the target and moved over it, so a crash
 * mid-save leaves the old file intact. Thread-safe.
 */
public final class DesignFiles {
    /** The schema version this dsw writes. */
    public static final int SCHEMA_VERSION = 1;

    public static final String EXTENSION = ".dsw.json";

    /** Larger files are refused before parsing: a design with thousands of components is far smaller. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** Deepest nesting of lists and objects read; a design needs about 6 levels. */
    static final int MAX_DEPTH = 64;

    /** Longest text value read, in characters; a description may have at most 20,000. */
    static final int MAX_TEXT = 1_000_000;

    private static final DesignFiles STANDARD = new DesignFiles(KindCatalog.standard(), Migrations.standard());

    private final KindCatalog kinds;
    private final Migrations migrations;
    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    DesignFiles(KindCatalog kinds, Migrations migrations) {
        this.kinds = kinds;
        this.migrations = migrations;
        this.mapper = createMapper();
        this.writer = mapper.writer(prettyPrinter());
    }

    /** Reads the design file at {@code file}. */
    public static LoadResult read(Path file) throws DesignFileException {
        return STANDARD.load(file);
    }

    /** Reads a design from bytes; {@code fileName} is only used in messages. */
    public static LoadResult read(String fileName, byte[] content) throws DesignFileException {
        return STANDARD.load(fileName, content);
    }

    /** The design as file text: pretty-printed, keys in a fixed order, ending with a newline. */
    public static String toJson(Design design) {
        return STANDARD.format(design);
    }

    /**
     * Saves atomically: writes a temporary file in the same folder, flushes it to disk and moves it
     * over {@code file}. On failure the old file is untouched and the temporary file is removed.
     */
    public static void write(Design design, Path file) throws IOException {
        STANDARD.save(design, file);
    }

    LoadResult load(Path file) throws DesignFileException {
        String name = file.toString();
        byte[] content;
        try {
            if (Files.isDirectory(file)) {
                throw fail(name, "is a folder, not a design file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fail(name, tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw fail(name, "no such file");
        } catch (AccessDeniedException e) {
            throw fail(name, "permission denied: dsw may not read this file");
        } catch (FileSystemException e) {
            throw fail(name, "cannot be read" + (e.getReason() == null ? "" : ": " + e.getReason()));
        } catch (IOException e) {
            throw fail(name, "cannot be read: " + e.getMessage());
        }
        return load(name, content);
    }

    LoadResult load(String name, byte[] content) throws DesignFileException {
        if (content.length > MAX_BYTES) {
            throw fail(name, tooLarge(content.length));
        }
        if (isBlank(content)) {
            throw fail(
                    name,
                    "the file is empty; a design file is a JSON object with \"schemaVersion\", \"name\" and"
                            + " \"components\"");
        }
        FileProblem encoding = SyntaxErrors.encoding(name, content);
        if (encoding != null) {
            throw new DesignFileException(name, List.of(encoding));
        }
        JsonNode tree = parse(name, content);
        if (!tree.isObject()) {
            throw new DesignFileException(
                    name,
                    List.of(new FileProblem(
                            Severity.ERROR,
                            name,
                            "",
                            1,
                            1,
                            "expected a JSON object (a dsw design starts with {\"schemaVersion\": " + SCHEMA_VERSION
                                    + ", ...}), found " + ValueCodec.describe(tree))));
        }
        try {
            return read(name, content, (ObjectNode) tree);
        } catch (RuntimeException e) {
            // A bug in dsw, not in the file; still, the user gets a message and no stack trace.
            DesignFileException failure = fail(
                    name, "dsw could not read this file because of a bug in dsw; please report it and attach the file");
            failure.initCause(e); // kept for DSW_DEBUG=1 and bug reports; never shown as the message
            throw failure;
        }
    }

    private JsonNode parse(String name, byte[] content) throws DesignFileException {
        try (JsonParser parser = mapper.getFactory().createParser(content)) {
            JsonNode tree;
            try {
                tree = mapper.reader()
                        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .readTree(parser);
            } catch (JacksonException e) {
                throw new DesignFileException(name, List.of(SyntaxErrors.describe(name, content, parser, e)));
            }
            if (tree == null || tree.isMissingNode()) {
                throw fail(name, "the file is empty");
            }
            long end = parser.currentLocation().getByteOffset();
            try {
                if (parser.nextToken() != null) {
                    throw new DesignFileException(
                            name,
                            List.of(SyntaxErrors.trailing(
                                    name, content, parser.currentTokenLocation().getByteOffset())));
                }
            } catch (JacksonException e) {
                throw new DesignFileException(
                        name, List.of(SyntaxErrors.trailing(name, content, firstAfter(content, end))));
            }
            return tree;
        } catch (IOException e) {
            throw fail(name, "cannot be read: " + e.getMessage());
        }
    }

    private LoadResult read(String name, byte[] content, ObjectNode document) throws DesignFileException {
        upgrade(name, content, document);

        DesignDocument doc;
        try {
            doc = mapper.readerFor(DesignDocument.class).readValue(document);
        } catch (JsonMappingException e) {
            Problem problem = bindProblem(document, e);
            throw new DesignFileException(name, locate(name, content, List.of(problem)));
        } catch (IOException e) {
            throw fail(name, "a value cannot be read");
        }

        DocumentReader reader = new DocumentReader(kinds);
        String designName = reader.name(doc);
        String description = reader.description(doc);
        List<Component> components = reader.components(doc.components());
        List<Link> links = reader.links(doc.links());
        List<Group> groups = reader.groups(doc.groups());
        Scenario scenario = reader.scenario(doc.scenario());
        List<Problem> problems = new ArrayList<>(reader.problems());
        if (problems.isEmpty()) {
            problems.addAll(DesignValidator.check(components, links, groups, scenario));
        }
        List<Problem> unknown = UnknownFields.find(document);
        problems.addAll(unknown);
        List<FileProblem> located = new ArrayList<>(locate(name, content, problems));
        located.sort(Comparator.comparing(FileProblem::severity)
                .thenComparingInt(FileProblem::line)
                .thenComparingInt(FileProblem::column));
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new DesignFileException(name, located);
        }
        try {
            Design design = new Design(designName, description, components, links, groups, scenario);
            return new LoadResult(
                    design,
                    located,
                    unknown.stream()
                            .map(p -> FileProblem.readablePath(p.pointer()))
                            .toList());
        } catch (InvalidDesignException e) {
            throw new DesignFileException(name, locate(name, content, e.problems()));
        } catch (IllegalArgumentException e) {
            throw fail(name, e.getMessage());
        }
    }

    String format(Design design) {
        try {
            return writer.writeValueAsString(DocumentWriter.write(design, migrations.current())) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot format design " + design.name(), e);
        }
    }

    void save(Design design, Path file) throws IOException {
        AtomicFiles.write(file, format(design).getBytes(StandardCharsets.UTF_8));
    }

    private void upgrade(String name, byte[] content, ObjectNode document) throws DesignFileException {
        JsonNode version = document.get("schemaVersion");
        if (version == null) {
            String hint = document.has("format")
                    ? " (this looks like a " + document.get("format").asText() + " file)"
                    : "";
            throw failAt(name, content, "", "missing \"schemaVersion\"; is this a dsw design file?" + hint);
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw failAt(
                    name,
                    content,
                    "/schemaVersion",
                    "schemaVersion must be a whole number such as " + SCHEMA_VERSION + ", found "
                            + ValueCodec.describe(version));
        }
        int v = version.intValue();
        String readable = migrations.current() == Migrations.OLDEST
                ? "version " + Migrations.OLDEST + " only"
                : "versions " + Migrations.OLDEST + " to " + migrations.current();
        if (v > migrations.current()) {
            throw failAt(
                    name,
                    content,
                    "/schemaVersion",
                    "this file has schema version " + v + ", written by a newer dsw; this dsw reads " + readable
                            + ". Update dsw to open it.");
        }
        if (v < Migrations.OLDEST) {
            throw failAt(
                    name,
                    content,
                    "/schemaVersion",
                    "schema version " + v + " does not exist; this dsw reads " + readable);
        }
        try {
            migrations.upgrade(document, v);
        } catch (RuntimeException e) {
            String why = e instanceof IllegalArgumentException && e.getMessage() != null ? ": " + e.getMessage() : "";
            throw failAt(
                    name,
                    content,
                    "/schemaVersion",
                    "this file has schema version " + v + " and could not be upgraded to version "
                            + migrations.current() + why + "; is it damaged?");
        }
    }

    /** One error at a place in the file, located by line and column. */
    private DesignFileException failAt(String name, byte[] content, String pointer, String message) {
        return new DesignFileException(name, locate(name, content, List.of(Problem.error(pointer, message))));
    }

    private List<FileProblem> locate(String name, byte[] content, List<Problem> problems) {
        if (problems.isEmpty()) {
            return List.of(); // nothing to place: skip the second pass over the text
        }
        Map<String, JsonLocator.Place> places = JsonLocator.locate(
                mapper.getFactory(),
                content,
                problems.stream().map(Problem::pointer).toList());
        List<FileProblem> out = new ArrayList<>();
        for (Problem p : problems) {
            JsonLocator.Place place = places.get(p.pointer());
            out.add(new FileProblem(
                    p.severity(),
                    name,
                    p.pointer(),
                    place == null ? 0 : place.line(),
                    place == null ? 0 : place.column(),
                    p.message()));
        }
        return out;
    }

    private static Problem bindProblem(JsonNode document, JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            pointer.append(
                    ref.getFieldName() != null
                            ? ValueCodec.escape(ref.getFieldName())
                            : Integer.toString(ref.getIndex()));
        }
        String at = pointer.toString();
        JsonNode found = document.at(at);
        if (found.isIntegralNumber() && !found.canConvertToLong()) {
            return Problem.error(
                    at,
                    "the number " + Text.abbreviate(found.asText(), 40) + " is far too large; a whole number here"
                            + " must be from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
        String expected = "a different value";
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            expected = describeType(m.getTargetType());
        }
        return Problem.error(at, "expected " + expected + ", found " + ValueCodec.describe(found));
    }

    private static String describeType(Class<?> type) {
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return "an object {...}";
    }

    private static DesignFileException fail(String name, String message) {
        return new DesignFileException(name, List.of(new FileProblem(Severity.ERROR, name, "", 0, 0, message)));
    }

    private static String tooLarge(long size) {
        if (size == MAX_BYTES + 1L) { // a stream of unknown size, cut off where the limit was passed
            return "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB, the most a dsw design file may be";
        }
        return String.format(
                Locale.ROOT,
                "the file is %.1f MB; a dsw design file may be at most %d MB",
                size / 1048576.0,
                MAX_BYTES / (1024 * 1024));
    }

    /** The offset of the first byte after {@code from} that is not white space. */
    private static long firstAfter(byte[] content, long from) {
        int i = (int) Math.max(0, Math.min(from, content.length));
        while (i < content.length && isSpace(content[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (!isSpace(b)) {
                return false;
            }
        }
        return true;
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_TEXT)
                        .maxNumberLength(64)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .build();
        for (LogicalType type :
                List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            var config = mapper.coercionConfigFor(type);
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        return mapper;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
