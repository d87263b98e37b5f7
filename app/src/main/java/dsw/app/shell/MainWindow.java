package dsw.app.shell;

import dsw.app.animation.RunLayer;
import dsw.app.animation.RunLayerViewModel;
import dsw.app.canvas.CanvasViewModel;
import dsw.app.canvas.DesignCanvasView;
import dsw.app.diagram.DiagramExport;
import dsw.app.diagram.DiagramPreviewView;
import dsw.app.diagram.DiagramPreviewViewModel;
import dsw.app.diagram.RunExport;
import dsw.app.editor.CanvasEditor;
import dsw.app.editor.EditorCommands;
import dsw.app.editor.EditorView;
import dsw.app.editor.SystemClipboard;
import dsw.app.findings.FindingsView;
import dsw.app.findings.FindingsViewModel;
import dsw.app.inspector.InspectorView;
import dsw.app.inspector.InspectorViewModel;
import dsw.app.palette.PaletteView;
import dsw.app.palette.PaletteViewModel;
import dsw.app.run.FaultTools;
import dsw.app.run.RunController;
import dsw.app.run.RunCursor;
import dsw.app.run.RunEngine;
import dsw.app.run.TransportBar;
import dsw.app.task.Scheduler;
import dsw.app.task.TaskExecutor;
import dsw.model.Severity;
import dsw.model.analysis.Finding;
import dsw.model.kind.KindCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The main window's content: menu bar on top, the palette on the left, the editing canvas (or the
 * welcome screen) in the middle, the side panel (inspector above findings) on the right, the status
 * bar at the bottom.
 * Owns the panels' view models and disposes them with itself. Use on the FX thread only.
 */
public final class MainWindow {
    public static final String STYLE_CLASS = "main-window";
    public static final String SIDE_PANEL_STYLE_CLASS = "side-panel";
    public static final String SIDE_PANEL_ID = "side-panel";
    /** On the root in presenter mode: the stylesheet enlarges text for projectors. */
    public static final String PRESENTER_STYLE_CLASS = "presenter";

    static final double SIDE_PANEL_SHARE = 0.74;

    private final MainViewModel viewModel;
    private final CanvasViewModel canvasModel;
    private final InspectorViewModel inspectorModel;
    private final FindingsViewModel findingsModel;
    private final DesignCanvasView canvas;
    private final PaletteViewModel paletteModel;
    private final PaletteView palette;
    private final EditorCommands commands;
    private final CanvasEditor editor;
    private final EditorView editorView;
    private final BooleanProperty paletteVisible = new SimpleBooleanProperty(this, "paletteVisible", true);
    private final BooleanProperty previewVisible = new SimpleBooleanProperty(this, "previewVisible");
    private final DiagramPreviewViewModel previewModel;
    private final DiagramPreviewView preview;
    private final SplitPane centreSplit = new SplitPane();
    private final ListChangeListener<Finding> findingsListener;
    private final InvalidationListener presenterListener;
    private final WelcomeView welcome;
    private final InspectorView inspector;
    private final FindingsView findings;
    private final StatusBarView statusBar;
    private final AppMenuBar menuBar;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final SplitPane side = new SplitPane();
    private final StackPane centre = new StackPane();
    private final BorderPane editorArea = new BorderPane();
    private final InvalidationListener openListener = obs -> showCentre();
    private final InvalidationListener sideListener = obs -> showSidePanel();
    private final InvalidationListener busyListener;
    private final InvalidationListener documentListener;
    private double dividerPosition = SIDE_PANEL_SHARE;
    private final ExecutorService simulationThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dsw-simulation");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final RunCursor runCursor = new RunCursor();
    private final RunController run;
    private final TransportBar transport;
    private final FaultTools faults;
    private final RunPanels runPanels;
    private final RunLayerViewModel runLayerModel;
    private final RunLayer.Attachment runLayer;
    private final InvalidationListener runListener = obs -> showRun();

    public MainWindow(MainViewModel viewModel, TaskExecutor executor, Scheduler scheduler, InfoWindows info) {
        this.viewModel = viewModel;
        canvasModel = new CanvasViewModel(viewModel.session());
        inspectorModel = new InspectorViewModel(viewModel.session());
        findingsModel = new FindingsViewModel(viewModel.session(), executor);
        canvas = new DesignCanvasView(canvasModel);
        paletteModel = new PaletteViewModel(KindCatalog.standard());
        palette = new PaletteView(paletteModel);
        commands = new EditorCommands(viewModel.session(), canvasModel::layout, new SystemClipboard());
        editor = new CanvasEditor(viewModel.session(), canvasModel, commands, paletteModel);
        editorView = new EditorView(editor, canvas, paletteModel);
        previewModel = new DiagramPreviewViewModel(viewModel.session(), executor, scheduler);
        DiagramExport export = new DiagramExport(viewModel, previewModel);
        preview = new DiagramPreviewView(previewModel, export::export);
        welcome = new WelcomeView(viewModel);
        inspector = new InspectorView(inspectorModel);
        findings = new FindingsView(findingsModel, canvasModel::reveal);
        statusBar = new StatusBarView(viewModel, findingsModel, canvasModel);
        run = new RunController(
                viewModel.session(),
                new RunEngine(simulationThread, Platform::runLater),
                runCursor,
                () -> ThreadLocalRandom.current().nextLong(1, 1_000_000));
        transport = new TransportBar(run);
        faults = new FaultTools(run, viewModel.session(), canvas);
        runPanels = new RunPanels(viewModel, runCursor, executor, scheduler);
        runLayerModel = new RunLayerViewModel(runCursor, canvasModel, executor);
        runLayer = new RunLayer(runLayerModel).attach(canvas);
        runPanels.node().getStylesheets().addAll(RunPanels.stylesheets());
        menuBar = new AppMenuBar(
                viewModel,
                canvasModel,
                editor,
                paletteVisible,
                previewVisible,
                export::export,
                new MenuActions(
                        this::checkDesign,
                        () -> viewModel.session().current().ifPresent(info::showScenario),
                        info::showShortcuts,
                        info::showAbout),
                RunMenu.items(
                        run,
                        transport,
                        faults,
                        new RunExport(viewModel, runCursor, executor)::export,
                        viewModel.designOpenProperty()));

        centre.getChildren().addAll(editorView.node(), welcome.node());
        editorArea.setCenter(split);
        side.setOrientation(Orientation.VERTICAL);
        side.getItems().addAll(inspector.node(), findings.node());
        side.setDividerPositions(0.74);
        side.getStyleClass().add(SIDE_PANEL_STYLE_CLASS);
        side.setId(SIDE_PANEL_ID);
        side.setMinWidth(260);
        side.setPrefWidth(360);
        SplitPane.setResizableWithParent(side, false);
        centreSplit.setOrientation(Orientation.VERTICAL);
        centreSplit.getItems().add(centre);
        split.getItems().add(centreSplit);
        split.getStyleClass().add("main-split");

        root.getStyleClass().add(STYLE_CLASS);
        root.setTop(menuBar.node());
        root.setCenter(editorArea);
        root.setBottom(statusBar.node());

        busyListener = obs -> root.setCursor(viewModel.busyProperty().get() ? Cursor.WAIT : null);
        documentListener = obs -> {
            if (run.isActive()) {
                run.stop();
            }
            if (viewModel.designOpenProperty().get()) {
                canvas.requestFocus();
            }
        };
        viewModel.busyProperty().addListener(busyListener);
        viewModel.designOpenProperty().addListener(openListener);
        viewModel.sidePanelVisibleProperty().addListener(sideListener);
        viewModel.session().documentIdProperty().addListener(documentListener);
        paletteVisible.addListener(openListener);
        previewVisible.addListener(openListener);
        findingsListener = change -> canvasModel.marksProperty().set(marks(findingsModel.findings()));
        findingsModel.findings().addListener(findingsListener);
        presenterListener = obs -> showPresenterMode();
        viewModel.presenterModeProperty().addListener(presenterListener);
        canvasModel.presenterProperty().bind(viewModel.presenterModeProperty());
        run.activeProperty().addListener(runListener);
        showPresenterMode();
        showCentre();
    }

    /** The panels under the canvas while a run is shown. */
    public RunPanels runPanels() {
        return runPanels;
    }

    /** What the run draws over the canvas (messages, badges), for tests. */
    public RunLayerViewModel runLayer() {
        return runLayerModel;
    }

    /** The run controls, for tests and the panels that follow the run. */
    public RunController run() {
        return run;
    }

    /** While a run is shown, its controls sit above the canvas and its panels below it. */
    private void showRun() {
        boolean active = run.isActive();
        editorArea.setTop(active ? transport.node() : null);
        if (active && !centreSplit.getItems().contains(runPanels.node())) {
            centreSplit.getItems().add(1, runPanels.node());
            centreSplit.setDividerPosition(0, 0.6);
        } else if (!active) {
            centreSplit.getItems().remove(runPanels.node());
        }
        showCentre();
        // The canvas changes size with the run's panels: fit the design to it (and keep fitting it
        // as it settles), so no part of the run is out of view.
        canvasModel.zoomToFit();
    }

    /**
     * Canvas marks for the errors and warnings: the part each is about (its first id) gets the most
     * severe mark. Notes stay in the panel, so the canvas is not cluttered.
     */
    static Map<String, Severity> marks(List<Finding> findings) {
        Map<String, Severity> marks = new HashMap<>();
        for (Finding f : findings) {
            if (f.severity() != Severity.INFO && !f.ids().isEmpty()) {
                marks.merge(f.ids().get(0), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return Map.copyOf(marks);
    }

    public CanvasEditor editor() {
        return editor;
    }

    /** Whether the diagram preview shows under the canvas (View > Diagram Preview). */
    public BooleanProperty previewVisibleProperty() {
        return previewVisible;
    }

    public DiagramPreviewViewModel preview() {
        return previewModel;
    }

    public PaletteViewModel palette() {
        return paletteModel;
    }

    private void showPresenterMode() {
        root.getStyleClass().remove(PRESENTER_STYLE_CLASS);
        if (viewModel.presenterModeProperty().get()) {
            root.getStyleClass().add(PRESENTER_STYLE_CLASS);
        }
    }

    public Parent root() {
        return root;
    }

    /** Adds the keyboard shortcuts that live on the scene rather than on a menu item. */
    public void install(Scene scene) {
        menuBar.installExtraAccelerators(scene);
    }

    public javafx.scene.control.MenuBar menuBar() {
        return menuBar.node();
    }

    public CanvasViewModel canvasModel() {
        return canvasModel;
    }

    public DesignCanvasView canvas() {
        return canvas;
    }

    /** Simulation > Check Design: checks again and shows the findings. */
    public void checkDesign() {
        viewModel.sidePanelVisibleProperty().set(true);
        findingsModel.recheck();
        findings.focus();
    }

    public void dispose() {
        run.activeProperty().removeListener(runListener);
        run.stop();
        run.dispose();
        transport.dispose();
        faults.dispose();
        runPanels.dispose();
        runLayer.dispose();
        runLayerModel.dispose();
        simulationThread.shutdownNow();
        viewModel.busyProperty().removeListener(busyListener);
        viewModel.designOpenProperty().removeListener(openListener);
        viewModel.sidePanelVisibleProperty().removeListener(sideListener);
        viewModel.session().documentIdProperty().removeListener(documentListener);
        paletteVisible.removeListener(openListener);
        previewVisible.removeListener(openListener);
        preview.dispose();
        previewModel.dispose();
        findingsModel.findings().removeListener(findingsListener);
        viewModel.presenterModeProperty().removeListener(presenterListener);
        canvasModel.presenterProperty().unbind();
        menuBar.dispose();
        editorView.dispose();
        palette.dispose();
        statusBar.dispose();
        findings.dispose();
        inspector.dispose();
        welcome.dispose();
        canvas.dispose();
        findingsModel.dispose();
        inspectorModel.dispose();
        canvasModel.dispose();
    }

    private void showCentre() {
        boolean designOpen = viewModel.designOpenProperty().get();
        editorView.node().setVisible(designOpen);
        welcome.node().setVisible(!designOpen);
        // While a run is shown the palette gives its room to the run (editing still works).
        editorArea.setLeft(designOpen && paletteVisible.get() && !run.isActive() ? palette.node() : null);
        boolean showPreview = designOpen && previewVisible.get();
        previewModel.activeProperty().set(showPreview);
        if (showPreview && !centreSplit.getItems().contains(preview.node())) {
            centreSplit.getItems().add(preview.node());
            centreSplit.setDividerPositions(0.62);
        } else if (!showPreview) {
            centreSplit.getItems().remove(preview.node());
        }
        if (!designOpen) {
            paletteModel.disarm();
            if (run.isActive()) {
                run.stop();
            }
        }
        showSidePanel();
    }

    /** The side panel shows when the user wants it and there is a design to show in it. */
    private void showSidePanel() {
        boolean visible = viewModel.sidePanelVisibleProperty().get()
                && viewModel.designOpenProperty().get();
        if (visible && !split.getItems().contains(side)) {
            split.getItems().add(side);
            split.setDividerPositions(dividerPosition);
        } else if (!visible && split.getItems().contains(side)) {
            dividerPosition = split.getDividerPositions()[0];
            split.getItems().remove(side);
        }
    }
}
