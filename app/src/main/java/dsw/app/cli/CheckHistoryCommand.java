package dsw.app.cli;

import dsw.model.value.Micros;
import dsw.simulation.check.Cancellation;
import dsw.simulation.check.CheckResult;
import dsw.simulation.check.ClientHistory;
import dsw.simulation.check.HistoryFormat;
import dsw.simulation.check.HistoryFormatException;
import dsw.simulation.check.LinearizabilityChecker;
import dsw.simulation.check.Model;
import dsw.simulation.check.Models;
import dsw.simulation.check.Operation;
import dsw.simulation.check.Verdict;
import dsw.simulation.check.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dsw check-history FILE}: says whether a recorded client history is linearizable, and why not. */
@Command(
        name = "check-history",
        mixinStandardHelpOptions = true,
        description = {
            "Check whether a client history (Jepsen/Knossos EDN, a Jepsen log, or dsw JSON Lines) is linearizable"
                    + " for a model, and explain a violation.",
            "Exit code 0 linearizable, 1 not linearizable, 2 an unreadable file or bad usage, 3 unknown (the"
                    + " timeout passed first)."
        })
final class CheckHistoryCommand implements Callable<Integer> {
    static final int LINEARIZABLE = 0;
    static final int VIOLATION = 1;
    static final int ERROR = 2;
    static final int UNKNOWN = 3;

    /** How many of the ordered operations before the stuck one are printed. */
    private static final int SHOWN = 8;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The history file.")
    Path file;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            description = "register, cas-register, mutex, multi-register or kv (default: guessed from the functions"
                    + " the history uses).")
    String model;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "dsw, edn or jepsen-log (default: from the extension: .edn, .log/.txt, else dsw).")
    String format;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "10s",
            description = "Give up with \"unknown\" after this long, such as 500ms or 2m (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration budget = budget();
        HistoryFormat chosen = format == null ? HistoryFormat.guess(file) : format();
        ClientHistory history;
        try {
            history = chosen.read(file);
        } catch (HistoryFormatException e) {
            err.println(e.getMessage());
            return ERROR;
        }
        String modelName = model == null ? Models.guess(history) : model;
        Optional<Model> found = Models.named(modelName, history.initial());
        if (found.isEmpty()) {
            err.println(file + ": model " + modelName + " is none of " + String.join(", ", Models.NAMES));
            return ERROR;
        }
        Optional<String> problem = LinearizabilityChecker.problem(history, found.get());
        if (problem.isPresent()) {
            err.println(file + ":" + problem.get().replaceFirst("^line ", ""));
            return ERROR;
        }
        long started = System.nanoTime();
        CheckResult result = LinearizabilityChecker.check(history, found.get(), Cancellation.after(budget));
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.println(file + ": " + verdict(result.verdict(), budget) + " (" + modelName + ", "
                + count(history.operations().size(), "operation") + ", " + count(result.parts(), "part") + ", "
                + count(result.configurations(), "configuration") + ") in " + millis + " ms");
        result.violation().ifPresent(violation -> explain(out, violation, found.get()));
        out.flush();
        return switch (result.verdict()) {
            case OK -> LINEARIZABLE;
            case VIOLATION -> VIOLATION;
            case UNKNOWN -> UNKNOWN;
        };
    }

    private static String verdict(Verdict verdict, Duration budget) {
        return switch (verdict) {
            case OK -> "linearizable";
            case VIOLATION -> "NOT linearizable";
            case UNKNOWN -> "unknown, the check passed its " + budget.toMillis() + " ms timeout";
        };
    }

    private static void explain(PrintWriter out, Violation violation, Model model) {
        out.println("  " + violation.sentence() + ".");
        List<Operation> ordered = violation.ordered();
        out.println("  " + count(ordered.size(), "operation") + " can be ordered"
                + (ordered.size() > SHOWN ? "; the last " + SHOWN + ":" : ":"));
        for (Operation op : ordered.subList(Math.max(0, ordered.size() - SHOWN), ordered.size())) {
            out.println("    " + line(op, model));
        }
        out.println("  then this one cannot:");
        out.println("    " + line(violation.stuck(), model));
        if (!violation.concurrent().isEmpty()) {
            out.println("  concurrent with it: " + count(violation.concurrent().size(), "operation") + ", first "
                    + line(violation.concurrent().get(0), model));
        }
    }

    /** "1 part", "3 parts". */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String line(Operation op, Model model) {
        return (op.line() > 0 ? "line " + op.line() + ": " : "") + model.describe(op) + " (" + op.who() + ", "
                + op.completion().name().toLowerCase(Locale.ROOT) + ")";
    }

    private HistoryFormat format() {
        return HistoryFormat.named(format)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "--format: " + format + " is none of dsw, edn, jepsen-log"));
    }

    private Duration budget() {
        long micros;
        try {
            micros = Micros.parse(timeout);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout: " + e.getMessage());
        }
        if (micros <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout: must be above zero");
        }
        return Duration.ofNanos(micros * 1000);
    }
}
