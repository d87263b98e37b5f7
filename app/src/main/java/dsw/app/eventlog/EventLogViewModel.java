package dsw.app.eventlog;

import dsw.app.run.RunCursor;
import dsw.app.task.TaskExecutor;
import dsw.model.trace.EventType;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import dsw.model.trace.VectorClocks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The event log's state: the rows (the seqs of the events that pass the filters, up to the playback
 * position or, on request, up to the events available), the search's hits with next and previous,
 * the selection shared with every run view through the {@link RunCursor}, and the text of each
 * cell. Filtering, searching and vector clocks are computed off the FX thread through the {@link
 * TaskExecutor}; only the latest request's result is used, and a growing trace is scanned only
 * where it grew. FX thread only.
 */
public final class EventLogViewModel {
    private final RunCursor cursor;
    private final TaskExecutor executor;

    private final SeqList rows = new SeqList();
    private final ObservableList<Integer> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final Map<EventType, BooleanProperty> types = new EnumMap<>(EventType.class);
    private final StringProperty processFilter = new SimpleStringProperty(this, "processFilter", "");
    private final BooleanProperty decisionsOnly = new SimpleBooleanProperty(this, "decisionsOnly", false);
    private final ObservableList<String> processChoices = FXCollections.observableArrayList();
    private final ObservableList<String> processChoicesView = FXCollections.unmodifiableObservableList(processChoices);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll");
    private final ReadOnlyStringWrapper matchCount = new ReadOnlyStringWrapper(this, "matchCount", "");
    private final ReadOnlyIntegerWrapper selectedRow = new ReadOnlyIntegerWrapper(this, "selectedRow", -1);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyIntegerWrapper marks = new ReadOnlyIntegerWrapper(this, "marks");

    private final InvalidationListener traceListener = obs -> resetRun();
    private final InvalidationListener availableListener = obs -> {
        requestScan();
        requestClocks();
        updateRows();
    };
    private final InvalidationListener limitListener = obs -> updateRows();
    private final InvalidationListener markedListener = obs -> bumpMarks();
    private final InvalidationListener shownListener = obs -> {
        if (showAll.get()) {
            bumpMarks();
        }
        updateRows();
    };
    private final InvalidationListener selectedListener = obs -> updateSelection();
    private final InvalidationListener filterListener = obs -> filterChanged();
    private final InvalidationListener searchListener = obs -> searchChanged();

    /** Bumped by every new filter, search and run; workers compare to give up stale work. */
    private final AtomicLong latestFilter = new AtomicLong();

    private final AtomicLong latestSearch = new AtomicLong();
    private long runGeneration;
    private long filterGeneration;
    private long searchGeneration;
    private EventFilter filter = EventFilter.ALL;
    /** The matches of the current filter, or null until its first result. */
    private Seqs matches;
    /** The filter generation of the rows on screen. */
    private long rowsGeneration = -1;
    /** The search's hits among the matches, or null (no search, or not computed yet). */
    private Seqs hits;

    private boolean scanning;
    /** True while several types are ticked at once, which filters once at the end. */
    private boolean settingTypes;

    private boolean clocking;
    private ClockText clocks;

    public EventLogViewModel(RunCursor cursor, TaskExecutor executor) {
        this.cursor = cursor;
        this.executor = executor;
        for (EventType type : EventType.values()) {
            BooleanProperty on = new SimpleBooleanProperty(this, type.wireName(), true);
            on.addListener(filterListener);
            types.put(type, on);
        }
        processFilter.addListener(filterListener);
        decisionsOnly.addListener(filterListener);
        searchText.addListener(searchListener);
        showAll.addListener(limitListener);
        cursor.traceProperty().addListener(traceListener);
        cursor.availableProperty().addListener(availableListener);
        cursor.shownProperty().addListener(shownListener);
        cursor.selectedProperty().addListener(selectedListener);
        cursor.markedProperty().addListener(markedListener);
        resetRun();
    }

    // ---- what the view shows ----

    /** The rows: event seqs in increasing order. Read-only. */
    public ObservableList<Integer> rows() {
        return rowsView;
    }

    /** Whether events of {@code type} are listed. */
    public BooleanProperty typeProperty(EventType type) {
        return types.get(type);
    }

    /**
     * Whether only pattern decisions are listed: the local events that record a retry, a breaker
     * changing state, a request shed and the like (their type column names the decision).
     */
    public BooleanProperty decisionsOnlyProperty() {
        return decisionsOnly;
    }

    /** The component or process whose events are listed (drops of its messages included); "" for all. */
    public StringProperty processFilterProperty() {
        return processFilter;
    }

    /** "" (every process), then each component id, and each process id of a replicated component. */
    public ObservableList<String> processChoices() {
        return processChoicesView;
    }

    /** The search text: matched, ignoring case, against process, message label and id, and detail. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** When true, every available event is listed, the ones after the playback position greyed. */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /** "12 of 340", "340 matches", "No matches", or "" without a search. */
    public ReadOnlyStringProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** The row of the selected event, or -1 when nothing is selected or it is not listed. */
    public ReadOnlyIntegerProperty selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** Why the selected event is not listed (filters, playback position), or "". */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** True while the filters or the search are being applied. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Bumped when the vector clock cells may show other text (more clocks computed). */
    public ReadOnlyIntegerProperty clocksRevisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * Bumped when rows may need other {@link #styleClasses}: the search's hits changed, or the
     * playback position moved while later events are listed.
     */
    public ReadOnlyIntegerProperty marksRevisionProperty() {
        return marks.getReadOnlyProperty();
    }

    private void bumpMarks() {
        marks.set(marks.get() + 1);
    }

    /** The event of row {@code row}. */
    public int seqAt(int row) {
        return rows.seqAt(row);
    }

    /** The text of one cell. */
    public String text(EventLogColumn column, int seq) {
        Trace trace = cursor.trace();
        if (trace == null || seq < 0 || seq >= cursor.available()) {
            return "";
        }
        return switch (column) {
            case SEQ -> Integer.toString(seq);
            case TIME -> EventText.time(trace, seq);
            case PROCESS -> EventText.process(trace, seq);
            case TYPE -> EventText.type(trace, seq);
            case MESSAGE -> EventText.message(trace, seq);
            case ROUTE -> EventText.route(trace, seq);
            case LAMPORT -> EventText.lamport(trace, seq);
            case CLOCK -> clock(trace, seq);
            case DETAIL -> EventText.detail(trace, seq);
        };
    }

    private String clock(Trace trace, int seq) {
        if (!trace.type(seq).isProcessEvent()) {
            return "";
        }
        return clocks != null && clocks.covers(seq) ? clocks.of(seq) : "…";
    }

    /**
     * The style classes of an event's row: what happened ({@link EventLogStyle#DROP_STYLE_CLASS},
     * crash, fault, recover, error), {@link EventLogStyle#FUTURE_STYLE_CLASS} after the playback
     * position, {@link EventLogStyle#MATCH_STYLE_CLASS} for a search hit, and {@link
     * EventLogStyle#MARKED_STYLE_CLASS} for an event a checker points at.
     */
    public List<String> styleClasses(int seq) {
        Trace trace = cursor.trace();
        List<String> classes = new ArrayList<>(3);
        if (trace == null || seq < 0 || seq >= cursor.available()) {
            return classes;
        }
        String kind = EventText.styleClass(trace, seq);
        if (kind != null) {
            classes.add(kind);
        }
        if (seq >= cursor.shown()) {
            classes.add(EventLogStyle.FUTURE_STYLE_CLASS);
        }
        if (hits != null && hits.indexOf(seq) >= 0) {
            classes.add(EventLogStyle.MATCH_STYLE_CLASS);
        }
        if (cursor.marked().contains(seq)) {
            classes.add(EventLogStyle.MARKED_STYLE_CLASS);
        }
        return classes;
    }

    // ---- what the user does ----

    /** Selects the event of row {@code row} in every run view; -1 clears the selection. */
    public void selectRow(int row) {
        cursor.selectedProperty().set(row < 0 ? -1 : rows.seqAt(row));
    }

    /** Selects the next listed search hit after the selected event, from the first after the last. */
    public void nextMatch() {
        int listed = listedHits();
        if (listed == 0) {
            return;
        }
        int index = hits.countBelow(cursor.selected() + 1);
        cursor.selectedProperty().set(hits.get(index < listed ? index : 0));
    }

    /** Selects the listed search hit before the selected event, from the last before the first. */
    public void previousMatch() {
        int listed = listedHits();
        if (listed == 0) {
            return;
        }
        int selected = cursor.selected();
        int index = selected < 0 ? listed - 1 : Math.min(hits.countBelow(selected), listed) - 1;
        cursor.selectedProperty().set(hits.get(index >= 0 ? index : listed - 1));
    }

    /** Lists every event type again. */
    public void showAllTypes() {
        setTypes(EnumSet.allOf(EventType.class));
    }

    /** Lists only events of {@code only}. */
    public void showOnly(EventType only) {
        setTypes(EnumSet.of(only));
    }

    /** Ticks exactly {@code on}, then filters once. */
    private void setTypes(Set<EventType> on) {
        settingTypes = true;
        try {
            for (Map.Entry<EventType, BooleanProperty> e : types.entrySet()) {
                e.getValue().set(on.contains(e.getKey()));
            }
        } finally {
            settingTypes = false;
        }
        filterChanged();
    }

    public void dispose() {
        for (BooleanProperty on : types.values()) {
            on.removeListener(filterListener);
        }
        processFilter.removeListener(filterListener);
        decisionsOnly.removeListener(filterListener);
        searchText.removeListener(searchListener);
        showAll.removeListener(limitListener);
        cursor.traceProperty().removeListener(traceListener);
        cursor.availableProperty().removeListener(availableListener);
        cursor.shownProperty().removeListener(shownListener);
        cursor.selectedProperty().removeListener(selectedListener);
        cursor.markedProperty().removeListener(markedListener);
        runGeneration++;
        latestFilter.incrementAndGet();
        latestSearch.incrementAndGet();
    }

    // ---- keeping the state in step ----

    private void resetRun() {
        runGeneration++;
        filterGeneration = latestFilter.incrementAndGet();
        searchGeneration = latestSearch.incrementAndGet();
        matches = null;
        hits = null;
        clocks = null;
        scanning = false;
        clocking = false;
        rowsGeneration = -1;
        rows.show(Seqs.EMPTY, 0, false);
        processChoices.setAll(choices(cursor.trace()));
        if (!processChoices.contains(processFilter.get())) {
            processFilter.set("");
        }
        requestScan();
        requestClocks();
        updateRows();
    }

    private static List<String> choices(Trace trace) {
        List<String> choices = new ArrayList<>();
        choices.add("");
        if (trace == null) {
            return choices;
        }
        List<ProcessInfo> processes = trace.header().processes();
        for (ProcessInfo info : processes) {
            if (!choices.contains(info.component())) {
                choices.add(info.component());
            }
            if (!info.id().equals(info.component())) {
                choices.add(info.id());
            }
        }
        return choices;
    }

    private void filterChanged() {
        if (settingTypes) {
            return;
        }
        Set<EventType> on = EnumSet.noneOf(EventType.class);
        types.forEach((type, property) -> {
            if (property.get()) {
                on.add(type);
            }
        });
        EventFilter next = new EventFilter(on, processFilter.get(), decisionsOnly.get());
        if (next.equals(filter)) {
            return;
        }
        filter = next;
        filterGeneration = latestFilter.incrementAndGet();
        searchGeneration = latestSearch.incrementAndGet();
        matches = null;
        hits = null;
        requestScan();
        updateMatchCount();
    }

    private void searchChanged() {
        searchGeneration = latestSearch.incrementAndGet();
        hits = null;
        bumpMarks();
        requestScan();
        updateMatchCount();
    }

    private boolean searching() {
        return !EventSearch.normalize(searchText.get()).isEmpty();
    }

    /** Starts a scan of what is missing, unless one is running (then it runs again after it). */
    private void requestScan() {
        Trace trace = cursor.trace();
        if (trace == null) {
            busy.set(false);
            return;
        }
        if (scanning) {
            return; // scanned() asks again for what is missing then
        }
        int target = cursor.available();
        Seqs baseMatches = matches;
        Seqs baseHits = baseMatches == null ? null : hits;
        boolean search = searching();
        boolean filterDone = baseMatches != null && baseMatches.scannedTo() >= target;
        boolean searchDone = !search || (baseHits != null && baseHits.scannedTo() >= target);
        if (filterDone && searchDone) {
            busy.set(false);
            return;
        }
        scanning = true;
        busy.set(true);
        long run = runGeneration;
        long filterGen = filterGeneration;
        long searchGen = searchGeneration;
        EventFilter currentFilter = filter;
        String query = searchText.get();
        executor.execute(
                () -> LogScan.run(
                        trace,
                        currentFilter,
                        baseMatches,
                        search ? new EventSearch(trace, query) : null,
                        baseHits,
                        target,
                        () -> latestFilter.get() != filterGen,
                        () -> latestSearch.get() != searchGen),
                result -> scanned(run, filterGen, searchGen, search, result),
                failure -> {
                    if (run == runGeneration) {
                        scanning = false;
                        busy.set(false);
                        note.set("Could not filter the events: " + failure.getMessage());
                    }
                });
    }

    private void scanned(long run, long filterGen, long searchGen, boolean search, LogScan.Result result) {
        if (run != runGeneration) {
            return;
        }
        scanning = false;
        if (result != null && filterGen == filterGeneration) {
            matches = result.matches();
            if (search && searchGen == searchGeneration && result.hits() != null) {
                hits = result.hits();
                bumpMarks();
            }
            updateRows();
        }
        requestScan();
    }

    private void requestClocks() {
        Trace trace = cursor.trace();
        if (trace == null || clocking || (clocks != null && clocks.clocks().size() >= cursor.available())) {
            return;
        }
        clocking = true;
        long run = runGeneration;
        VectorClocks base = clocks == null ? null : clocks.clocks();
        executor.execute(
                () -> base == null ? VectorClocks.of(trace) : base.extend(),
                result -> {
                    if (run != runGeneration) {
                        return;
                    }
                    clocking = false;
                    if (clocks == null || result != clocks.clocks()) {
                        clocks = new ClockText(result);
                        revision.set(revision.get() + 1);
                    }
                    if (result.size() < cursor.available() && (base == null || result.size() > base.size())) {
                        requestClocks();
                    }
                },
                failure -> {
                    if (run == runGeneration) {
                        clocking = false;
                    }
                });
    }

    /** The rows listed now: the matches below the playback position (or every available event). */
    private int limit() {
        return showAll.get() ? cursor.available() : Math.min(cursor.shown(), cursor.available());
    }

    private void updateRows() {
        if (matches != null) {
            rows.show(matches, limit(), rowsGeneration == filterGeneration);
            rowsGeneration = filterGeneration;
        }
        updateSelection();
        updateMatchCount();
    }

    private int listedHits() {
        return hits == null ? 0 : hits.countBelow(limit());
    }

    private void updateMatchCount() {
        if (!searching()) {
            matchCount.set("");
            return;
        }
        if (hits == null) {
            matchCount.set("Searching…");
            return;
        }
        int listed = listedHits();
        int selected = cursor.selected();
        int index = selected >= 0 && selected < limit() ? hits.indexOf(selected) : -1;
        if (listed == 0) {
            matchCount.set("No matches");
        } else if (index >= 0) {
            matchCount.set((index + 1) + " of " + listed);
        } else {
            matchCount.set(listed == 1 ? "1 match" : listed + " matches");
        }
    }

    private void updateSelection() {
        int seq = cursor.selected();
        int row = seq < 0 ? -1 : rows.rowOf(seq);
        selectedRow.set(row);
        if (seq < 0 || row >= 0) {
            note.set("");
        } else if (seq >= limit()) {
            note.set("Event #" + seq + " happens after the playback position.");
        } else if (matches == null || matches.scannedTo() <= seq) {
            note.set("Filtering…");
        } else {
            note.set("Event #" + seq + " is hidden by the filters.");
        }
        updateMatchCount();
    }
}
