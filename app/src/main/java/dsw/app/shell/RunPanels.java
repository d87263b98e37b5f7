package dsw.app.shell;

import dsw.app.consistency.ConsistencyView;
import dsw.app.consistency.ConsistencyViewModel;
import dsw.app.eventlog.EventLogView;
import dsw.app.eventlog.EventLogViewModel;
import dsw.app.metrics.MetricsView;
import dsw.app.metrics.MetricsViewModel;
import dsw.app.run.RunCursor;
import dsw.app.session.DesignSession;
import dsw.app.session.Selection;
import dsw.app.spacetime.SpaceTimeView;
import dsw.app.spacetime.SpaceTimeViewModel;
import dsw.app.task.Scheduler;
import dsw.app.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The panels under the canvas while a run is shown: the space-time diagram, the event log, the
 * metrics charts and the consistency check, all
 * drawing from the one {@link RunCursor}. The charts follow the component selected on the canvas.
 * FX thread only.
 */
public final class RunPanels {
    static final String ID = "run-panels";

    private final MainViewModel main;
    private final DesignSession session;
    private final EventLogViewModel eventsModel;
    private final EventLogView events;
    private final MetricsViewModel metricsModel;
    private final MetricsView metrics;
    private final SpaceTimeViewModel spaceTimeModel;
    private final SpaceTimeView spaceTime;
    private final ConsistencyViewModel consistencyModel;
    private final ConsistencyView consistency;
    private final TabPane tabs = new TabPane();
    private final InvalidationListener selectionListener = obs -> focusSelection();

    RunPanels(MainViewModel main, RunCursor cursor, TaskExecutor executor, Scheduler scheduler) {
        this.main = main;
        this.session = main.session();
        spaceTimeModel = new SpaceTimeViewModel(cursor, executor);
        spaceTime = new SpaceTimeView(spaceTimeModel);
        eventsModel = new EventLogViewModel(cursor, executor);
        events = new EventLogView(eventsModel);
        metricsModel = new MetricsViewModel(cursor, executor, scheduler);
        metrics = new MetricsView(metricsModel, chart -> exportChart());
        Tab eventsTab = new Tab("Events", events.node());
        eventsTab.setId("run-tab-events");
        Tab metricsTab = new Tab("Metrics", metrics.node());
        metricsTab.setId("run-tab-metrics");
        Tab spaceTimeTab = new Tab("Space-time", spaceTime.node());
        spaceTimeTab.setId("run-tab-space-time");
        consistencyModel = new ConsistencyViewModel(cursor, executor, session::current);
        consistency = new ConsistencyView(consistencyModel);
        Tab consistencyTab = new Tab("Consistency", consistency.node());
        consistencyTab.setId("run-tab-consistency");
        tabs.getTabs().addAll(spaceTimeTab, eventsTab, metricsTab, consistencyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId(ID);
        tabs.getStyleClass().add("run-panels");
        session.selection().selectionProperty().addListener(selectionListener);
        focusSelection();
    }

    TabPane node() {
        return tabs;
    }

    /** The stylesheets the panels bring. */
    static java.util.List<String> stylesheets() {
        return java.util.List.of(
                SpaceTimeView.STYLESHEET, dsw.app.eventlog.EventLogStyle.stylesheet(), MetricsView.stylesheet());
    }

    /** Puts the tab with {@code id} in front. */
    void show(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel()
                .select(t));
    }

    public SpaceTimeViewModel spaceTime() {
        return spaceTimeModel;
    }

    public ConsistencyViewModel consistency() {
        return consistencyModel;
    }

    public EventLogViewModel eventsModel() {
        return eventsModel;
    }

    /** The charts show the selected component, or the whole system when none is selected. */
    private void focusSelection() {
        Selection selected = session.selection().get();
        String focus = selected.primary()
                .filter(id -> session.current().flatMap(d -> d.component(id)).isPresent())
                .orElse(null);
        metricsModel.focusComponentProperty().set(focus);
    }

    private void exportChart() {
        String name = session.current().map(d -> MainViewModel.slug(d.name())).orElse("run") + "-metrics.png";
        main.fileDialogs()
                .chooseExportFile(main.startFolder(), name, "PNG image", "png")
                .map(p -> p.getFileName()
                                .toString()
                                .toLowerCase(java.util.Locale.ROOT)
                                .endsWith(".png")
                        ? p
                        : p.resolveSibling(p.getFileName() + ".png"))
                .ifPresent(this::writeChart);
    }

    private void writeChart(Path file) {
        try {
            metrics.exportPng(file);
        } catch (IOException | RuntimeException e) {
            main.dialogs()
                    .showError(
                            "Cannot export chart",
                            "The charts could not be written to " + file + ".",
                            String.valueOf(e.getMessage()));
        }
    }

    void dispose() {
        session.selection().selectionProperty().removeListener(selectionListener);
        spaceTime.dispose();
        spaceTimeModel.dispose();
        events.dispose();
        eventsModel.dispose();
        metrics.dispose();
        metricsModel.dispose();
        consistency.dispose();
        consistencyModel.dispose();
    }
}
