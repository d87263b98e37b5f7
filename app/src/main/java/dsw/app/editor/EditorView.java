package dsw.app.editor;

import dsw.app.canvas.DesignCanvasView;
import dsw.app.canvas.Rect;
import dsw.app.palette.PaletteEntry;
import dsw.app.palette.PaletteViewModel;
import dsw.app.theme.Icons;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The editing canvas: the {@link DesignCanvasView} driven by a {@link CanvasEditor}, with what
 * floats over it: the in-place rename field, the quick-add search, drops from the palette, and a
 * short message when an action was refused. Use on the FX thread only.
 */
public final class EditorView {
    public static final String RENAME_FIELD_ID = "inline-rename";
    public static final String QUICK_ADD_ID = "quick-add";
    public static final String QUICK_ADD_FIELD_ID = "quick-add-field";
    public static final String MESSAGE_ID = "canvas-message";
    public static final String RENAME_STYLE_CLASS = "inline-rename";
    public static final String QUICK_ADD_STYLE_CLASS = "quick-add";
    public static final String MESSAGE_STYLE_CLASS = "canvas-message";

    private final CanvasEditor editor;
    private final DesignCanvasView canvasView;
    private final PaletteViewModel palette;
    private final StackPane root = new StackPane();
    private final Pane floating = new Pane();
    private final TextField renameField = new TextField();
    private final VBox quickAdd = new VBox();
    private final TextField quickAddField = new TextField();
    private final ListView<PaletteEntry> quickAddList = new ListView<>();
    private final Label message = new Label();
    private final PauseTransition messageTimer = new PauseTransition(Duration.seconds(4));
    private final ChangeListener<CanvasEditor.RenameRequest> renameListener = (obs, old, now) -> showRename(now);
    private final ChangeListener<CanvasEditor.QuickAddRequest> quickAddListener = (obs, old, now) -> showQuickAdd(now);
    private final ChangeListener<String> messageListener = (obs, old, now) -> showMessage(now);
    private String renaming;
    private CanvasEditor.QuickAddRequest adding;

    public EditorView(CanvasEditor editor, DesignCanvasView canvasView, PaletteViewModel palette) {
        this.editor = editor;
        this.canvasView = canvasView;
        this.palette = palette;
        canvasView.inputProperty().set(editor);
        floating.setPickOnBounds(false);
        floating.setManaged(true);
        root.getChildren().addAll(canvasView, floating);

        renameField.setId(RENAME_FIELD_ID);
        renameField.getStyleClass().add(RENAME_STYLE_CLASS);
        renameField.setVisible(false);
        renameField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commitRename();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                closeRename();
                e.consume();
            }
        });
        renameField.focusedProperty().addListener((obs, was, now) -> {
            if (!now && renaming != null) {
                commitRename();
            }
        });

        quickAdd.setId(QUICK_ADD_ID);
        quickAdd.getStyleClass().add(QUICK_ADD_STYLE_CLASS);
        quickAdd.setVisible(false);
        quickAddField.setId(QUICK_ADD_FIELD_ID);
        quickAddField.setPromptText("Add… (type to search)");
        quickAddList.setPrefHeight(220);
        quickAddList.setCellFactory(list -> new EntryCell());
        quickAdd.getChildren().addAll(quickAddField, quickAddList);
        quickAdd.setPrefWidth(280);
        quickAddField.textProperty().addListener((obs, old, now) -> {
            quickAddList.getItems().setAll(palette.search(now));
            quickAddList.getSelectionModel().selectFirst();
        });
        quickAddField.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ENTER -> {
                    commitQuickAdd();
                    e.consume();
                }
                case ESCAPE -> {
                    closeQuickAdd();
                    e.consume();
                }
                case DOWN -> {
                    quickAddList.getSelectionModel().selectNext();
                    e.consume();
                }
                case UP -> {
                    quickAddList.getSelectionModel().selectPrevious();
                    e.consume();
                }
                default -> {
                    // typing
                }
            }
        });
        quickAddList.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && quickAddList.getSelectionModel().getSelectedItem() != null) {
                commitQuickAdd();
            }
        });
        quickAddField.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !quickAddList.isFocused()) {
                closeQuickAdd();
            }
        });

        message.setId(MESSAGE_ID);
        message.getStyleClass().add(MESSAGE_STYLE_CLASS);
        message.setVisible(false);
        message.setMouseTransparent(true);
        messageTimer.setOnFinished(e -> message.setVisible(false));
        floating.getChildren().addAll(renameField, quickAdd, message);

        canvasView.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            PaletteEntry entry = entryOf(e);
            if (entry != null) {
                editor.dragOver(entry, e.getX(), e.getY());
            }
        });
        canvasView.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            PaletteEntry entry = entryOf(e);
            if (entry != null) {
                editor.drop(entry, e.getX(), e.getY());
                canvasView.requestFocus();
                e.consume();
            }
        });
        canvasView.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> editor.exited());

        editor.renameProperty().addListener(renameListener);
        editor.quickAddProperty().addListener(quickAddListener);
        editor.commands().messageProperty().addListener(messageListener);
    }

    public Node node() {
        return root;
    }

    public DesignCanvasView canvasView() {
        return canvasView;
    }

    public void dispose() {
        editor.renameProperty().removeListener(renameListener);
        editor.quickAddProperty().removeListener(quickAddListener);
        editor.commands().messageProperty().removeListener(messageListener);
        messageTimer.stop();
    }

    private static PaletteEntry entryOf(MouseDragEvent e) {
        Object source = e.getGestureSource();
        return source instanceof Node n && n.getUserData() instanceof PaletteEntry entry ? entry : null;
    }

    private void showRename(CanvasEditor.RenameRequest request) {
        if (request == null) {
            return;
        }
        closeQuickAdd();
        renaming = request.id();
        Rect r = request.screen();
        double width = Math.max(160, Math.min(r.width(), 420));
        double height = Math.max(30, Math.min(r.height(), 40));
        renameField.setText(request.text());
        renameField.resizeRelocate(r.centerX() - width / 2, r.centerY() - height / 2, width, height);
        renameField.setVisible(true);
        renameField.requestFocus();
        renameField.selectAll();
    }

    private void commitRename() {
        String id = renaming;
        if (id == null) {
            return;
        }
        if (editor.commands().rename(id, renameField.getText())) {
            closeRename();
        } else {
            renameField.requestFocus();
        }
    }

    private void closeRename() {
        renaming = null;
        renameField.setVisible(false);
        editor.renameDone();
        canvasView.requestFocus();
    }

    private void showQuickAdd(CanvasEditor.QuickAddRequest request) {
        if (request == null) {
            return;
        }
        adding = request;
        quickAddField.clear();
        quickAddList.getItems().setAll(palette.search(""));
        quickAddList.getSelectionModel().selectFirst();
        double width = quickAdd.getPrefWidth();
        double height = 260;
        double x = Math.max(4, Math.min(request.screenX(), canvasView.getWidth() - width - 4));
        double y = Math.max(4, Math.min(request.screenY(), canvasView.getHeight() - height - 4));
        quickAdd.resizeRelocate(x, y, width, height);
        quickAdd.setVisible(true);
        quickAddField.requestFocus();
    }

    private void commitQuickAdd() {
        PaletteEntry entry = quickAddList.getSelectionModel().getSelectedItem();
        CanvasEditor.QuickAddRequest at = adding;
        closeQuickAdd();
        if (entry != null && at != null) {
            editor.place(entry, at.canvasX(), at.canvasY(), null);
        }
    }

    private void closeQuickAdd() {
        if (adding == null) {
            return;
        }
        adding = null;
        quickAdd.setVisible(false);
        editor.quickAddDone();
        canvasView.requestFocus();
    }

    private void showMessage(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        message.setText(text);
        message.applyCss();
        double width = Math.min(message.prefWidth(-1), Math.max(200, canvasView.getWidth() - 40));
        double height = message.prefHeight(width);
        Point2D at = new Point2D((canvasView.getWidth() - width) / 2, 16);
        message.resizeRelocate(at.getX(), at.getY(), width, height);
        message.setVisible(true);
        messageTimer.playFromStart();
    }

    /** A quick-add row: the kind's icon, name and section. */
    private static final class EntryCell extends ListCell<PaletteEntry> {
        @Override
        protected void updateItem(PaletteEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(entry.name());
            Label section = new Label(entry.section());
            section.getStyleClass().add("quick-add-section");
            HBox row = new HBox(8, Icons.of(entry.icon(), "palette-icon"), name, section);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }
    }
}
