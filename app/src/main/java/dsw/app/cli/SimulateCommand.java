package dsw.app.cli;

import dsw.model.Design;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import dsw.model.scenario.Scenario;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import dsw.simulation.metrics.RunSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long length = -1;
        if (until != null) {
            length = parseLength(until);
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
        out.flush();
        err.flush();
        return Cli.OK;
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
