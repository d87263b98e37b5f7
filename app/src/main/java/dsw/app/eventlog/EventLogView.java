package dsw.app.eventlog;

import dsw.model.trace.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The event log panel: filters (event types, process, search with next and previous) above a table
 * of the run's events, one row per event up to the playback position, with the selection shared
 * with the other run views. Use on the FX thread only.
 */
public final class EventLogView {
    public static final String TABLE_ID = "event-log-table";
    public static final String TYPES_ID = "event-log-types";
    /** The menu item that lists only pattern decisions (retries, breaker changes, ...). */
    public static final String DECISIONS_ID = "event-log-decisions";

    public static final String PROCESS_ID = "event-log-process";
    public static final String SEARCH_ID = "event-log-search";
    public static final String MATCH_COUNT_ID = "event-log-match-count";
    public static final String SHOW_ALL_ID = "event-log-show-all";
    public static final String NOTE_ID = "event-log-note";

    private static final String ALL_PROCESSES = "All processes";

    private final EventLogViewModel viewModel;
    private final VBox root = new VBox();
    private final TableView<Integer> table = new TableView<>();
    private final MenuButton typesButton = new MenuButton("Events");
    private final CheckMenuItem decisions = new CheckMenuItem("Only pattern decisions");
    private final List<CheckMenuItem> typeItems = new ArrayList<>();
    private final ComboBox<String> process = new ComboBox<>();
    private final TextField search = new TextField();
    private final CheckBox showAll = new CheckBox("Show later events");
    private final Label note = new Label();

    /** The rows and clock cells on screen, restyled or rewritten when marks or clocks change. */
    private final List<EventRow> liveRows = new ArrayList<>();

    private final List<EventCell> liveClockCells = new ArrayList<>();
    private boolean syncing;

    private final InvalidationListener selectedRowListener = obs -> showSelectedRow();
    private final InvalidationListener tableSelectionListener = obs -> tableSelectionChanged();
    private final InvalidationListener marksListener = obs -> liveRows.forEach(EventRow::restyle);
    private final InvalidationListener clocksListener = obs -> liveClockCells.forEach(EventCell::refresh);
    private final InvalidationListener noteListener = obs -> updateNote();
    private final InvalidationListener typesLabelListener = obs -> updateTypesLabel();
    private final ListChangeListener<Integer> followListener = this::follow;

    public EventLogView(EventLogViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add(EventLogStyle.ROOT);
        root.getChildren().addAll(toolbar(), table(), note());
        VBox.setVgrow(table, Priority.ALWAYS);
        viewModel.selectedRowProperty().addListener(selectedRowListener);
        viewModel.marksRevisionProperty().addListener(marksListener);
        viewModel.clocksRevisionProperty().addListener(clocksListener);
        viewModel.noteProperty().addListener(noteListener);
        viewModel.rows().addListener(followListener);
        table.getSelectionModel().selectedIndexProperty().addListener(tableSelectionListener);
        updateNote();
        updateTypesLabel();
        showSelectedRow();
    }

    public VBox node() {
        return root;
    }

    /** Puts the keyboard in the search field (for a Find shortcut). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void dispose() {
        viewModel.selectedRowProperty().removeListener(selectedRowListener);
        viewModel.marksRevisionProperty().removeListener(marksListener);
        viewModel.clocksRevisionProperty().removeListener(clocksListener);
        viewModel.noteProperty().removeListener(noteListener);
        viewModel.rows().removeListener(followListener);
        table.getSelectionModel().selectedIndexProperty().removeListener(tableSelectionListener);
        for (CheckMenuItem item : typeItems) {
            EventType type = (EventType) item.getUserData();
            item.selectedProperty().unbindBidirectional(viewModel.typeProperty(type));
            item.selectedProperty().removeListener(typesLabelListener);
        }
        decisions.selectedProperty().unbindBidirectional(viewModel.decisionsOnlyProperty());
        decisions.selectedProperty().removeListener(typesLabelListener);
        process.valueProperty().unbindBidirectional(viewModel.processFilterProperty());
        process.setItems(javafx.collections.FXCollections.observableArrayList());
        search.textProperty().unbindBidirectional(viewModel.searchTextProperty());
        showAll.selectedProperty().unbindBidirectional(viewModel.showAllProperty());
        table.setItems(javafx.collections.FXCollections.observableArrayList());
        liveRows.clear();
        liveClockCells.clear();
    }

    // ---- building ----

    private HBox toolbar() {
        typesButton.setId(TYPES_ID);
        for (EventType type : EventType.values()) {
            CheckMenuItem item = new CheckMenuItem(type.wireName());
            item.setUserData(type);
            item.setId(TYPES_ID + "-" + type.wireName());
            item.selectedProperty().bindBidirectional(viewModel.typeProperty(type));
            item.selectedProperty().addListener(typesLabelListener);
            typeItems.add(item);
        }
        MenuItem all = new MenuItem("All events");
        all.setOnAction(e -> viewModel.showAllTypes());
        MenuItem faults = new MenuItem("Only drops");
        faults.setOnAction(e -> viewModel.showOnly(EventType.DROP));
        typesButton.getItems().addAll(typeItems);
        decisions.setId(DECISIONS_ID);
        decisions.selectedProperty().bindBidirectional(viewModel.decisionsOnlyProperty());
        decisions.selectedProperty().addListener(typesLabelListener);
        typesButton.getItems().addAll(new SeparatorMenuItem(), all, faults, new SeparatorMenuItem(), decisions);

        process.setId(PROCESS_ID);
        process.setItems(viewModel.processChoices());
        process.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? ALL_PROCESSES : value;
            }

            @Override
            public String fromString(String text) {
                return ALL_PROCESSES.equals(text) ? "" : text;
            }
        });
        process.valueProperty().bindBidirectional(viewModel.processFilterProperty());
        process.setTooltip(new Tooltip("Events at this component or process, and drops of its messages"));

        search.setId(SEARCH_ID);
        search.setPromptText("Search process, message, detail");
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    viewModel.previousMatch();
                } else {
                    viewModel.nextMatch();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);

        Label count = new Label();
        count.setId(MATCH_COUNT_ID);
        count.textProperty().bind(viewModel.matchCountProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = new Button("↑");
        previous.setTooltip(new Tooltip("Previous match (Shift+Enter)"));
        previous.setOnAction(e -> viewModel.previousMatch());
        previous.setFocusTraversable(false);
        Button next = new Button("↓");
        next.setTooltip(new Tooltip("Next match (Enter)"));
        next.setOnAction(e -> viewModel.nextMatch());
        next.setFocusTraversable(false);

        showAll.setId(SHOW_ALL_ID);
        showAll.selectedProperty().bindBidirectional(viewModel.showAllProperty());
        showAll.setTooltip(new Tooltip("Also list the events after the playback position, greyed"));
        showAll.setMinWidth(Region.USE_PREF_SIZE);

        Label busy = new Label("Filtering…");
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        HBox bar = new HBox(typesButton, process, search, count, previous, next, showAll, busy);
        bar.getStyleClass().add("event-log-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<Integer> table() {
        table.setId(TABLE_ID);
        table.setItems(viewModel.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No events to show yet."));
        table.setRowFactory(t -> new EventRow());
        for (EventLogColumn column : EventLogColumn.values()) {
            TableColumn<Integer, Integer> c = new TableColumn<>(column.title());
            c.setId(TABLE_ID + "-" + column.name().toLowerCase(java.util.Locale.ROOT));
            c.setSortable(false);
            c.setReorderable(false);
            c.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(features.getValue()));
            c.setCellFactory(col -> new EventCell(column));
            c.setPrefWidth(width(column));
            table.getColumns().add(c);
        }
        return table;
    }

    private static double width(EventLogColumn column) {
        return switch (column) {
            case SEQ -> 70;
            case TIME -> 110;
            case PROCESS -> 110;
            case TYPE -> 75;
            case MESSAGE -> 200;
            case ROUTE -> 170;
            case LAMPORT -> 70;
            case CLOCK -> 220;
            case DETAIL -> 260;
        };
    }

    private Label note() {
        note.setId(NOTE_ID);
        note.getStyleClass().add(EventLogStyle.NOTE_STYLE_CLASS);
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    // ---- keeping in step ----

    private void updateNote() {
        String text = viewModel.noteProperty().get();
        note.setText(text);
        note.setVisible(!text.isEmpty());
    }

    private void updateTypesLabel() {
        long on = typeItems.stream().filter(CheckMenuItem::isSelected).count();
        if (decisions.isSelected()) {
            typesButton.setText("Pattern decisions");
            return;
        }
        typesButton.setText(
                on == typeItems.size()
                        ? "All events"
                        : on == 0 ? "No events" : on + " of " + typeItems.size() + " events");
    }

    /** A row the user chose: every run view selects its event. A cleared table selection is not a choice. */
    private void tableSelectionChanged() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (syncing || index < 0 || index >= viewModel.rows().size()) {
            return;
        }
        if (index != viewModel.selectedRowProperty().get()) {
            viewModel.selectRow(index);
        }
    }

    /** The selection changed elsewhere (or the rows did): select its row and bring it into view. */
    private void showSelectedRow() {
        int row = viewModel.selectedRowProperty().get();
        syncing = true;
        try {
            if (row < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            if (table.getSelectionModel().getSelectedIndex() != row) {
                table.getSelectionModel().clearAndSelect(row);
            }
            reveal(row);
        } finally {
            syncing = false;
        }
    }

    /** Scrolls as little as needed for {@code row} to be fully in view. */
    private void reveal(int row) {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            table.scrollTo(row);
            return;
        }
        flow.scrollTo(row);
    }

    /** Keeps the newest row in view while playback adds rows, if it was in view before. */
    private void follow(ListChangeListener.Change<? extends Integer> change) {
        VirtualFlow<?> flow = flow();
        if (flow == null || viewModel.selectedRowProperty().get() >= 0) {
            return;
        }
        while (change.next()) {
            if (change.wasAdded() && !change.wasRemoved() && change.getFrom() > 0) {
                var last = flow.getLastVisibleCell();
                if (last != null && last.getIndex() >= change.getFrom() - 1) {
                    flow.scrollTo(change.getList().size() - 1);
                }
                return;
            }
        }
    }

    private VirtualFlow<?> flow() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    /** One row: its event's marks as style classes. */
    private final class EventRow extends TableRow<Integer> {
        private final Set<String> marks = Set.of(
                EventLogStyle.DROP_STYLE_CLASS,
                EventLogStyle.CRASH_STYLE_CLASS,
                EventLogStyle.FAULT_STYLE_CLASS,
                EventLogStyle.RECOVER_STYLE_CLASS,
                EventLogStyle.ERROR_STYLE_CLASS,
                EventLogStyle.FUTURE_STYLE_CLASS,
                EventLogStyle.MATCH_STYLE_CLASS);

        EventRow() {
            liveRows.add(this);
        }

        @Override
        protected void updateItem(Integer seq, boolean empty) {
            super.updateItem(seq, empty);
            restyle();
        }

        void restyle() {
            Integer seq = getItem();
            List<String> wanted = seq == null || isEmpty() ? List.of() : viewModel.styleClasses(seq);
            getStyleClass().removeIf(c -> marks.contains(c) && !wanted.contains(c));
            for (String c : wanted) {
                if (!getStyleClass().contains(c)) {
                    getStyleClass().add(c);
                }
            }
        }
    }

    /** One cell: the text of its column for its row's event, read from the trace when shown. */
    private final class EventCell extends TableCell<Integer, Integer> {
        private final EventLogColumn column;

        EventCell(EventLogColumn column) {
            this.column = column;
            if (column == EventLogColumn.CLOCK) {
                liveClockCells.add(this);
            }
        }

        @Override
        protected void updateItem(Integer seq, boolean empty) {
            super.updateItem(seq, empty);
            setText(empty || seq == null ? null : viewModel.text(column, seq));
        }

        void refresh() {
            Integer seq = getItem();
            setText(isEmpty() || seq == null ? null : viewModel.text(column, seq));
        }
    }
}
