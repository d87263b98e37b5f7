package dsw.app.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.run.RunCursor;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.app.task.ManualTaskExecutor;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event log's state on a real run of the three-tier example (its primary database crashes at
 * 10 s, so later requests to it are dropped): rows up to the playback position, filters, search,
 * and the selection shared through the run cursor.
 */
class EventLogViewModelTest {
    private static Trace trace;

    private final RunCursor cursor = new RunCursor();
    private EventLogViewModel viewModel;

    @BeforeAll
    static void run() {
        Simulation simulation = Simulation.of(TestDesigns.example("three-tier-web.dsw.json"));
        simulation.runUntil(12 * Micros.PER_SECOND, RunMonitor.NONE);
        trace = simulation.trace();
    }

    @AfterEach
    void dispose() {
        if (viewModel != null) {
            viewModel.dispose();
        }
    }

    private EventLogViewModel open(int shown) {
        cursor.reset(trace);
        cursor.shownProperty().set(shown);
        viewModel = new EventLogViewModel(cursor, new ImmediateTaskExecutor());
        return viewModel;
    }

    private List<Integer> rows() {
        return new ArrayList<>(viewModel.rows());
    }

    private static List<Integer> seqs(int below, java.util.function.IntPredicate keep) {
        List<Integer> seqs = new ArrayList<>();
        for (int seq = 0; seq < below; seq++) {
            if (keep.test(seq)) {
                seqs.add(seq);
            }
        }
        return seqs;
    }

    @Test
    void onlyTheEventsThatHappenedAreListedGrowingAndShrinkingWithPlayback() {
        open(0);
        assertThat(viewModel.rows()).isEmpty();

        cursor.shownProperty().set(500);
        assertThat(rows()).isEqualTo(seqs(500, seq -> true));

        cursor.shownProperty().set(trace.size() / 2);
        assertThat(viewModel.rows()).hasSize(trace.size() / 2);

        cursor.shownProperty().set(100);
        assertThat(rows()).isEqualTo(seqs(100, seq -> true));
    }

    @Test
    void showingLaterEventsListsEveryAvailableEventAndGreysTheFutureOnes() {
        open(100);
        viewModel.showAllProperty().set(true);

        assertThat(viewModel.rows()).hasSize(trace.size());
        assertThat(viewModel.styleClasses(99)).doesNotContain(EventLogStyle.FUTURE_STYLE_CLASS);
        assertThat(viewModel.styleClasses(100)).contains(EventLogStyle.FUTURE_STYLE_CLASS);

        viewModel.showAllProperty().set(false);
        assertThat(viewModel.rows()).hasSize(100);
    }

    @Test
    void theTypeFilterListsOnlyDropsAndMarksThem() {
        open(trace.size());
        viewModel.showOnly(EventType.DROP);

        List<Integer> drops = seqs(trace.size(), seq -> trace.type(seq) == EventType.DROP);
        assertThat(drops).as("the primary's crash drops requests").isNotEmpty();
        assertThat(rows()).isEqualTo(drops);
        assertThat(viewModel.styleClasses(drops.get(0))).contains(EventLogStyle.DROP_STYLE_CLASS);
        assertThat(viewModel.text(EventLogColumn.DETAIL, drops.get(0))).startsWith("dropped (");

        viewModel.showAllTypes();
        assertThat(viewModel.rows()).hasSize(trace.size());
    }

    @Test
    void theCrashAndTheDropsAfterItAreMarked() {
        open(trace.size());
        int crash =
                seqs(trace.size(), seq -> trace.type(seq) == EventType.CRASH).get(0);

        assertThat(viewModel.text(EventLogColumn.PROCESS, crash)).isEqualTo("db-primary");
        assertThat(viewModel.text(EventLogColumn.TIME, crash)).isEqualTo("10.000000 s");
        assertThat(viewModel.styleClasses(crash)).contains(EventLogStyle.CRASH_STYLE_CLASS);
    }

    @Test
    void theProcessFilterListsAComponentsEventsAndTheDropsOfItsMessages() {
        open(trace.size());
        viewModel.processFilterProperty().set("db-primary");
        int primary = trace.header().indexOf("db-primary");

        List<Integer> expected = seqs(trace.size(), seq -> {
            int msg = trace.message(seq);
            return trace.process(seq) == primary
                    || (trace.type(seq) == EventType.DROP
                            && (trace.messageTo(msg) == primary || trace.messageFrom(msg) == primary));
        });
        assertThat(rows()).isEqualTo(expected);
        assertThat(viewModel.processChoices()).contains("", "db-primary", "web", "web#1");

        viewModel.processFilterProperty().set("web#2");
        int web2 = trace.header().indexOf("web#2");
        assertThat(rows()).isNotEmpty().allSatisfy(seq -> assertThat(trace.process(seq))
                .isIn(web2, -1));
    }

    @Test
    void theSearchCountsMatchesAndStepsThroughThem() {
        open(trace.size());
        viewModel.searchTextProperty().set("DB-PRIMARY");

        List<Integer> expected = seqs(trace.size(), seq -> matchesText(seq, "db-primary"));
        assertThat(viewModel.matchCountProperty().get()).isEqualTo(expected.size() + " matches");

        viewModel.nextMatch();
        assertThat(cursor.selected()).isEqualTo(expected.get(0));
        assertThat(viewModel.matchCountProperty().get()).isEqualTo("1 of " + expected.size());
        viewModel.nextMatch();
        assertThat(cursor.selected()).isEqualTo(expected.get(1));
        viewModel.previousMatch();
        viewModel.previousMatch();
        assertThat(cursor.selected())
                .as("previous from the first wraps to the last")
                .isEqualTo(expected.get(expected.size() - 1));
        assertThat(viewModel.styleClasses(expected.get(0))).contains(EventLogStyle.MATCH_STYLE_CLASS);
    }

    @Test
    void theSearchFindsAMessageByIdAndAFaultByItsText() {
        open(trace.size());
        int msg = trace.message(2000);
        viewModel.searchTextProperty().set("m" + msg);
        viewModel.nextMatch();
        assertThat(trace.message(cursor.selected())).isEqualTo(msg);

        viewModel.searchTextProperty().set("receiver crashed-no-such-text");
        assertThat(viewModel.matchCountProperty().get()).isEqualTo("No matches");

        viewModel.searchTextProperty().set("(crash)");
        assertThat(viewModel.matchCountProperty().get()).doesNotStartWith("No");
        viewModel.nextMatch();
        assertThat(trace.type(cursor.selected())).isEqualTo(EventType.DROP);
    }

    /** What the search promises: process, sender, receiver, label, kind, id, detail, ignoring case. */
    private static boolean matchesText(int seq, String query) {
        List<String> texts = new ArrayList<>();
        int p = trace.process(seq);
        texts.add(
                p >= 0 ? trace.header().processName(p) : trace.type(seq) == EventType.DROP ? "network" : "environment");
        int msg = trace.message(seq);
        if (msg >= 0) {
            texts.add(trace.header().processName(trace.messageFrom(msg)));
            texts.add(trace.header().processName(trace.messageTo(msg)));
            texts.add(trace.messageLabel(msg));
            texts.add(trace.messageKind(msg).wireName());
        }
        texts.add(EventText.detail(trace, seq));
        return texts.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(query));
    }

    @Test
    void selectingARowSelectsItsEventEverywhereAndASelectionElsewhereFindsItsRow() {
        open(trace.size());
        viewModel.showOnly(EventType.RECEIVE);

        viewModel.selectRow(3);
        assertThat(cursor.selected()).isEqualTo(viewModel.rows().get(3));
        assertThat(trace.type(cursor.selected())).isEqualTo(EventType.RECEIVE);

        int receive = viewModel.rows().get(40);
        cursor.selectedProperty().set(receive);
        assertThat(viewModel.selectedRowProperty().get()).isEqualTo(40);
        assertThat(viewModel.noteProperty().get()).isEmpty();
    }

    @Test
    void aSelectedEventThatIsNotListedIsExplained() {
        open(1000);
        viewModel.showOnly(EventType.RECEIVE);
        int send = seqs(1000, seq -> trace.type(seq) == EventType.SEND).get(0);

        cursor.selectedProperty().set(send);
        assertThat(viewModel.selectedRowProperty().get()).isEqualTo(-1);
        assertThat(viewModel.noteProperty().get()).isEqualTo("Event #" + send + " is hidden by the filters.");

        cursor.selectedProperty().set(5000);
        assertThat(viewModel.noteProperty().get()).isEqualTo("Event #5000 happens after the playback position.");

        cursor.shownProperty().set(6000);
        viewModel.showAllTypes();
        assertThat(viewModel.selectedRowProperty().get())
                .as("listed once playback reaches it")
                .isEqualTo(5000);
        assertThat(viewModel.noteProperty().get()).isEmpty();
    }

    @Test
    void aGrowingTraceIsFilteredWhereItGrew() {
        Simulation simulation = Simulation.of(TestDesigns.example("three-tier-web.dsw.json"));
        simulation.runUntil(Micros.PER_SECOND, RunMonitor.NONE);
        Trace growing = simulation.trace();
        cursor.reset(growing);
        viewModel = new EventLogViewModel(cursor, new ImmediateTaskExecutor());
        viewModel.showOnly(EventType.SEND);
        viewModel.showAllProperty().set(true);
        int before = viewModel.rows().size();

        simulation.runUntil(2 * Micros.PER_SECOND, RunMonitor.NONE);
        cursor.availableProperty().set(growing.size());

        assertThat(viewModel.rows().size()).isGreaterThan(before);
        assertThat(rows()).isEqualTo(seqs(growing.size(), seq -> growing.type(seq) == EventType.SEND));
    }

    @Test
    void onlyTheLatestFilterIsAppliedAndTheOldRowsStayUntilItIsReady() {
        cursor.reset(trace);
        cursor.shownProperty().set(trace.size());
        ManualTaskExecutor executor = new ManualTaskExecutor();
        viewModel = new EventLogViewModel(cursor, executor);
        executor.runAll();
        assertThat(viewModel.rows()).hasSize(trace.size());

        viewModel.showOnly(EventType.SEND);
        viewModel.showOnly(EventType.CRASH);
        assertThat(viewModel.busyProperty().get()).isTrue();
        assertThat(viewModel.rows()).hasSize(trace.size());

        executor.runAll();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(rows()).isEqualTo(seqs(trace.size(), seq -> trace.type(seq) == EventType.CRASH));
    }

    @Test
    void theVectorClockColumnShowsTheClockOnceComputed() {
        cursor.reset(trace);
        cursor.shownProperty().set(trace.size());
        ManualTaskExecutor executor = new ManualTaskExecutor();
        viewModel = new EventLogViewModel(cursor, executor);
        int receive =
                seqs(trace.size(), seq -> trace.type(seq) == EventType.RECEIVE).get(10);
        assertThat(viewModel.text(EventLogColumn.CLOCK, receive)).isEqualTo("…");

        executor.runAll();
        String process = trace.header().processName(trace.process(receive));
        String sender = trace.header().processName(trace.messageFrom(trace.message(receive)));
        assertThat(viewModel.text(EventLogColumn.CLOCK, receive))
                .contains(process + ":")
                .contains(sender + ":");
        assertThat(viewModel.text(EventLogColumn.LAMPORT, receive)).isEqualTo(Long.toString(trace.lamport(receive)));
    }
}
