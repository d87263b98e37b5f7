package dsw.app.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.run.RunCursor;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pattern decisions in the event log: named in the type column and listed alone on request. */
class EventLogDecisionsTest {
    private final RunCursor cursor = new RunCursor();
    private EventLogViewModel viewModel;
    private int retry;
    private int open;

    @AfterEach
    void dispose() {
        if (viewModel != null) {
            viewModel.dispose();
        }
    }

    private void open() {
        Trace trace = new Trace(new TraceHeader(
                1,
                "t",
                List.of(new ProcessInfo("web", "web", "service", 1), new ProcessInfo("api", "api", "service", 1)),
                List.of()));
        trace.append(10, EventType.LOCAL, 0, -1, 1, 10, DropReason.NONE, "cache warmed");
        retry = trace.append(20, EventType.LOCAL, 0, -1, 2, 20, DropReason.NONE, Decision.RETRY, "retry 2 of 3 to api");
        trace.append(30, EventType.CRASH, 1, -1, 1, 30, DropReason.NONE, null);
        open = trace.append(
                40,
                EventType.LOCAL,
                0,
                -1,
                3,
                40,
                DropReason.NONE,
                Decision.BREAKER_OPEN,
                "breaker open for api: 3 of 5 failed");
        trace.publish();
        cursor.reset(trace);
        cursor.shownProperty().set(trace.size());
        viewModel = new EventLogViewModel(cursor, new ImmediateTaskExecutor());
    }

    @Test
    void theTypeColumnNamesTheDecision() {
        open();
        assertThat(viewModel.text(EventLogColumn.TYPE, retry)).isEqualTo("retry");
        assertThat(viewModel.text(EventLogColumn.TYPE, open)).isEqualTo("breaker open");
        assertThat(viewModel.text(EventLogColumn.TYPE, 0))
                .as("an ordinary local event")
                .isEqualTo("local");
        assertThat(viewModel.text(EventLogColumn.TYPE, 2)).isEqualTo("crash");
    }

    @Test
    void theDecisionsFilterListsOnlyDecisionsAndCanBeUndone() {
        open();
        assertThat(rows()).containsExactly(0, 1, 2, 3);
        viewModel.decisionsOnlyProperty().set(true);
        assertThat(rows()).containsExactly(retry, open);
        viewModel.processFilterProperty().set("api");
        assertThat(rows()).as("api decided nothing").isEmpty();
        viewModel.processFilterProperty().set("");
        viewModel.decisionsOnlyProperty().set(false);
        assertThat(rows()).containsExactly(0, 1, 2, 3);
    }

    private List<Integer> rows() {
        return new ArrayList<>(viewModel.rows());
    }
}
