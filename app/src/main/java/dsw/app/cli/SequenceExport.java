package dsw.app.cli;

import dsw.diagrams.sequence.SequenceDiagram;
import dsw.diagrams.sequence.SequenceOptions;
import dsw.diagrams.sequence.Timestamps;
import dsw.model.Design;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceFormatException;
import dsw.model.trace.TraceJson;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The sequence diagram {@code dsw export --kind sequence} writes: of a trace file, or of a run of
 * the design's scenario (with its seed) when no trace is given. Stateless, thread-safe.
 */
final class SequenceExport {
    private SequenceExport() {}

    /**
     * The options from the command line's texts, each may be null for its default.
     *
     * @throws IllegalArgumentException naming the option that is wrong
     */
    static SequenceOptions options(
            String from, String to, String timestamps, Integer maxMessages, Integer history, boolean withFuture) {
        long start = from == null ? 0 : time("--from", from);
        long end = to == null ? Long.MAX_VALUE : time("--to", to);
        if (end < start) {
            throw new IllegalArgumentException("--to (" + to + ") must not come before --from (" + from + ")");
        }
        SequenceOptions options = SequenceOptions.whole().withWindow(start, end);
        if (timestamps != null) {
            try {
                options = options.withTimestamps(Timestamps.fromWireName(timestamps.toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--timestamps: " + e.getMessage(), e);
            }
        }
        if (maxMessages != null) {
            if (maxMessages < 1) {
                throw new IllegalArgumentException("--max-messages must be at least 1, got " + maxMessages);
            }
            options = options.withMaxMessages(maxMessages);
        }
        if (history != null) {
            if (history < 0) {
                throw new IllegalArgumentException("--history must be an event's seq, 0 or more, got " + history);
            }
            options = options.withHistory(history, withFuture);
        } else if (withFuture) {
            throw new IllegalArgumentException("--with-future needs --history SEQ: the event whose future to show");
        }
        return options;
    }

    private static long time(String option, String text) {
        try {
            return Micros.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /**
     * The diagram of the trace file, or of a fresh run of the design's scenario (up to the end of
     * the window) when {@code traceFile} is null. Warns on {@code err} when the trace is of another
     * design and when the diagram is cut.
     *
     * @throws IOException when the trace file cannot be read or is not a valid trace (the message
     *     names the file and line)
     */
    static SequenceDiagram diagram(Design design, Path traceFile, SequenceOptions options, PrintWriter err)
            throws IOException {
        Trace trace = trace(design, traceFile, options.to(), err);
        if (options.focus() >= trace.size()) {
            throw new IllegalArgumentException("--history " + options.focus() + ": the run has only " + trace.size()
                    + " events (seq 0 to " + (trace.size() - 1) + ")"
                    + (traceFile == null && options.to() != Long.MAX_VALUE
                            ? " up to --to " + Micros.format(options.to())
                            : ""));
        }
        SequenceDiagram diagram = SequenceDiagram.of(trace, design, options);
        if (diagram.truncated()) {
            err.println("warning: the diagram shows the first " + diagram.messagesShown() + " of "
                    + diagram.messagesInScope()
                    + " messages; choose a window with --from and --to, or allow more with --max-messages");
        }
        return diagram;
    }

    /**
     * The run in the trace file, or a fresh run of the design's scenario up to {@code to} when
     * {@code traceFile} is null. Warns on {@code err} when the trace is of another design.
     *
     * @throws IOException when the trace file cannot be read or is not a valid trace
     */
    static Trace trace(Design design, Path traceFile, long to, PrintWriter err) throws IOException {
        if (traceFile == null) {
            Simulation simulation = Simulation.of(design);
            simulation.runUntil(to, RunMonitor.NONE);
            return simulation.trace();
        }
        Trace trace = TraceJson.read(traceFile);
        warnIfOtherDesign(design, trace, traceFile, err);
        return trace;
    }

    /** What went wrong reading a trace file, starting with the file's name. */
    static String problem(IOException e, Path traceFile) {
        if (e instanceof TraceFormatException) {
            return e.getMessage();
        }
        String why;
        if (e instanceof NoSuchFileException) {
            why = "no such file";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            why = fs.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return traceFile + ": " + why;
    }

    private static void warnIfOtherDesign(Design design, Trace trace, Path traceFile, PrintWriter err) {
        String missing = null;
        for (ProcessInfo p : trace.header().processes()) {
            if (design.component(p.component()).isEmpty()) {
                missing = p.component();
                break;
            }
        }
        if (missing != null) {
            err.println(traceFile + ": warning: the trace is of \""
                    + Text.abbreviate(trace.header().design(), 80)
                    + "\"; the design has no component \"" + Text.abbreviate(missing, 70)
                    + "\", so processes are named by their ids where the design does not know them");
        }
    }
}
