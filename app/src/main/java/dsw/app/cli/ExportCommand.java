package dsw.app.cli;

import dsw.diagrams.plantuml.DeploymentDiagram;
import dsw.diagrams.plantuml.DeploymentExport;
import dsw.diagrams.plantuml.DiagramException;
import dsw.diagrams.plantuml.Renderer;
import dsw.diagrams.sequence.SequenceOptions;
import dsw.diagrams.state.CircuitBreakerStates;
import dsw.model.Design;
import dsw.model.file.AtomicFiles;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import dsw.model.trace.Trace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dsw export FILE}: writes a design's diagram as PlantUML text, SVG or PNG. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Export a design as a diagram: PlantUML text (.puml) or a picture drawn with the built-in PlantUML"
                    + " (SVG, PNG). No Graphviz needed; with Graphviz installed, large diagrams keep their frames.",
            "PlantUML text and SVG go to standard output unless --out is given; PNG needs --out.",
            "Exit code 0 on success, 1 when the file is invalid, the diagram cannot be drawn or the output cannot"
                    + " be written, 2 for bad usage."
        })
final class ExportCommand implements Callable<Integer> {
    /** What to write. */
    enum Format {
        PUML,
        SVG,
        PNG;

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which diagram. */
    enum Kind {
        /** The topology as a PlantUML deployment diagram. */
        DEPLOYMENT,
        /** The topology in the C4 model's container notation. */
        C4,
        /** A run's messages as a sequence diagram: of --trace, or of a run of the design's scenario. */
        SEQUENCE,
        /** One caller's circuit breakers as a state diagram, each change labelled with how often the run made it. */
        BREAKER
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The design file (*.dsw.json).")
    Path file;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "puml, svg or png (default: from the --out file's extension, else puml).")
    Format format;

    @Option(
            names = {"-k", "--kind"},
            paramLabel = "KIND",
            description = "deployment (default), c4, sequence (a run's messages: of --trace, or of a run of the"
                    + " design's scenario with its seed), or breaker (the circuit breakers of one --process, with"
                    + " how often the run changed their state).")
    Kind kind = Kind.DEPLOYMENT;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "PATH",
            description = "Write to this file (replaced whole, never half-written) instead of standard output.")
    Path out;

    @Option(
            names = "--trace",
            paramLabel = "TRACE.jsonl",
            description = "For --kind sequence and breaker: the run to draw, as written by simulate --trace"
                    + " (default: a run of the design's scenario).")
    Path trace;

    @Option(
            names = "--from",
            paramLabel = "T",
            description = "For --kind sequence: start at this virtual time, such as 500ms or 2s (default: 0).")
    String from;

    @Option(
            names = "--to",
            paramLabel = "T",
            description = "For --kind sequence: end at this virtual time, included (default: the end of the run).")
    String to;

    @Option(
            names = "--timestamps",
            paramLabel = "CLOCKS",
            description = "For --kind sequence: none (default), lamport, vector or both, on arrows and notes.")
    String timestamps;

    @Option(
            names = "--max-messages",
            paramLabel = "N",
            description = "For --kind sequence: draw at most N messages (default: "
                    + SequenceOptions.DEFAULT_MAX_MESSAGES + ").")
    Integer maxMessages;

    @Option(
            names = "--history",
            paramLabel = "SEQ",
            description = "For --kind sequence: only the causal history of event SEQ (its seq in the trace): the"
                    + " messages and events that happened before it.")
    Integer history;

    @Option(
            names = "--with-future",
            description = "With --history: also what the event caused, the events it happened before.")
    boolean withFuture;

    @Option(
            names = "--process",
            paramLabel = "NAME",
            description = "For --kind breaker: the calling process whose breakers to draw, such as orders or api#2.")
    String process;

    @Option(names = "--top-to-bottom", description = "Lay the diagram out top to bottom (default: left to right).")
    boolean topToBottom;

    @Option(
            names = "--link-properties",
            description = "Show each link's latency, loss, duplication, reordering and bandwidth.")
    boolean linkProperties;

    @Option(
            names = "--theme",
            paramLabel = "NAME",
            description = "A PlantUML theme bundled with dsw: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Themes.class)
    String theme;

    @Option(
            names = "--down",
            paramLabel = "ID",
            split = ",",
            description = "Draw these components, frames or links as down or cut off (comma-separated ids).")
    List<String> down;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format chosen = chooseFormat();
        checkUsage(chosen);
        Design design;
        try {
            design = DesignFiles.read(file).design();
        } catch (DesignFileException e) {
            err.println(e.getMessage());
            err.flush();
            return Cli.FAILED;
        }
        byte[] content;
        List<String> notes = List.of();
        try {
            if (chosen == Format.PUML) {
                content = plantUml(design).getBytes(StandardCharsets.UTF_8);
            } else {
                Renderer.Image image = draw(design, chosen == Format.SVG ? Renderer.Format.SVG : Renderer.Format.PNG);
                content = image.bytes();
                notes = image.notes();
            }
        } catch (DiagramException e) {
            err.println(file + ": cannot draw the " + describeKind() + " diagram: " + e.getMessage());
            err.flush();
            return Cli.FAILED;
        }
        for (String note : notes) {
            err.println(file + ": note: " + note);
        }
        if (out == null) {
            stdout.print(new String(content, StandardCharsets.UTF_8));
            stdout.flush();
            err.flush();
            return Cli.OK;
        }
        try {
            AtomicFiles.write(out, content);
        } catch (IOException e) {
            err.println(
                    out + ": cannot write the " + chosen.name() + " " + describeKind() + " diagram: " + describe(e));
            err.flush();
            return Cli.FAILED;
        }
        stdout.println("Wrote the " + chosen.name() + " " + describeKind() + " diagram to " + out);
        stdout.flush();
        err.flush();
        return Cli.OK;
    }

    /**
     * The diagram's PlantUML text. Each kind of diagram is one branch; {@link #draw} renders it.
     *
     * @throws CommandLine.ParameterException for options that do not fit the design
     * @throws DiagramException when the trace to draw cannot be read
     */
    private String plantUml(Design design) throws DiagramException {
        switch (kind) {
            case DEPLOYMENT:
            case C4:
                try {
                    return DeploymentDiagram.of(design, deploymentOptions());
                } catch (IllegalArgumentException e) {
                    throw usage(e.getMessage());
                }
            case BREAKER:
                try {
                    return breakerDiagram(SequenceExport.trace(
                            design, trace, Long.MAX_VALUE, spec.commandLine().getErr()));
                } catch (IOException e) {
                    throw new DiagramException("cannot read the trace: " + SequenceExport.problem(e, trace));
                }
            case SEQUENCE:
            default:
                try {
                    return SequenceExport.diagram(
                                    design,
                                    trace,
                                    sequenceOptions(),
                                    spec.commandLine().getErr())
                            .puml();
                } catch (IOException e) {
                    throw new DiagramException("cannot read the trace: " + SequenceExport.problem(e, trace));
                } catch (IllegalArgumentException e) {
                    throw usage(e.getMessage());
                }
        }
    }

    /** The state diagram of {@link #process}'s breakers in {@code run}, with the changes the run made. */
    private String breakerDiagram(Trace run) {
        List<String> callers = new ArrayList<>();
        for (int seq = 0; seq < run.size(); seq++) {
            if (run.decision(seq).name().startsWith("BREAKER_")) {
                String name = run.header().processName(run.process(seq));
                if (!callers.contains(name)) {
                    callers.add(name);
                }
            }
        }
        String which = callers.isEmpty()
                ? "no process made a circuit breaker decision in this run"
                : "the processes with breaker decisions are " + String.join(", ", callers);
        int p = run.header().indexOf(process);
        if (p < 0) {
            throw usage("--process " + process + ": the run has no such process; " + which);
        }
        if (!callers.contains(process)) {
            spec.commandLine()
                    .getErr()
                    .println("warning: " + process + " made no circuit breaker decision in this run; " + which);
        }
        return CircuitBreakerStates.diagram(run, p).puml();
    }

    /** The diagram as a picture; deployment diagrams fall back to a simpler layout if they must. */
    private Renderer.Image draw(Design design, Renderer.Format as) throws DiagramException {
        if (kind == Kind.DEPLOYMENT || kind == Kind.C4) {
            try {
                return DeploymentExport.render(design, deploymentOptions(), as);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        return Renderer.render(plantUml(design), as);
    }

    private SequenceOptions sequenceOptions() {
        try {
            return SequenceExport.options(from, to, timestamps, maxMessages, history, withFuture);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private DeploymentDiagram.Options deploymentOptions() {
        return DeploymentDiagram.Options.DEFAULT
                .withStyle(kind == Kind.C4 ? DeploymentDiagram.Style.C4 : DeploymentDiagram.Style.PLAIN)
                .withDirection(
                        topToBottom
                                ? DeploymentDiagram.Direction.TOP_TO_BOTTOM
                                : DeploymentDiagram.Direction.LEFT_TO_RIGHT)
                .withLinkProperties(linkProperties)
                .withTheme(theme)
                .withDown(down == null ? Set.of() : new TreeSet<>(down));
    }

    private Format chooseFormat() {
        if (format != null) {
            return format;
        }
        if (out != null) {
            String name = out.getFileName() == null
                    ? ""
                    : out.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : Format.values()) {
                if (name.endsWith("." + f.extension())) {
                    return f;
                }
            }
        }
        return Format.PUML;
    }

    private void checkUsage(Format chosen) {
        if (chosen == Format.PNG && out == null) {
            throw usage("--format png needs --out FILE.png (a PNG is not written to the terminal)");
        }
        if (trace != null && kind != Kind.SEQUENCE && kind != Kind.BREAKER) {
            throw usage("--trace is only for --kind sequence and --kind breaker");
        }
        if (kind == Kind.BREAKER && (process == null || process.isBlank())) {
            throw usage("--kind breaker needs --process NAME, the caller whose breakers to draw, such as orders");
        }
        if (kind != Kind.BREAKER && process != null) {
            throw usage("--process is only for --kind breaker");
        }
        if (kind != Kind.SEQUENCE && (from != null || to != null || timestamps != null || maxMessages != null)) {
            throw usage("--from, --to, --timestamps and --max-messages are only for --kind sequence");
        }
        if (kind == Kind.SEQUENCE) {
            sequenceOptions();
        }
        if (theme != null && !theme.isEmpty() && !DeploymentDiagram.THEMES.contains(theme)) {
            throw usage("--theme: unknown theme \"" + theme + "\"; themes are "
                    + String.join(", ", new TreeSet<>(DeploymentDiagram.THEMES)));
        }
        if (out != null && (sameFile(out, file) || (trace != null && sameFile(out, trace)))) {
            throw usage(out + ": the output must not overwrite an input file");
        }
        if (out != null && Files.isDirectory(out)) {
            throw usage(out + ": is a folder; name the file to write, such as "
                    + out.resolve("diagram." + chosen.extension()));
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private String describeKind() {
        return kind == Kind.C4 ? "C4" : kind.name().toLowerCase(Locale.ROOT);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The theme names, for the help text and shell completion. */
    static final class Themes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return new TreeSet<>(DeploymentDiagram.THEMES).iterator();
        }
    }
}
