package dsw.app.shell;

import dsw.app.canvas.CanvasViewModel;
import dsw.app.canvas.DiagramLayout;
import dsw.app.diagram.ExportFormat;
import dsw.app.editor.CanvasEditor;
import dsw.app.editor.EditorCommands;
import dsw.app.session.DesignSession;
import dsw.app.theme.Icons;
import dsw.app.theme.Theme;
import dsw.model.GroupKind;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's menu bar: File, Edit, View, Arrange, Simulation and Help, with the accelerators from
 * {@link Shortcuts}. Items follow the view models (Undo shows what it undoes, items that need a
 * design are disabled without one, Open Recent lists the remembered files). Use on the FX thread only.
 */
public final class AppMenuBar {
    public static final String STYLE_CLASS = "app-menu-bar";

    private final MainViewModel viewModel;
    private final CanvasViewModel canvas;
    private final MenuActions actions;
    private final CanvasEditor editor;
    private final BooleanProperty paletteVisible;
    private final BooleanProperty previewVisible;
    private final Consumer<ExportFormat> export;
    private final List<MenuItem> runItems;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu("Open Recent");
    private final ListChangeListener<Path> recentListener = change -> fillRecent();
    private final ToggleGroup themes = new ToggleGroup();
    private final ChangeListener<Theme> themeListener = (obs, old, now) -> selectTheme(now);

    public AppMenuBar(
            MainViewModel viewModel,
            CanvasViewModel canvas,
            CanvasEditor editor,
            BooleanProperty paletteVisible,
            BooleanProperty previewVisible,
            Consumer<ExportFormat> export,
            MenuActions actions,
            List<MenuItem> runItems) {
        this.viewModel = viewModel;
        this.canvas = canvas;
        this.editor = editor;
        this.paletteVisible = paletteVisible;
        this.previewVisible = previewVisible;
        this.export = export;
        this.actions = actions;
        this.runItems = List.copyOf(runItems);
        bar.getStyleClass().add(STYLE_CLASS);
        bar.setUseSystemMenuBar(true);
        bar.getMenus().addAll(fileMenu(), editMenu(), viewMenu(), arrangeMenu(), simulationMenu(), helpMenu());
        viewModel.recentFiles().addListener(recentListener);
        viewModel.themeProperty().addListener(themeListener);
        fillRecent();
        selectTheme(viewModel.themeProperty().get());
    }

    public MenuBar node() {
        return bar;
    }

    /** Adds the shortcuts that have no menu item of their own (a second Redo, keypad zoom). */
    public void installExtraAccelerators(Scene scene) {
        DesignSession session = viewModel.session();
        scene.getAccelerators().put(Shortcuts.REDO_ALTERNATIVE, () -> {
            if (session.canRedoProperty().get()) {
                viewModel.redo();
            }
        });
        Runnable zoomIn = () -> {
            if (viewModel.designOpenProperty().get()) {
                canvas.zoomIn();
            }
        };
        scene.getAccelerators().put(Shortcuts.ZOOM_IN_KEYPAD, zoomIn);
        scene.getAccelerators().put(Shortcuts.ZOOM_IN_PLUS, zoomIn);
        scene.getAccelerators().put(Shortcuts.ZOOM_OUT_KEYPAD, () -> {
            if (viewModel.designOpenProperty().get()) {
                canvas.zoomOut();
            }
        });
    }

    public void dispose() {
        viewModel.recentFiles().removeListener(recentListener);
        viewModel.themeProperty().removeListener(themeListener);
        for (Menu menu : bar.getMenus()) {
            unbindAll(menu.getItems());
        }
    }

    private Menu fileMenu() {
        Menu examples = new Menu("Open Example");
        examples.setGraphic(icon("mdi2s-school-outline"));
        for (Example example : viewModel.examples().all()) {
            MenuItem item = item(example.name(), null, e -> viewModel.openExample(example));
            item.setMnemonicParsing(false);
            examples.getItems().add(item);
        }
        if (examples.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No examples are bundled");
            none.setDisable(true);
            examples.getItems().add(none);
        }
        recent.setGraphic(icon("mdi2h-history"));
        BooleanExpression noDesign = viewModel.designOpenProperty().not();
        MenuItem save = item("Save", Shortcuts.SAVE, e -> viewModel.save());
        save.setGraphic(icon("mdi2c-content-save-outline"));
        save.disableProperty().bind(noDesign);
        MenuItem saveAs = item("Save As…", Shortcuts.SAVE_AS, e -> viewModel.saveAs());
        saveAs.disableProperty().bind(noDesign);
        MenuItem close = item("Close", Shortcuts.CLOSE, e -> viewModel.close());
        close.disableProperty().bind(noDesign);
        MenuItem newDesign = item("New", Shortcuts.NEW, e -> viewModel.newDesign());
        newDesign.setGraphic(icon("mdi2f-file-plus-outline"));
        MenuItem open = item("Open…", Shortcuts.OPEN, e -> viewModel.open());
        open.setGraphic(icon("mdi2f-folder-open-outline"));
        Menu exportMenu = new Menu("Export Diagram");
        exportMenu.setGraphic(icon("mdi2e-export-variant"));
        for (ExportFormat format : ExportFormat.values()) {
            exportMenu.getItems().add(item(format.displayName() + "…", null, e -> export.accept(format)));
        }
        exportMenu.disableProperty().bind(noDesign);
        Menu file = new Menu("_File");
        file.getItems()
                .addAll(
                        newDesign,
                        open,
                        recent,
                        examples,
                        new SeparatorMenuItem(),
                        save,
                        saveAs,
                        exportMenu,
                        new SeparatorMenuItem(),
                        close,
                        new SeparatorMenuItem(),
                        item("Quit", Shortcuts.QUIT, e -> viewModel.quit()));
        return file;
    }

    private Menu editMenu() {
        DesignSession session = viewModel.session();
        MenuItem undo = item("Undo", Shortcuts.UNDO, e -> viewModel.undo());
        undo.setGraphic(icon("mdi2u-undo"));
        undo.textProperty().bind(session.undoTextProperty());
        undo.disableProperty().bind(session.canUndoProperty().not());
        MenuItem redo = item("Redo", Shortcuts.REDO, e -> viewModel.redo());
        redo.setGraphic(icon("mdi2r-redo"));
        redo.textProperty().bind(session.redoTextProperty());
        redo.disableProperty().bind(session.canRedoProperty().not());
        undo.setMnemonicParsing(false);
        redo.setMnemonicParsing(false);
        EditorCommands commands = editor.commands();
        BooleanExpression noDesign = viewModel.designOpenProperty().not();
        BooleanExpression nothingSelected = nothingSelected();
        MenuItem cut = item("Cut", Shortcuts.CUT, e -> commands.cut());
        cut.setGraphic(icon("mdi2c-content-cut"));
        MenuItem copy = item("Copy", Shortcuts.COPY, e -> commands.copy());
        copy.setGraphic(icon("mdi2c-content-copy"));
        MenuItem paste = item("Paste", Shortcuts.PASTE, e -> commands.paste());
        paste.setGraphic(icon("mdi2c-content-paste"));
        MenuItem duplicate = item("Duplicate", Shortcuts.DUPLICATE, e -> commands.duplicate());
        MenuItem delete = item("Delete", Shortcuts.DELETE, e -> commands.delete());
        delete.setGraphic(icon("mdi2d-delete-outline"));
        MenuItem selectAll = item("Select All", Shortcuts.SELECT_ALL, e -> commands.selectAll());
        MenuItem rename = item("Rename", Shortcuts.RENAME, e -> editor.renameSelection());
        rename.setGraphic(icon("mdi2r-rename-box"));
        for (MenuItem item : List.of(cut, copy, duplicate, delete, rename)) {
            item.disableProperty().bind(nothingSelected);
        }
        paste.disableProperty().bind(noDesign);
        selectAll.disableProperty().bind(noDesign);
        Menu edit = new Menu("_Edit");
        edit.getItems()
                .addAll(
                        undo,
                        redo,
                        new SeparatorMenuItem(),
                        cut,
                        copy,
                        paste,
                        duplicate,
                        delete,
                        new SeparatorMenuItem(),
                        selectAll,
                        rename);
        return edit;
    }

    /** True with no design open or nothing selected: the items that act on the selection are off. */
    private BooleanExpression nothingSelected() {
        DesignSession session = viewModel.session();
        return viewModel
                .designOpenProperty()
                .not()
                .or(Bindings.createBooleanBinding(
                        () -> session.selection().get().isEmpty(),
                        session.selection().selectionProperty()));
    }

    private Menu arrangeMenu() {
        EditorCommands commands = editor.commands();
        BooleanExpression noDesign = viewModel.designOpenProperty().not();
        BooleanExpression nothingSelected = nothingSelected();
        Menu group = new Menu("Put in Frame");
        group.setGraphic(icon("mdi2s-select-group"));
        for (GroupKind kind : GroupKind.values()) {
            MenuItem item = item(
                    kind.displayName(),
                    kind == GroupKind.ZONE ? Shortcuts.GROUP : null,
                    e -> commands.groupSelection(kind));
            group.getItems().add(item);
        }
        group.disableProperty().bind(nothingSelected);
        MenuItem ungroup = item("Remove Frame", Shortcuts.UNGROUP, e -> commands.removeFrames());
        ungroup.disableProperty().bind(nothingSelected);
        MenuItem layout = item("Auto Layout", Shortcuts.AUTO_LAYOUT, e -> {
            commands.arrange();
            canvas.zoomToFit();
        });
        layout.setGraphic(icon("mdi2s-sitemap-outline"));
        layout.disableProperty().bind(noDesign);
        Menu arrange = new Menu("_Arrange");
        arrange.getItems().addAll(group, ungroup, new SeparatorMenuItem(), layout);
        return arrange;
    }

    private Menu viewMenu() {
        BooleanExpression noDesign = viewModel.designOpenProperty().not();
        MenuItem zoomIn = item("Zoom In", Shortcuts.ZOOM_IN, e -> canvas.zoomIn());
        zoomIn.setGraphic(icon("mdi2m-magnify-plus-outline"));
        MenuItem zoomOut = item("Zoom Out", Shortcuts.ZOOM_OUT, e -> canvas.zoomOut());
        zoomOut.setGraphic(icon("mdi2m-magnify-minus-outline"));
        MenuItem actual = item("Actual Size", Shortcuts.ACTUAL_SIZE, e -> canvas.actualSize());
        MenuItem fit = item("Zoom to Fit", Shortcuts.ZOOM_TO_FIT, e -> canvas.zoomToFit());
        fit.setGraphic(icon("mdi2f-fit-to-screen-outline"));
        for (MenuItem item : List.of(zoomIn, zoomOut, actual, fit)) {
            item.disableProperty().bind(noDesign);
        }
        CheckMenuItem side = new CheckMenuItem("Side Panel");
        side.setAccelerator(Shortcuts.SIDE_PANEL);
        side.selectedProperty().bindBidirectional(viewModel.sidePanelVisibleProperty());
        CheckMenuItem palette = new CheckMenuItem("Palette");
        palette.selectedProperty().bindBidirectional(paletteVisible);
        CheckMenuItem diagram = new CheckMenuItem("Diagram Preview");
        diagram.setAccelerator(Shortcuts.DIAGRAM_PREVIEW);
        diagram.setGraphic(icon("mdi2f-file-image-outline"));
        diagram.selectedProperty().bindBidirectional(previewVisible);
        CheckMenuItem overview = new CheckMenuItem("Overview Map");
        overview.selectedProperty().bindBidirectional(canvas.overviewProperty());
        CheckMenuItem orthogonal = new CheckMenuItem("Orthogonal Links");
        orthogonal.setSelected(canvas.routingProperty().get() == DiagramLayout.Routing.ORTHOGONAL);
        orthogonal.setOnAction(e -> canvas.routingProperty()
                .set(orthogonal.isSelected() ? DiagramLayout.Routing.ORTHOGONAL : DiagramLayout.Routing.STRAIGHT));
        CheckMenuItem presenter = new CheckMenuItem("Presenter Mode");
        presenter.setAccelerator(Shortcuts.PRESENTER);
        presenter.setGraphic(icon("mdi2p-projector-screen-outline"));
        presenter.selectedProperty().bindBidirectional(viewModel.presenterModeProperty());
        Menu theme = new Menu("Theme");
        theme.setGraphic(icon("mdi2t-theme-light-dark"));
        for (Theme t : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(t.displayName());
            choice.setUserData(t);
            choice.setToggleGroup(themes);
            choice.setOnAction(e -> viewModel.themeProperty().set(t));
            theme.getItems().add(choice);
        }
        Menu view = new Menu("_View");
        view.getItems()
                .addAll(
                        zoomIn,
                        zoomOut,
                        actual,
                        fit,
                        new SeparatorMenuItem(),
                        palette,
                        side,
                        diagram,
                        overview,
                        orthogonal,
                        new SeparatorMenuItem(),
                        presenter,
                        theme);
        return view;
    }

    private Menu simulationMenu() {
        BooleanExpression noDesign = viewModel.designOpenProperty().not();
        MenuItem check = item("Check Design", Shortcuts.CHECK_DESIGN, e -> actions.checkDesign()
                .run());
        check.setGraphic(icon("mdi2c-clipboard-check-outline"));
        check.disableProperty().bind(noDesign);
        MenuItem scenario = item("Scenario…", null, e -> actions.showScenario().run());
        scenario.setGraphic(icon("mdi2c-calendar-clock"));
        scenario.disableProperty().bind(noDesign);
        Menu simulation = new Menu("_Simulation");
        simulation.getItems().addAll(check, scenario);
        if (!runItems.isEmpty()) {
            simulation.getItems().add(new SeparatorMenuItem());
            simulation.getItems().addAll(runItems);
        }
        return simulation;
    }

    private Menu helpMenu() {
        MenuItem shortcuts = item("Keyboard Shortcuts", Shortcuts.HELP, e -> actions.showShortcuts()
                .run());
        shortcuts.setGraphic(icon("mdi2k-keyboard-outline"));
        MenuItem about = item("About dsw", null, e -> actions.showAbout().run());
        about.setGraphic(icon("mdi2i-information-outline"));
        Menu help = new Menu("_Help");
        help.getItems().addAll(shortcuts, new SeparatorMenuItem(), about);
        return help;
    }

    private void fillRecent() {
        recent.getItems().clear();
        List<Path> files = viewModel.recentFiles();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String where = file.getParent() == null ? "" : "  —  " + abbreviateHome(file.getParent());
            MenuItem item = item((i + 1) + "  " + file.getFileName() + where, null, e -> viewModel.openFile(file));
            item.setMnemonicParsing(false);
            recent.getItems().add(item);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent designs");
            none.setDisable(true);
            recent.getItems().add(none);
        }
        MenuItem clear = item("Clear Recent", null, e -> viewModel.clearRecentFiles());
        clear.setDisable(files.isEmpty());
        recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private void selectTheme(Theme theme) {
        themes.getToggles().stream()
                .filter(t -> theme.equals(t.getUserData()))
                .findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private static String abbreviateHome(Path folder) {
        String home = System.getProperty("user.home");
        String text = folder.toString();
        return home != null && !home.isEmpty() && text.startsWith(home) ? "~" + text.substring(home.length()) : text;
    }

    private static MenuItem item(String text, KeyCombination accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(action);
        return item;
    }

    private static FontIcon icon(String literal) {
        return Icons.of(literal);
    }

    private void unbindAll(List<MenuItem> items) {
        for (MenuItem item : items) {
            item.textProperty().unbind();
            item.disableProperty().unbind();
            if (item instanceof CheckMenuItem check) {
                check.selectedProperty().unbindBidirectional(viewModel.sidePanelVisibleProperty());
                check.selectedProperty().unbindBidirectional(viewModel.presenterModeProperty());
                check.selectedProperty().unbindBidirectional(paletteVisible);
                check.selectedProperty().unbindBidirectional(previewVisible);
                check.selectedProperty().unbindBidirectional(canvas.overviewProperty());
            }
            if (item instanceof Menu menu) {
                unbindAll(menu.getItems());
            }
        }
    }
}
