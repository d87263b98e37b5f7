package dsw.app.consistency;

import dsw.app.run.MarkedEvents;
import dsw.app.run.RunCursor;
import dsw.app.task.TaskExecutor;
import dsw.model.Design;
import dsw.model.pattern.ConsistencyModel;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import dsw.simulation.check.Cancellation;
import dsw.simulation.check.CheckResult;
import dsw.simulation.check.ClientHistory;
import dsw.simulation.check.ConvergenceChecker;
import dsw.simulation.check.Keyword;
import dsw.simulation.check.Operation;
import dsw.simulation.check.RunHistory;
import dsw.simulation.check.Verdict;
import dsw.simulation.check.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Consistency tab: checks the run's client history against the promise the design states
 * (linearizability when it states none), off the UI thread and cancellable, with a time limit
 * after which the answer is "unknown". For an eventual promise it also compares what the replicas
 * held at the end of the run, and reports both. A violation's operations are marked on the {@link
 * RunCursor}, so the space-time diagram and the event log point at them; choosing one selects its
 * answer. FX thread only.
 */
public final class ConsistencyViewModel {
    /** How long a check may take before it answers "unknown". */
    static final Duration LIMIT = Duration.ofSeconds(10);

    /** Where the panel is. */
    public enum State {
        /** Nothing checked for this run yet. */
        IDLE,
        CHECKING,
        /** The history kept the promise. */
        KEPT,
        /** The history broke it; the operations are listed. */
        BROKEN,
        /** Cancelled or out of time: no answer. */
        UNKNOWN,
        /** The check could not run (for example no run, or an error). */
        FAILED
    }

    /** What a finished check found. */
    private record Outcome(
            ClientHistory history,
            CheckResult result,
            Optional<ConvergenceChecker.Convergence> convergence,
            ConsistencyModel promise,
            long nanos,
            int skippedKeys,
            long upTo) {}

    /** {@code upTo} of a check of the whole run; otherwise the playback time the check stopped at. */
    private static final long WHOLE_RUN = -1;

    private final RunCursor cursor;
    private final TaskExecutor executor;
    private final Supplier<Optional<Design>> design;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "sentence", "");
    private final ObservableList<Operation> operations = FXCollections.observableArrayList();
    private final ObservableList<Operation> operationsView = FXCollections.unmodifiableObservableList(operations);
    private final InvalidationListener traceChanged = obs -> forget();
    private AtomicBoolean cancel = new AtomicBoolean();
    private long generation;

    public ConsistencyViewModel(RunCursor cursor, TaskExecutor executor, Supplier<Optional<Design>> design) {
        this.cursor = cursor;
        this.executor = executor;
        this.design = design;
        cursor.traceProperty().addListener(traceChanged);
        forget();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One line: what is checked, or the verdict with the figures. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** For a violation, the sentence that explains it; empty otherwise. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** The operations that cannot be ordered, for a violation; empty otherwise. */
    public ObservableList<Operation> operations() {
        return operationsView;
    }

    /**
     * Checks the run as far as it has been played (the events shown at the playback position), so a
     * check during a run judges what has happened so far; at the end of the run, the whole run. A
     * check already running is cancelled first.
     */
    public void check() {
        Trace trace = cursor.trace();
        Optional<Design> current = design.get();
        if (trace == null || current.isEmpty()) {
            state.set(State.FAILED);
            headline.set("Run the design first: the check reads the clients' history of a run.");
            return;
        }
        cancel();
        ConsistencyModel promise = PromiseCheck.toCheck(current.get());
        AtomicBoolean flag = new AtomicBoolean();
        cancel = flag;
        long mine = ++generation;
        clearResult();
        state.set(State.CHECKING);
        headline.set("Checking " + PromiseCheck.words(promise) + "…");
        Cancellation deadline = Cancellation.after(LIMIT);
        int events = cursor.shown();
        long upTo = events < trace.size() ? cursor.time() : WHOLE_RUN;
        executor.execute(
                () -> {
                    long start = System.nanoTime();
                    RunHistory.Recorded recorded = RunHistory.of(trace, events);
                    CheckResult result = PromiseCheck.check(
                            trace, recorded.history(), promise, () -> flag.get() || deadline.cancelled());
                    return new Outcome(
                            recorded.history(),
                            result,
                            upTo == WHOLE_RUN ? PromiseCheck.convergence(trace, promise) : Optional.empty(),
                            promise,
                            System.nanoTime() - start,
                            recorded.skippedKeys().size(),
                            upTo);
                },
                outcome -> {
                    if (mine != generation) {
                        return;
                    }
                    if (flag.get()) {
                        state.set(State.UNKNOWN);
                        headline.set("Unknown: the check was cancelled before it answered.");
                    } else {
                        show(outcome);
                    }
                },
                failure -> {
                    if (mine == generation) {
                        state.set(State.FAILED);
                        headline.set("The check failed: " + failure.getMessage());
                    }
                });
    }

    /** Stops a running check; it answers "unknown". */
    public void cancel() {
        cancel.set(true);
    }

    /** Selects the event that ended {@code op} (or began it, when it never ended) in every run view. */
    public void select(Operation op) {
        cursor.selectedProperty()
                .set(op.completedAt() == Long.MAX_VALUE ? (int) op.invokedAt() : (int) op.completedAt());
    }

    /** A row of the list: who, what, and how it ended. */
    public static String describe(Operation op) {
        return op.process() + ": " + op.function() + " " + show(op.argument()) + " → "
                + switch (op.completion()) {
                    case OK -> op.function().equals("get") ? answered(op.result()) : "ok";
                    case FAIL -> "failed";
                    case OPEN -> "no answer (may have happened)";
                };
    }

    /** What a read returned: the value alone. */
    private static String answered(Object result) {
        return result instanceof List<?> pair && pair.size() == 2 ? show(pair.get(1)) : show(result);
    }

    private static String show(Object value) {
        if (value instanceof List<?> pair && pair.size() == 2) {
            return "k" + pair.get(0) + (pair.get(1) == null ? "" : " = " + show(pair.get(1)));
        }
        return value instanceof Keyword keyword ? keyword.name() : String.valueOf(value);
    }

    private void show(Outcome outcome) {
        CheckResult result = outcome.result();
        Optional<ConvergenceChecker.Convergence> convergence = outcome.convergence();
        int count = outcome.history().operations().size();
        String figures = (outcome.upTo() == WHOLE_RUN ? "" : "up to " + Micros.humanize(outcome.upTo()) + ", ")
                + Text.count(count, "operation")
                + (outcome.skippedKeys() == 0
                        ? ""
                        : ", " + Text.count(outcome.skippedKeys(), "incremented key") + " left out")
                + String.format(Locale.ROOT, ", %.0f ms", outcome.nanos() / 1e6);
        String promise = PromiseCheck.words(outcome.promise()) + (outcome.upTo() == WHOLE_RUN ? "" : " so far");
        Verdict verdict = convergence.map(c -> c.with(result.verdict())).orElse(result.verdict());
        convergence.ifPresent(c -> sentence.set(bothParts(result, c)));
        switch (verdict) {
            case OK -> {
                state.set(State.KEPT);
                headline.set("Kept " + promise + " (" + figures + ")");
            }
            case VIOLATION -> {
                state.set(State.BROKEN);
                headline.set("Broke " + promise + " (" + figures + ")");
                Optional<Violation> violation = result.violation();
                if (violation.isPresent()) {
                    if (convergence.isEmpty()) {
                        sentence.set(violation.get().sentence());
                    }
                    operations.setAll(violation.get().operations());
                    mark(
                            violation.get().operations().stream()
                                    .flatMapToInt(op -> IntStream.of(
                                            (int) op.invokedAt(),
                                            op.completedAt() == Long.MAX_VALUE ? -1 : (int) op.completedAt()))
                                    .toArray(),
                            "operations that broke " + promise);
                } else {
                    mark(
                            convergence.orElseThrow().events().stream()
                                    .mapToInt(Integer::intValue)
                                    .toArray(),
                            "replicas that disagree at the end of the run");
                }
            }
            default -> {
                state.set(State.UNKNOWN);
                headline.set(convergence
                        .filter(c -> c.verdict() == Verdict.UNKNOWN)
                        .map(c -> "Unknown: " + c.sentence() + " (" + figures + ")")
                        .or(() -> result.reason().map(reason -> "Unknown: " + reason + " (" + figures + ")"))
                        .orElse("Unknown: the check stopped before it could decide " + promise + " (" + figures
                                + "); a timeout never gives a wrong answer"));
            }
        }
    }

    /** For eventual consistency: what the clients' late reads found, then what the replicas held. */
    private static String bothParts(CheckResult reads, ConvergenceChecker.Convergence replicas) {
        String late =
                switch (reads.verdict()) {
                    case OK -> "every read after the writes to its key stopped returned the same value";
                    case VIOLATION -> reads.violation().orElseThrow().sentence();
                    case UNKNOWN -> reads.reason().orElse("the check of the reads stopped before it could decide");
                };
        return "Reads: " + late + ".\nReplicas: " + replicas.sentence() + ".";
    }

    private void mark(int[] seqs, String why) {
        cursor.markedProperty().set(new MarkedEvents(seqs, why));
    }

    private void clearResult() {
        sentence.set("");
        operations.clear();
        if (!cursor.marked().isEmpty()) {
            cursor.markedProperty().set(MarkedEvents.NONE);
        }
    }

    /** A new run: the last result no longer applies. */
    private void forget() {
        cancel();
        generation++;
        clearResult();
        state.set(State.IDLE);
        headline.set(design.get()
                .map(d -> "Check whether this run kept "
                        + PromiseCheck.promised(d)
                                .map(PromiseCheck::words)
                                .orElse("linearizability (no component states a promise)")
                        + ".")
                .orElse(""));
    }

    public void dispose() {
        cursor.traceProperty().removeListener(traceChanged);
        cancel();
        generation++;
    }
}
