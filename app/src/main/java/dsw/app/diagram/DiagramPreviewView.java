package dsw.app.diagram;

import dsw.app.theme.Icons;
import dsw.diagrams.plantuml.Renderer;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The diagram preview under the canvas: a tab per kind of diagram, the rendered diagram (zoom with
 * the buttons or Ctrl+wheel), Copy PlantUML, Export, and a line saying why a diagram could not be
 * drawn. Use on the FX thread only.
 */
public final class DiagramPreviewView {
    public static final String STYLE_CLASS = "diagram-preview";
    public static final String MESSAGE_ID = "diagram-message";
    public static final String IMAGE_ID = "diagram-image";
    public static final String COPY_ID = "diagram-copy";

    private final DiagramPreviewViewModel viewModel;
    private final VBox root = new VBox();
    private final HBox tabs = new HBox();
    private final ToggleGroup kinds = new ToggleGroup();
    private final ImageView imageView = new ImageView();
    private final ScrollPane scroll = new ScrollPane(new StackPane(imageView));
    private final Label message = new Label();
    private final Label zoomText = new Label("100%");
    private final ProgressIndicator busy = new ProgressIndicator();
    private final InvalidationListener imageListener = obs -> showImage();
    private final InvalidationListener zoomListener = obs -> showZoom();

    /** @param export asks where to write the diagram in a format, then writes it (File > Export) */
    public DiagramPreviewView(DiagramPreviewViewModel viewModel, Consumer<ExportFormat> export) {
        this.viewModel = viewModel;
        root.getStyleClass().add(STYLE_CLASS);
        // One tab per kind of diagram, as a segmented row of toggles.
        for (DiagramKind kind : DiagramKind.values()) {
            ToggleButton tab = new ToggleButton(kind.displayName());
            tab.setUserData(kind);
            tab.setToggleGroup(kinds);
            tab.setId("diagram-tab-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            tab.setSelected(kind == viewModel.kindProperty().get());
            tab.setMinWidth(Region.USE_PREF_SIZE); // never "Deploy…": the zoom text gives way first
            tabs.getChildren().add(tab);
        }
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one tab is always chosen
            } else {
                viewModel.kindProperty().set((DiagramKind) now.getUserData());
            }
        });
        tabs.getStyleClass().add("diagram-tabs");

        Button zoomOut = button("mdi2m-magnify-minus-outline", "Zoom out", viewModel::zoomOut);
        Button zoomIn = button("mdi2m-magnify-plus-outline", "Zoom in", viewModel::zoomIn);
        Button actual = button("mdi2m-magnify-scan", "Actual size", () -> viewModel
                .zoomProperty()
                .set(1));
        Button copy = button("mdi2c-content-copy", "Copy the PlantUML text", this::copy);
        copy.setText("Copy PlantUML");
        copy.setId(COPY_ID);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        MenuButton exportMenu = new MenuButton("Export");
        exportMenu.setMinWidth(Region.USE_PREF_SIZE);
        exportMenu.setGraphic(Icons.of("mdi2e-export-variant"));
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem(format.displayName() + "…");
            item.setOnAction(e -> export.accept(format));
            exportMenu.getItems().add(item);
        }
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.renderingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, tabs, spacer, busy, zoomOut, zoomText, zoomIn, actual, copy, exportMenu);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("diagram-bar");

        imageView.setId(IMAGE_ID);
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        scroll.setPannable(true);
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown()) {
                if (e.getDeltaY() > 0) {
                    viewModel.zoomIn();
                } else if (e.getDeltaY() < 0) {
                    viewModel.zoomOut();
                }
                e.consume();
            }
        });
        VBox.setVgrow(scroll, Priority.ALWAYS);
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("diagram-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        root.getChildren().addAll(bar, message, scroll);

        viewModel.imageProperty().addListener(imageListener);
        viewModel.zoomProperty().addListener(zoomListener);
        showImage();
    }

    public Node node() {
        return root;
    }

    public void dispose() {
        viewModel.imageProperty().removeListener(imageListener);
        viewModel.zoomProperty().removeListener(zoomListener);
        busy.visibleProperty().unbind();
        message.textProperty().unbind();
        message.visibleProperty().unbind();
        message.managedProperty().unbind();
    }

    private void copy() {
        String text = viewModel.sourceProperty().get();
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void showImage() {
        Renderer.Image drawn = viewModel.imageProperty().get();
        imageView.setImage(drawn == null ? null : new Image(new ByteArrayInputStream(drawn.bytes())));
        showZoom();
    }

    private void showZoom() {
        double zoom = viewModel.zoomProperty().get();
        zoomText.setText(Math.round(zoom * 100) + "%");
        Image shown = imageView.getImage();
        if (shown != null) {
            imageView.setFitWidth(shown.getWidth() * zoom);
        }
    }

    private static Button button(String icon, String tooltip, Runnable action) {
        Button b = new Button();
        b.setGraphic(Icons.of(icon));
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("flat");
        return b;
    }
}
