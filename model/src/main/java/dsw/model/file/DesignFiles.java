package dsw.model.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.InvalidDesignException;
import dsw.model.Link;
import dsw.model.Problem;
import dsw.model.Severity;
import dsw.model.json.ValueCodec;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
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
            throw fail(
                    name,
                    "cannot be read: " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
        } catch (IOException e) {
            throw fail(name, "cannot be read: " + e.getMessage());
        }
        return load(name, content);
    }

    LoadResult load(String name, byte[] content) throws DesignFileException {
        if (content.length > MAX_BYTES) {
            throw fail(name, tooLarge(content.length));
        }
        if (new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1).isBlank()
                && isBlank(content)) {
            throw fail(
                    name,
                    "the file is empty; a design file is a JSON object with \"schemaVersion\", \"name\" and"
                            + " \"components\"");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
        } catch (JacksonException e) {
            throw new DesignFileException(name, List.of(parseProblem(name, e)));
        } catch (IOException e) {
            throw fail(name, "cannot be read: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw fail(name, "the file is empty");
        }
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
        ObjectNode document = (ObjectNode) tree;
        upgrade(name, content, document);

        List<Problem> unknownFields = new ArrayList<>();
        DesignDocument doc;
        try {
            doc = mapper.readerFor(DesignDocument.class)
                    .withHandler(new UnknownFieldCollector(unknownFields))
                    .readValue(document);
        } catch (JsonMappingException e) {
            Problem problem = bindProblem(document, e);
            throw new DesignFileException(name, locate(name, content, List.of(problem)));
        } catch (JacksonException e) {
            String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
            throw fail(
                    name,
                    "a value cannot be read: " + message.lines().findFirst().orElse(message));
        } catch (IOException e) {
            throw fail(name, "cannot be read: " + e.getMessage());
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
            problems.addAll(dsw.model.DesignValidator.check(components, links, groups, scenario));
        }
        problems.addAll(unknownFields);
        problems.sort(Comparator.comparing(Problem::severity));
        List<FileProblem> located = locate(name, content, problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new DesignFileException(name, located);
        }
        try {
            Design design = new Design(designName, description, components, links, groups, scenario);
            return new LoadResult(design, located);
        } catch (InvalidDesignException e) {
            throw new DesignFileException(name, locate(name, content, e.problems()));
        } catch (IllegalArgumentException e) {
            throw fail(name, e.getMessage());
        }
    }

    String format(Design design) {
        try {
            return writer.writeValueAsString(DocumentWriter.write(design)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot format design " + design.name(), e);
        }
    }

    void save(Design design, Path file) throws IOException {
        byte[] bytes = format(design).getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void upgrade(String name, byte[] content, ObjectNode document) throws DesignFileException {
        JsonNode version = document.get("schemaVersion");
        if (version == null) {
            String hint = document.has("format")
                    ? " (this looks like a " + document.get("format").asText() + " file)"
                    : "";
            throw new DesignFileException(
                    name,
                    locate(
                            name,
                            content,
                            List.of(Problem.error(
                                    "", "missing \"schemaVersion\"; is this a dsw design file?" + hint))));
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new DesignFileException(
                    name,
                    locate(
                            name,
                            content,
                            List.of(Problem.error(
                                    "/schemaVersion",
                                    "schemaVersion must be a whole number such as " + SCHEMA_VERSION + ", found "
                                            + ValueCodec.describe(version)))));
        }
        int v = version.intValue();
        if (v > migrations.current()) {
            throw new DesignFileException(
                    name,
                    locate(
                            name,
                            content,
                            List.of(Problem.error(
                                    "/schemaVersion",
                                    "this file has schema version " + v
                                            + ", written by a newer dsw; this dsw reads versions " + Migrations.OLDEST
                                            + " to " + migrations.current() + ". Update dsw to open it."))));
        }
        if (v < Migrations.OLDEST) {
            throw new DesignFileException(
                    name,
                    locate(
                            name,
                            content,
                            List.of(Problem.error(
                                    "/schemaVersion",
                                    "schema version " + v + " does not exist; this dsw reads versions "
                                            + Migrations.OLDEST + " to " + migrations.current()))));
        }
        migrations.upgrade(document, v);
    }

    private List<FileProblem> locate(String name, byte[] content, List<Problem> problems) {
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

    private static FileProblem parseProblem(String name, JacksonException e) {
        JsonLocation at = e.getLocation();
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        String first = original.lines().findFirst().orElse(original);
        String message;
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.contains("invalid utf-8") || lower.contains("invalid utf8")) {
            message = "the file is not UTF-8 text (" + first + ")";
        } else if (lower.contains("duplicate field")) {
            message = "a field appears twice in the same object: " + first.replace("Duplicate field", "field");
        } else if (lower.contains("nesting depth")) {
            message = "the JSON is nested too deeply to be a dsw design (" + first + ")";
        } else if (lower.contains("string value length") || lower.contains("number value length")) {
            message = "a value is far too long to be part of a dsw design (" + first + ")";
        } else if (lower.contains("unexpected end-of-input")) {
            message = "the file ends in the middle of the JSON (is it truncated?)";
        } else if (lower.contains("trailing token")) {
            message = "there is more text after the end of the JSON object";
        } else {
            message = "not valid JSON: " + first;
        }
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new FileProblem(Severity.ERROR, name, "", line, column, message);
    }

    private static DesignFileException fail(String name, String message) {
        return new DesignFileException(name, List.of(new FileProblem(Severity.ERROR, name, "", 0, 0, message)));
    }

    private static String tooLarge(long size) {
        return String.format(
                Locale.ROOT,
                "the file is %.1f MB; a dsw design file may be at most %d MB",
                size / 1048576.0,
                MAX_BYTES / (1024 * 1024));
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (target == null) {
            return;
        }
        try {
            if (Files.exists(from)) {
                target.setPermissions(Files.getFileAttributeView(from, PosixFileAttributeView.class)
                        .readAttributes()
                        .permissions());
            } else {
                target.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // permissions are a nicety; the content is what matters
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every platform can sync a directory; the file itself is already on disk
        }
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(1_000_000)
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

    /** Turns fields this dsw does not know into warnings instead of failures. */
    private static final class UnknownFieldCollector extends DeserializationProblemHandler {
        private final List<Problem> problems;

        UnknownFieldCollector(List<Problem> problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser parser,
                JsonDeserializer<?> deserializer,
                Object bean,
                String field)
                throws IOException {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            if (!pointer.endsWith("/" + ValueCodec.escape(field))) {
                pointer = pointer + "/" + ValueCodec.escape(field);
            }
            problems.add(Problem.warning(pointer, "unknown field \"" + field + "\" ignored (it will not be saved)"));
            parser.skipChildren();
            return true;
        }
    }
}
