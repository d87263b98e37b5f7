package dsw.app.cli;

import dsw.diagrams.shiviz.ShivizLog;
import dsw.model.Design;
import dsw.model.file.AtomicFiles;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import dsw.model.scenario.Scenario;
import dsw.model.trace.TraceJson;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import dsw.simulation.check.ConvergenceChecker;
import dsw.simulation.check.HistoryFormat;
import dsw.simulation.check.HistoryWriter;
import dsw.simulation.check.RunHistory;
import dsw.simulation.metrics.RunSummary;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dsw simulate FILE}: runs a design's scenario headless and prints what happened. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Run a design's scenario (workload and faults) in the deterministic simulator and print a summary:"
                    + " events, messages sent, delivered and dropped, and per component throughput and latency.",
            "The same file, seed and length always give the same trace, byte for byte.",
            "Exit code 0 on success, 1 when the file is invalid or an output cannot be written, 2 for bad usage."
        })
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The design file (*.dsw.json).")
    Path file;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed for the run's randomness (default: the scenario's seed).")
    Long seed;

    @Option(
            names = "--until",
            paramLabel = "DURATION",
            description = "Virtual time to run, such as 500ms, 20s or 5m (default: the scenario's run length).")
    String until;

    @Option(
            names = "--trace",
            paramLabel = "OUT.jsonl",
            description = "Write the trace as JSON Lines (the format is in docs/trace-format.md).")
    Path trace;

    @Option(
            names = "--shiviz",
            paramLabel = "OUT.log",
            description = "Write the trace as a log that ShiViz (the space-time diagram viewer) opens unchanged"
                    + " with its file upload.")
    Path shiviz;

    @Option(
            names = "--history",
            paramLabel = "OUT",
            description = "Write the clients' history (every read and write with its answer) for ./dsw check-history"
                    + " or Jepsen's checkers.")
    Path history;

    @Option(
            names = "--history-format",
            paramLabel = "FORMAT",
            description = "dsw, edn or jepsen-log (default: from the extension of --history: .edn, .log/.txt, else"
                    + " dsw).")
    String historyFormat;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long length = -1;
        if (until != null) {
            length = parseLength(until);
        }
        HistoryFormat chosen = historyFormat();
        for (Path output : new Path[] {trace, shiviz, history}) {
            if (output != null
                    && output.toAbsolutePath()
                            .normalize()
                            .equals(file.toAbsolutePath().normalize())) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), output + ": an output file must not overwrite the design file");
            }
        }
        Design design;
        try {
            design = DesignFiles.read(file).design();
        } catch (DesignFileException e) {
            err.println(e.getMessage());
            err.flush();
            return Cli.FAILED;
        }
        Scenario scenario = design.scenario();
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        if (length > 0) {
            scenario = scenario.withDuration(length);
        }
        if (scenario.workload().isEmpty()) {
            err.println(file + ": warning: the scenario has no workload, so no client sends requests;"
                    + " only faults will show in the trace");
        }
        Simulation simulation = Simulation.of(design, scenario);
        long started = System.nanoTime();
        simulation.runToEnd(new ConsoleProgress(err, started));
        double seconds = (System.nanoTime() - started) / 1e9;
        RunSummary summary = RunSummary.of(design, simulation.trace(), scenario.duration());
        out.println(file + ": \"" + design.name() + "\", seed " + scenario.seed() + ", "
                + Micros.humanize(scenario.duration()) + " of virtual time");
        out.println("Events: " + SummaryText.count(summary.events()) + " in the trace ("
                + SummaryText.count(simulation.kernelEvents()) + " kernel events) in "
                + String.format(Locale.ROOT, "%.2f", seconds) + " s");
        SummaryText.print(summary, out);
        ConvergenceChecker.check(simulation.trace())
                .ifPresent(replicas -> out.println("Replicas: " + replicas.sentence()));
        int exit = Cli.OK;
        if (trace != null) {
            exit = Math.max(exit, save(trace, o -> TraceJson.write(simulation.trace(), o), "trace", out, err));
        }
        if (shiviz != null) {
            exit = Math.max(exit, save(shiviz, o -> ShivizLog.write(simulation.trace(), o), "ShiViz log", out, err));
        }
        if (history != null) {
            RunHistory.Recorded recorded = RunHistory.of(simulation.trace());
            out.println("History: "
                    + SummaryText.count(recorded.history().operations().size()) + " operations"
                    + (recorded.skippedKeys().isEmpty()
                            ? ""
                            : " (keys left out because they were incremented: " + keys(recorded) + ")"));
            exit = Math.max(
                    exit,
                    save(
                            history,
                            o -> {
                                Writer writer = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                                HistoryWriter.write(recorded.history(), chosen, writer);
                                writer.flush();
                            },
                            chosen.cliName() + " history",
                            out,
                            err));
        }
        out.flush();
        err.flush();
        return exit;
    }

    private static String keys(RunHistory.Recorded recorded) {
        return recorded.skippedKeys().stream().map(k -> "k" + k).collect(Collectors.joining(", "));
    }

    private HistoryFormat historyFormat() {
        if (historyFormat == null) {
            return history == null ? HistoryFormat.DSW : HistoryFormat.guess(history);
        }
        return HistoryFormat.named(historyFormat)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "--history-format: " + historyFormat + " is none of dsw, edn, jepsen-log"));
    }

    private static int save(Path file, AtomicFiles.Content content, String what, PrintWriter out, PrintWriter err) {
        try {
            AtomicFiles.write(file, content);
            out.println("Wrote the " + what + " to " + file);
            return Cli.OK;
        } catch (IOException e) {
            err.println(file + ": cannot write the " + what + ": " + describe(e));
            return Cli.FAILED;
        }
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

    private long parseLength(String text) {
        long value;
        try {
            value = Micros.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--until: " + e.getMessage());
        }
        if (value <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--until: the run length must be above zero");
        }
        return value;
    }

    /** Reports progress on the error stream about once a second, for long runs on a terminal. */
    private static final class ConsoleProgress implements RunMonitor {
        private final PrintWriter err;
        private final boolean terminal = System.console() != null;
        private long lastReport;

        ConsoleProgress(PrintWriter err, long started) {
            this.err = err;
            this.lastReport = started;
        }

        @Override
        public void progress(long now, long end, int events) {
            if (!terminal) {
                return;
            }
            long wall = System.nanoTime();
            if (wall - lastReport >= 1_000_000_000L) {
                lastReport = wall;
                err.printf(
                        Locale.ROOT,
                        "\rsimulating: %s of %s, %,d events   ",
                        Micros.humanize(now),
                        Micros.humanize(end),
                        events);
                err.flush();
            }
        }
    }
}
