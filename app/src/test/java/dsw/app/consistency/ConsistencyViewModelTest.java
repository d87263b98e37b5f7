package dsw.app.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.run.MarkedEvents;
import dsw.app.run.RunCursor;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.app.task.ManualTaskExecutor;
import dsw.model.Design;
import dsw.model.pattern.ComponentPatterns;
import dsw.model.pattern.ConsistencyModel;
import dsw.model.pattern.Replication;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.ReplicaState;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Consistency tab's logic on hand-built runs: a read that misses a completed write breaks
 * linearizability and its operations are marked for every run view; a history without one keeps
 * it; a new run forgets the marks; a cancelled check says unknown.
 */
class ConsistencyViewModelTest {
    private static final int CLIENT = 0;
    private static final int DB = 1;

    /** Client c writes k0 (request 0, value 0), then reads k0 and gets {@code readStatus} with {@code readValue}. */
    private static Trace run(Status readStatus, long readValue) {
        Trace trace = new Trace(new TraceHeader(
                1,
                "test",
                List.of(new ProcessInfo("c", "c", "client", 1), new ProcessInfo("db", "db", "database", 1)),
                List.of("c-db")));
        call(trace, 0, 0, Operation.WRITE, 0, Status.OK, Trace.NO_VALUE);
        call(trace, 100, 1, Operation.READ, Trace.NO_VALUE, readStatus, readValue);
        trace.publish();
        return trace;
    }

    /** One request of client c to db and its answer: four events. */
    private static void call(Trace trace, long at, int request, Operation op, long written, Status status, long read) {
        int ask = trace.addMessage(
                CLIENT, DB, 0, MessageKind.REQUEST, op, 0, Status.NONE, request, -1, 100, null, written);
        trace.append(at, EventType.SEND, CLIENT, ask, 1, at, DropReason.NONE, null);
        trace.append(at + 10, EventType.RECEIVE, DB, ask, 2, at + 10, DropReason.NONE, null);
        int answer = trace.addMessage(DB, CLIENT, 0, MessageKind.RESPONSE, op, 0, status, request, ask, 64, null, read);
        trace.append(at + 10, EventType.SEND, DB, answer, 3, at + 10, DropReason.NONE, null);
        trace.append(at + 20, EventType.RECEIVE, CLIENT, answer, 4, at + 20, DropReason.NONE, null);
    }

    /** Shows {@code trace} played to its end, as after Run to End. */
    private static void played(RunCursor cursor, Trace trace) {
        cursor.reset(trace);
        cursor.shownProperty().set(trace.size());
    }

    private static ConsistencyViewModel model(RunCursor cursor) {
        return new ConsistencyViewModel(cursor, new ImmediateTaskExecutor(), () -> Optional.of(TestDesigns.small()));
    }

    @Test
    void aReadThatMissesACompletedWriteBreaksLinearizabilityAndIsMarked() {
        RunCursor cursor = new RunCursor();
        played(cursor, run(Status.NOT_FOUND, Trace.NO_VALUE));
        ConsistencyViewModel model = model(cursor);

        model.check();

        assertThat(model.stateProperty().get()).isEqualTo(ConsistencyViewModel.State.BROKEN);
        assertThat(model.headlineProperty().get()).startsWith("Broke linearizability (2 operations");
        assertThat(model.sentenceProperty().get()).contains("get of 0 returned absent");
        assertThat(model.operations())
                .extracting(ConsistencyViewModel::describe)
                .containsExactly("c: put k0 = 0 → ok", "c: get k0 → absent");
        assertThat(cursor.marked().seqs())
                .as("the invocation and answer of both operations, as the space-time diagram and event log mark them")
                .containsExactly(0, 3, 4, 7);

        model.select(model.operations().get(1));
        assertThat(cursor.selected()).as("choosing the read selects its answer").isEqualTo(7);
    }

    @Test
    void aCheckDuringTheRunJudgesWhatHasHappenedSoFar() {
        RunCursor cursor = new RunCursor();
        cursor.reset(run(Status.NOT_FOUND, Trace.NO_VALUE));
        cursor.shownProperty().set(6);
        cursor.timeProperty().set(110);
        ConsistencyViewModel model = model(cursor);

        model.check();

        assertThat(model.stateProperty().get())
                .as("the stale answer has not arrived yet at 110 µs")
                .isEqualTo(ConsistencyViewModel.State.KEPT);
        assertThat(model.headlineProperty().get()).startsWith("Kept linearizability so far (up to 110µs, ");
        assertThat(cursor.marked().isEmpty()).isTrue();

        cursor.shownProperty().set(8);
        model.check();

        assertThat(model.stateProperty().get()).isEqualTo(ConsistencyViewModel.State.BROKEN);
        assertThat(model.headlineProperty().get()).startsWith("Broke linearizability (2 operations");
    }

    @Test
    void aReadOfTheWrittenValueKeepsIt() {
        RunCursor cursor = new RunCursor();
        played(cursor, run(Status.OK, 0));
        ConsistencyViewModel model = model(cursor);

        model.check();

        assertThat(model.stateProperty().get()).isEqualTo(ConsistencyViewModel.State.KEPT);
        assertThat(model.operations()).isEmpty();
        assertThat(cursor.marked()).isEqualTo(MarkedEvents.NONE);
    }

    @Test
    void aNewRunForgetsTheVerdictAndTheMarks() {
        RunCursor cursor = new RunCursor();
        played(cursor, run(Status.NOT_FOUND, Trace.NO_VALUE));
        ConsistencyViewModel model = model(cursor);
        model.check();

        played(cursor, run(Status.OK, 0));

        assertThat(model.stateProperty().get()).isEqualTo(ConsistencyViewModel.State.IDLE);
        assertThat(cursor.marked().isEmpty()).isTrue();
        assertThat(model.operations()).isEmpty();
    }

    @Test
    void aCancelledCheckSaysUnknownNeverAVerdict() {
        RunCursor cursor = new RunCursor();
        played(cursor, run(Status.NOT_FOUND, Trace.NO_VALUE));
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ConsistencyViewModel model = new ConsistencyViewModel(cursor, executor, () -> Optional.of(TestDesigns.small()));

        model.check();
        assertThat(model.stateProperty().get()).isEqualTo(ConsistencyViewModel.State.CHECKING);
        model.cancel();
        executor.runAll();

        assertThat(model.stateProperty().get()).isEqualTo(ConsistencyViewModel.State.UNKNOWN);
        assertThat(model.headlineProperty().get()).startsWith("Unknown: the check was cancelled");
    }

    /**
     * Client c writes k0 to db#1 and reads it back; at the end of the run (3 s) db#1 holds k0 and
     * db#2, its replica, holds {@code second}.
     */
    private static Trace replicated(Map<Integer, List<Long>> second) {
        Trace trace = new Trace(new TraceHeader(
                1,
                "test",
                List.of(
                        new ProcessInfo("c", "c", "client", 1),
                        new ProcessInfo("db#1", "db", "database", 1),
                        new ProcessInfo("db#2", "db", "database", 2)),
                List.of("c-db")));
        call(trace, 0, 0, Operation.WRITE, 0, Status.OK, Trace.NO_VALUE);
        call(trace, 100, 1, Operation.READ, Trace.NO_VALUE, Status.OK, 0);
        long end = 3_000_000;
        trace.appendState(
                end, DB, 5, end, "state", new ReplicaState(0, new TreeMap<>(Map.of(0, List.of(0L))), List.of()));
        trace.appendState(end, DB + 1, 1, end, "state", new ReplicaState(0, new TreeMap<>(second), List.of()));
        trace.publish();
        return trace;
    }

    private static ConsistencyViewModel eventual(RunCursor cursor) {
        Design small = TestDesigns.small();
        Design design = small.withComponents(small.components().stream()
                .map(c -> c.id().equals("db")
                        ? c.withPatterns(new ComponentPatterns(Replication.NONE, ConsistencyModel.EVENTUAL))
                        : c)
                .toList());
        return new ConsistencyViewModel(cursor, new ImmediateTaskExecutor(), () -> Optional.of(design));
    }

    @Test
    void anEventualPromiseIsBrokenWhenReplicasDisagreeAtTheEndEvenIfTheReadsAgreed() {
        RunCursor cursor = new RunCursor();
        played(cursor, replicated(Map.of()));
        ConsistencyViewModel model = eventual(cursor);

        model.check();

        assertThat(model.stateProperty().get()).isEqualTo(ConsistencyViewModel.State.BROKEN);
        assertThat(model.headlineProperty().get()).startsWith("Broke eventual consistency (2 operations");
        assertThat(model.sentenceProperty().get())
                .isEqualTo("Reads: every read after the writes to its key stopped returned the same value.\n"
                        + "Replicas: at the end of the run db#1 holds k0 = 0 but db#2 does not hold it.");
        assertThat(model.operations()).isEmpty();
        assertThat(cursor.marked().seqs())
                .as("the end-of-run states of both replicas")
                .containsExactly(8, 9);
    }

    @Test
    void anEventualPromiseIsKeptWhenReplicasAgree() {
        RunCursor cursor = new RunCursor();
        played(cursor, replicated(Map.of(0, List.of(0L))));
        ConsistencyViewModel model = eventual(cursor);

        model.check();

        assertThat(model.stateProperty().get()).isEqualTo(ConsistencyViewModel.State.KEPT);
        assertThat(model.sentenceProperty().get())
                .endsWith("Replicas: at the end of the run the 2 replicas of db held the same values of 1 key.");
    }

    @Test
    void withoutARunItSaysWhatToDo() {
        ConsistencyViewModel model = model(new RunCursor());

        model.check();

        assertThat(model.stateProperty().get()).isEqualTo(ConsistencyViewModel.State.FAILED);
        assertThat(model.headlineProperty().get()).startsWith("Run the design first");
    }
}
