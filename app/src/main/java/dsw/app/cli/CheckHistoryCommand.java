package dsw.app.cli;

import dsw.model.value.Micros;
import dsw.simulation.check.Cancellation;
import dsw.simulation.check.CheckResult;
import dsw.simulation.check.ClientHistory;
import dsw.simulation.check.ConsistencyChecker;
import dsw.simulation.check.HistoryFormat;
import dsw.simulation.check.HistoryFormatException;
import dsw.simulation.check.Model;
import dsw.simulation.check.Models;
import dsw.simulation.check.Operation;
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

/** {@code dsw check-history FILE}: says whether a recorded client history keeps a consistency promise, and why not. */
@Command(
        name = "check-history",
        mixinStandardHelpOptions = true,
        description = {
            "Check whether a client history (Jepsen/Knossos EDN, a Jepsen log, or dsw JSON Lines) keeps a"
                    + " consistency promise for a model, and explain a violation.",
            "Exit code 0 kept, 1 broken, 2 an unreadable file or bad usage, 3 unknown (the timeout passed first, or"
                    + " the history cannot tell, as when written values repeat)."
        })
final class CheckHistoryCommand implements Callable<Integer> {
    static final int KEPT = 0;
    static final int VIOLATION = 1;
    static final int ERROR = 2;
    static final int UNKNOWN = 3;

    /** How many of the operations that cannot be ordered are printed. */
    private static final int SHOWN = 12;

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
            names = "--consistency",
            paramLabel = "PROMISE",
            defaultValue = "linearizable",
            description = "linearizable, sequential, causal, read-your-writes, monotonic-reads or eventual (default:"
                    + " ${DEFAULT-VALUE}).")
    String consistency;

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
        ConsistencyChecker checker = ConsistencyChecker.named(consistency)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--consistency: " + consistency + " is none of "
                                + String.join(", ", ConsistencyChecker.NAMES)));
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
        Optional<String> problem = checker.problem(history, found.get());
        if (problem.isPresent()) {
            err.println(file + ":" + problem.get().replaceFirst("^line ", ""));
            return ERROR;
        }
        long started = System.nanoTime();
        CheckResult result = checker.check(history, found.get(), Cancellation.after(budget));
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.println(file + ": " + verdict(checker, result, budget) + " (" + modelName + ", "
                + count(history.operations().size(), "operation") + ", " + count(result.parts(), "part") + ", "
                + count(result.configurations(), "configuration") + ") in " + millis + " ms");
        result.violation().ifPresent(violation -> explain(out, violation, found.get()));
        out.flush();
        return switch (result.verdict()) {
            case OK -> KEPT;
            case VIOLATION -> VIOLATION;
            case UNKNOWN -> UNKNOWN;
        };
    }

    private static String verdict(ConsistencyChecker checker, CheckResult result, Duration budget) {
        return switch (result.verdict()) {
            case OK -> checker.promise();
            case VIOLATION -> "NOT " + checker.promise();
            case UNKNOWN -> "unknown, "
                    + result.reason().orElse("the check passed its " + budget.toMillis() + " ms timeout");
        };
    }

    private static void explain(PrintWriter out, Violation violation, Model model) {
        out.println("  " + violation.sentence() + ".");
        List<Operation> operations = violation.operations();
        out.println("  " + (operations.size() == 1 ? "the operation" : "the " + operations.size() + " operations")
                + " that cannot be ordered"
                + (operations.size() > SHOWN ? ", the first " + SHOWN + ":" : ":"));
        for (Operation op : operations.subList(0, Math.min(SHOWN, operations.size()))) {
            out.println("    " + line(op, model));
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
