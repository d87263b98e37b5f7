package dsw.diagrams.plantuml;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.ErrorUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.core.ImageData;
import net.sourceforge.plantuml.eggs.PSystemWelcome;
import net.sourceforge.plantuml.error.PSystemError;
import net.sourceforge.plantuml.security.SecurityProfile;
import net.sourceforge.plantuml.security.SecurityUtils;

/**
 * Renders PlantUML source to SVG or PNG in-process with the plantuml-mit library, under PlantUML's
 * {@code SANDBOX} security profile (no file, URL or environment access from the source; the
 * bundled standard library and themes still work). Never returns PlantUML's error picture: a syntax
 * error, a crash while laying out, or a sandbox that could not be set is a {@link
 * DiagramException} whose message names the problem and its line.
 *
 * <p>PNG images are at most {@link #MAX_PNG_SIDE} pixels on either side: PlantUML would crop a
 * larger picture silently, so a larger diagram is scaled down to fit and the {@link Image#notes()}
 * say so (SVG keeps every detail). When the embedded smetana layout crashes, which it does on some
 * large diagrams, and Graphviz {@code dot} is installed, the diagram is laid out with {@code dot}
 * instead, and the notes say so too.
 *
 * <p>Loading this class sets two JVM-wide system properties PlantUML reads: {@code
 * PLANTUML_SECURITY_PROFILE=SANDBOX} and, unless already set higher, {@code
 * PLANTUML_LIMIT_SIZE=8192}. PlantUML fixes its security profile on first use, so use this class
 * before anything else in the JVM renders with PlantUML; otherwise it refuses to render.
 *
 * <p>PlantUML's own console output (its layout's diagnostics and stack traces) is dropped while
 * it renders; see {@link QuietConsole}.
 *
 * <p>Thread-safe: renders one diagram at a time (PlantUML's layout keeps global state), so
 * concurrent callers wait for each other.
 */
public final class Renderer {
    /** The largest width or height of a PNG image, in pixels. */
    public static final int MAX_PNG_SIDE = 8192;

    /** The security profile every render runs under. */
    public static final String SECURITY_PROFILE = "SANDBOX";

    private static final String PROFILE_PROPERTY = "PLANTUML_SECURITY_PROFILE";
    private static final String LIMIT_PROPERTY = "PLANTUML_LIMIT_SIZE";
    private static final String SMETANA = "!pragma layout smetana";
    private static final Object LOCK = new Object();
    private static final SecurityProfile PROFILE;

    static {
        System.setProperty(PROFILE_PROPERTY, SECURITY_PROFILE);
        String limit = System.getProperty(LIMIT_PROPERTY);
        if (parseOrZero(limit) < MAX_PNG_SIDE) {
            System.setProperty(LIMIT_PROPERTY, Integer.toString(MAX_PNG_SIDE));
        }
        PROFILE = SecurityUtils.getSecurityProfile();
    }

    /** An output format. */
    public enum Format {
        SVG(FileFormat.SVG),
        PNG(FileFormat.PNG);

        private final FileFormat plantuml;

        Format(FileFormat plantuml) {
            this.plantuml = plantuml;
        }

        /** The file name extension, without the dot: {@code svg}, {@code png}. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A rendered diagram. Immutable apart from the bytes, which the caller owns.
     *
     * @param bytes the SVG (UTF-8) or PNG file content
     * @param width the picture's width in pixels
     * @param height the picture's height in pixels
     * @param notes what a user should know about how it was drawn (scaled down, another layout);
     *     empty for a plain render
     */
    public record Image(Format format, byte[] bytes, int width, int height, List<String> notes) {
        public Image {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(bytes, "bytes");
            notes = List.copyOf(notes);
        }
    }

    private Renderer() {}

    /** The source as SVG. @throws DiagramException naming what PlantUML could not draw */
    public static Image svg(String source) throws DiagramException {
        return render(source, Format.SVG);
    }

    /** The source as PNG, at most {@link #MAX_PNG_SIDE} pixels wide and high. */
    public static Image png(String source) throws DiagramException {
        return render(source, Format.PNG);
    }

    /**
     * Renders the source, which must hold exactly one diagram ({@code @startuml} ... {@code
     * @enduml}).
     *
     * @throws DiagramException naming what PlantUML could not draw
     */
    public static Image render(String source, Format format) throws DiagramException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        synchronized (LOCK) {
            requireSandbox();
            List<String> notes = new ArrayList<>();
            Rendered first;
            try {
                first = export(source, format);
            } catch (LayoutCrash crash) {
                Optional<String> dot = Graphviz.dot();
                if (dot.isEmpty() || !source.contains(SMETANA)) {
                    throw new DiagramException(
                            "PlantUML's built-in layout (smetana) failed on this diagram: " + crash.getMessage()
                                    + ". Install Graphviz (the dot command) to lay out large diagrams, or draw"
                                    + " fewer elements at once.",
                            0,
                            true,
                            crash.getCause());
                }
                source = withoutSmetana(source);
                notes.add("PlantUML's built-in layout (smetana) failed on this diagram (" + crash.getMessage()
                        + "); laid out with Graphviz dot (" + dot.get() + ") instead");
                first = exportOrFail(source, format);
            }
            int side = Math.max(first.fullWidth, first.fullHeight);
            if (format != Format.PNG || side <= MAX_PNG_SIDE) {
                return new Image(format, first.bytes, first.width, first.height, notes);
            }
            double scale = Math.floor(1000.0 * MAX_PNG_SIDE / side) / 1000.0;
            Rendered scaled = exportOrFail(withScale(source, scale), format);
            if (Math.max(scaled.width, scaled.height) > MAX_PNG_SIDE) {
                throw new DiagramException("PlantUML drew a PNG of " + scaled.width + " x " + scaled.height
                        + " px despite scaling; export SVG instead");
            }
            notes.add(String.format(
                    Locale.ROOT,
                    "the diagram is %d x %d px; the PNG is scaled to %.0f%% (%d x %d px) to stay within %d px;"
                            + " SVG keeps full detail",
                    first.fullWidth,
                    first.fullHeight,
                    scale * 100,
                    scaled.width,
                    scaled.height,
                    MAX_PNG_SIDE));
            return new Image(format, scaled.bytes, scaled.width, scaled.height, notes);
        }
    }

    /**
     * Checks the source without drawing it.
     *
     * @throws DiagramException naming the first syntax error and its line
     */
    public static void check(String source) throws DiagramException {
        Objects.requireNonNull(source, "source");
        synchronized (LOCK) {
            requireSandbox();
            diagram(source);
        }
    }

    /** The security profile PlantUML runs under in this JVM, such as {@code SANDBOX}. */
    public static String securityProfile() {
        return PROFILE.name();
    }

    private static void requireSandbox() throws DiagramException {
        if (PROFILE != SecurityProfile.SANDBOX) {
            throw new DiagramException("PlantUML runs with security profile " + PROFILE.name() + ", not "
                    + SECURITY_PROFILE + ": something used PlantUML before dsw could restrict it, so dsw refuses to"
                    + " render");
        }
    }

    /** What PlantUML drew, and the size of the whole diagram before any scaling or cropping. */
    private record Rendered(byte[] bytes, int width, int height, int fullWidth, int fullHeight) {}

    /** Thrown inside this class when PlantUML's layout crashed, so another layout can be tried. */
    private static final class LayoutCrash extends Exception {
        private static final long serialVersionUID = 1L;

        LayoutCrash(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static Rendered exportOrFail(String source, Format format) throws DiagramException {
        try {
            return export(source, format);
        } catch (LayoutCrash crash) {
            throw new DiagramException(
                    "PlantUML could not lay out this diagram: " + crash.getMessage(), 0, true, crash.getCause());
        }
    }

    private static Rendered export(String source, Format format) throws DiagramException, LayoutCrash {
        Diagram diagram = diagram(source);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        ImageData data;
        try {
            data = QuietConsole.run(() -> diagram.exportDiagram(out, 0, new FileFormatOption(format.plantuml)));
        } catch (Exception | StackOverflowError e) {
            throw new LayoutCrash(describe(e), e);
        }
        if (data == null || data.getStatus() != 0) {
            Throwable cause = data == null ? null : data.getRootCause();
            String why = data == null
                    ? "no image"
                    : cause != null
                            ? describe(cause)
                            : data.getWarningOrError() != null
                                    ? oneLine(data.getWarningOrError())
                                    : "status " + data.getStatus();
            throw new LayoutCrash(why, cause);
        }
        byte[] bytes = out.toByteArray();
        int width = data.getWidth();
        int height = data.getHeight();
        if (format == Format.PNG && bytes.length >= 24) {
            // The picture's real size, from the PNG header: PlantUML reports the size before scaling
            // and cropping.
            ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
            return new Rendered(bytes, header.getInt(), header.getInt(), width, height);
        }
        return new Rendered(bytes, width, height, width, height);
    }

    /** The one diagram in the source. @throws DiagramException when there is none or it has errors */
    private static Diagram diagram(String source) throws DiagramException {
        List<BlockUml> blocks;
        try {
            blocks = QuietConsole.run(() -> new SourceStringReader(source).getBlocks());
        } catch (Exception e) {
            throw new DiagramException("PlantUML could not read the source: " + describe(e), 0, false, e);
        }
        if (blocks.isEmpty()) {
            throw new DiagramException("the source holds no diagram: it needs a line @startuml and a line @enduml");
        }
        if (blocks.size() > 1) {
            throw new DiagramException("the source holds " + blocks.size()
                    + " diagrams (@startuml ... @enduml blocks); render one at a time");
        }
        Diagram diagram;
        try {
            diagram = QuietConsole.run(() -> blocks.get(0).getDiagram());
        } catch (Exception e) {
            throw new DiagramException("PlantUML could not read the source: " + describe(e), 0, false, e);
        }
        if (diagram instanceof PSystemError) {
            PSystemError error = (PSystemError) diagram;
            ErrorUml first = error.getFirstError();
            int line = error.getLineLocation() == null
                    ? 0
                    : error.getLineLocation().getPosition() + 1;
            StringBuilder message = new StringBuilder("PlantUML syntax error");
            if (line > 0) {
                message.append(" on line ").append(line);
            }
            message.append(": ").append(first == null ? "unknown error" : oneLine(first.getError()));
            if (first != null && first.getLine() != null) {
                message.append(" (at \"")
                        .append(PumlText.comment(first.getLine().getString()))
                        .append("\")");
            }
            throw new DiagramException(message.toString(), line, false, null);
        }
        if (diagram instanceof PSystemWelcome) {
            throw new DiagramException("the diagram is empty: there is nothing between @startuml and @enduml");
        }
        return diagram;
    }

    private static String withoutSmetana(String source) {
        return source.replace(SMETANA + "\n", "");
    }

    /** The source with a {@code scale} line right after its {@code @startuml} line. */
    private static String withScale(String source, double scale) {
        int start = source.indexOf("@startuml");
        int lineEnd = source.indexOf('\n', start);
        String directive = String.format(Locale.ROOT, "scale %.3f%n", scale);
        return source.substring(0, lineEnd + 1) + directive + source.substring(lineEnd + 1);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " \"" + oneLine(message) + "\"");
    }

    private static String oneLine(String text) {
        return PumlText.comment(text);
    }

    private static int parseOrZero(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Finds Graphviz's dot: {@code GRAPHVIZ_DOT}, the PATH, or where PlantUML looks for it. When it
     * finds one and {@code GRAPHVIZ_DOT} is unset, it sets that system property so PlantUML uses the
     * same one.
     */
    static final class Graphviz {
        private Graphviz() {}

        static Optional<String> dot() {
            String configured = System.getProperty("GRAPHVIZ_DOT", System.getenv("GRAPHVIZ_DOT"));
            if (configured != null && Files.isExecutable(Path.of(configured))) {
                return Optional.of(configured);
            }
            String path = System.getenv("PATH");
            List<String> dirs =
                    new ArrayList<>(List.of("/usr/local/bin", "/usr/bin", "/opt/homebrew/bin", "/opt/local/bin"));
            if (path != null) {
                dirs.addAll(0, List.of(path.split(java.io.File.pathSeparator)));
            }
            for (String dir : dirs) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path dot = Path.of(dir, "dot");
                if (Files.isExecutable(dot)) {
                    if (configured == null) {
                        System.setProperty("GRAPHVIZ_DOT", dot.toString());
                    }
                    return Optional.of(dot.toString());
                }
            }
            return Optional.empty();
        }
    }
}
