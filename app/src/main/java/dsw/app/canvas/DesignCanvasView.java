package dsw.app.canvas;

import dsw.app.session.Selection;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The design canvas: one JavaFX {@link Canvas} painted by {@link CanvasPainter} (no node per
 * element, so later animations of thousands of messages stay fast), with an overview map in the
 * corner. The view zooms (wheel, pinch, + / -, 0 for 100%, 1 to fit) and pans (middle button or
 * Space+drag, touchpad scroll, arrow keys) itself and hands every other gesture to its {@link
 * CanvasInput}: selecting by default, editing in the editor. Its colours are CSS properties (such as
 * {@code -dsw-box-fill}) set in the app stylesheet from the theme's colours. Use on the FX thread
 * only.
 */
public final class DesignCanvasView extends Region {
    public static final String STYLE_CLASS = "design-canvas";
    public static final String NOTICE_STYLE_CLASS = "design-canvas-notice";
    /** Pixels the arrow keys pan by. */
    static final double KEY_PAN = 60;
    /** A press that moves less than this is a click, not a drag. */
    static final double DRAG_THRESHOLD = 4;
    /** How much thicker lines are in presenter mode. */
    static final double PRESENTER_WEIGHT = 1.8;

    private static final StyleablePropertyFactory<DesignCanvasView> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableObjectProperty<Color> background =
            color("background", "-dsw-canvas-background", v -> v.background, Color.WHITE);
    private final StyleableObjectProperty<Color> grid = color("grid", "-dsw-grid-color", v -> v.grid, Color.LIGHTGRAY);
    private final StyleableObjectProperty<Color> frameFill =
            color("frameFill", "-dsw-frame-fill", v -> v.frameFill, Color.TRANSPARENT);
    private final StyleableObjectProperty<Color> frameStroke =
            color("frameStroke", "-dsw-frame-stroke", v -> v.frameStroke, Color.GRAY);
    private final StyleableObjectProperty<Color> frameText =
            color("frameText", "-dsw-frame-text", v -> v.frameText, Color.DIMGRAY);
    private final StyleableObjectProperty<Color> boxFill =
            color("boxFill", "-dsw-box-fill", v -> v.boxFill, Color.WHITE);
    private final StyleableObjectProperty<Color> boxStroke =
            color("boxStroke", "-dsw-box-stroke", v -> v.boxStroke, Color.GRAY);
    private final StyleableObjectProperty<Color> boxText =
            color("boxText", "-dsw-box-text", v -> v.boxText, Color.BLACK);
    private final StyleableObjectProperty<Color> boxSubtext =
            color("boxSubtext", "-dsw-box-subtext", v -> v.boxSubtext, Color.DIMGRAY);
    private final StyleableObjectProperty<Color> icon = color("icon", "-dsw-icon-color", v -> v.icon, Color.STEELBLUE);
    private final StyleableObjectProperty<Color> link = color("link", "-dsw-link-color", v -> v.link, Color.DIMGRAY);
    private final StyleableObjectProperty<Color> linkText =
            color("linkText", "-dsw-link-text", v -> v.linkText, Color.DIMGRAY);
    private final StyleableObjectProperty<Color> selection =
            color("selection", "-dsw-selection-color", v -> v.selection, Color.DODGERBLUE);
    private final StyleableObjectProperty<Color> badgeFill =
            color("badgeFill", "-dsw-badge-fill", v -> v.badgeFill, Color.DODGERBLUE);
    private final StyleableObjectProperty<Color> badgeText =
            color("badgeText", "-dsw-badge-text", v -> v.badgeText, Color.WHITE);

    private final CanvasViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Label notice = new Label();
    private final CanvasPainter painter = new CanvasPainter();
    private final InvalidationListener repaint = obs -> requestPaint();
    /** A new layout repaints both layers, except during a drag, when only the moving parts change. */
    private final InvalidationListener layoutRepaint = obs -> layoutChanged();

    private final InvalidationListener topRepaint = obs -> requestTopPaint();
    private final Canvas top = new Canvas();
    private final Canvas layerCanvas = new Canvas();
    private CanvasLayer layer = CanvasLayer.NONE;
    private boolean baseRequested;
    private boolean layerRequested;
    private final ObjectProperty<CanvasInput> input;
    private final MinimapView minimap;
    private double lastX;
    private double lastY;
    private boolean panning;
    private boolean spaceDown;
    private boolean paintRequested;

    public DesignCanvasView(CanvasViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        setMinSize(0, 0);
        notice.getStyleClass().add(NOTICE_STYLE_CLASS);
        notice.setAlignment(Pos.CENTER);
        notice.setWrapText(true);
        notice.setMouseTransparent(true);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        input = new SimpleObjectProperty<>(this, "input", new SelectingInput(viewModel));
        minimap = new MinimapView(viewModel, this::colors);
        top.setMouseTransparent(true);
        layerCanvas.setMouseTransparent(true);
        getChildren().addAll(canvas, layerCanvas, top, notice, minimap);

        for (javafx.beans.Observable o : repaintTriggers()) {
            o.addListener(repaint);
        }
        viewModel.layoutProperty().addListener(layoutRepaint);
        viewModel.overlayProperty().addListener(topRepaint);
        for (StyleableObjectProperty<Color> colour : colours()) {
            colour.addListener(repaint);
        }

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
        addEventHandler(ZoomEvent.ZOOM, this::zoomed);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> input.get().exited());
        focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spaceDown = false;
            }
        });
    }

    /** What changes both layers. */
    private List<javafx.beans.Observable> repaintTriggers() {
        return List.of(
                viewModel.viewportProperty(),
                viewModel.selectionProperty(),
                viewModel.movingProperty(),
                viewModel.marksProperty(),
                viewModel.presenterProperty());
    }

    /** The canvas node itself, for tests and screenshots. */
    public Canvas canvas() {
        return canvas;
    }

    public CanvasViewModel viewModel() {
        return viewModel;
    }

    /** Stops following the view model. */
    public void dispose() {
        for (javafx.beans.Observable o : repaintTriggers()) {
            o.removeListener(repaint);
        }
        viewModel.layoutProperty().removeListener(layoutRepaint);
        viewModel.overlayProperty().removeListener(topRepaint);
        minimap.dispose();
        for (StyleableObjectProperty<Color> colour : colours()) {
            colour.removeListener(repaint);
        }
        notice.textProperty().unbind();
        notice.visibleProperty().unbind();
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        boolean resized = canvas.getWidth() != width || canvas.getHeight() != height;
        canvas.setWidth(width);
        canvas.setHeight(height);
        top.setWidth(width);
        top.setHeight(height);
        layerCanvas.setWidth(width);
        layerCanvas.setHeight(height);
        double noticeWidth = Math.min(width - 40, 560);
        notice.resizeRelocate((width - noticeWidth) / 2, height / 2 - 60, Math.max(0, noticeWidth), 120);
        double mapWidth = Math.min(MinimapView.WIDTH, width / 3);
        double mapHeight = Math.min(MinimapView.HEIGHT, height / 3);
        minimap.resizeRelocate(width - mapWidth - 12, height - mapHeight - 12, mapWidth, mapHeight);
        if (resized) {
            viewModel.setViewSize(width, height);
        }
        if (resized || paintRequested) {
            paint(resized || baseRequested);
        }
        if (resized || layerRequested) {
            paintLayer();
        }
    }

    /**
     * Sets what the layer between the design and the editing overlay shows; {@link CanvasLayer#NONE}
     * clears it.
     */
    public void setLayer(CanvasLayer value) {
        layer = value == null ? CanvasLayer.NONE : value;
        requestLayerPaint();
    }

    /** Repaints the layer in the next layout pass, such as for the next frame of an animation. */
    public void requestLayerPaint() {
        layerRequested = true;
        requestLayout();
    }

    /** The layer's canvas node, for tests and screenshots. */
    public Canvas layerCanvas() {
        return layerCanvas;
    }

    private void paintLayer() {
        layerRequested = false;
        GraphicsContext gc = layerCanvas.getGraphicsContext2D();
        gc.clearRect(0, 0, layerCanvas.getWidth(), layerCanvas.getHeight());
        if (layerCanvas.getWidth() > 0 && layerCanvas.getHeight() > 0) {
            layer.paint(
                    gc,
                    layerCanvas.getWidth(),
                    layerCanvas.getHeight(),
                    viewModel.layout(),
                    viewModel.viewport(),
                    colors());
        }
    }

    /** Paints both layers in the next layout pass, once however many properties changed in between. */
    private void requestPaint() {
        baseRequested = true;
        layerRequested = true;
        requestTopPaint();
    }

    private void layoutChanged() {
        layerRequested = true;
        if (viewModel.movingProperty().get().isEmpty()) {
            requestPaint();
        } else {
            requestTopPaint();
        }
    }

    /** Paints only the top layer (what moves, the overlay) in the next layout pass. */
    private void requestTopPaint() {
        paintRequested = true;
        requestLayout();
    }

    /**
     * Paints the design in two layers. The base canvas holds everything that stays put and is
     * repainted only when that changes; the top canvas holds what a drag moves and the gesture
     * overlay, and is repainted on every step. A canvas that gets no new drawing is only copied to
     * the screen, so a drag redraws the few moving parts instead of the whole design.
     */
    private void paint(boolean base) {
        paintRequested = false;
        baseRequested = false;
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        Selection selected = viewModel.selectionProperty().get();
        java.util.Set<String> moving = viewModel.movingProperty().get();
        painter.setLineWeight(viewModel.presenterProperty().get() ? PRESENTER_WEIGHT : 1);
        CanvasColors colours = colors();
        if (base) {
            painter.paint(
                    canvas.getGraphicsContext2D(),
                    canvas.getWidth(),
                    canvas.getHeight(),
                    viewModel.layout(),
                    viewModel.viewport(),
                    selected,
                    colours,
                    viewModel.marksProperty().get(),
                    id -> !moving.contains(id),
                    true);
        }
        GraphicsContext gc = top.getGraphicsContext2D();
        painter.paint(
                gc,
                top.getWidth(),
                top.getHeight(),
                viewModel.layout(),
                viewModel.viewport(),
                selected,
                colours,
                viewModel.marksProperty().get(),
                moving::contains,
                false);
        painter.paintOverlay(gc, viewModel.layout(), viewModel.overlayProperty().get(), viewModel.viewport(), colours);
    }

    private CanvasColors colors() {
        return new CanvasColors(
                background.get(),
                grid.get(),
                frameFill.get(),
                frameStroke.get(),
                frameText.get(),
                boxFill.get(),
                boxStroke.get(),
                boxText.get(),
                boxSubtext.get(),
                icon.get(),
                link.get(),
                linkText.get(),
                selection.get(),
                badgeFill.get(),
                badgeText.get());
    }

    /** The mouse and keys beyond zooming and panning; the read-only selecting input by default. */
    public ObjectProperty<CanvasInput> inputProperty() {
        return input;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        panning = e.getButton() == MouseButton.MIDDLE || spaceDown;
        if (panning) {
            setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
            input.get().doubleClicked(pointer(e));
        } else {
            input.get().pressed(pointer(e));
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (panning) {
            viewModel.panBy(e.getX() - lastX, e.getY() - lastY);
        } else {
            input.get().dragged(pointer(e));
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (panning) {
            panning = false;
            setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        } else if (e.getClickCount() < 2) {
            input.get().released(pointer(e));
        }
        e.consume();
    }

    private void moved(MouseEvent e) {
        if (spaceDown) {
            setCursor(Cursor.OPEN_HAND);
            return;
        }
        setCursor(
                switch (input.get().moved(pointer(e))) {
                    case HAND -> Cursor.HAND;
                    case MOVE -> Cursor.MOVE;
                    case CROSSHAIR -> Cursor.CROSSHAIR;
                    case RESIZE -> Cursor.SE_RESIZE;
                    case DEFAULT -> Cursor.DEFAULT;
                });
    }

    private static CanvasInput.Pointer pointer(MouseEvent e) {
        CanvasInput.Button button =
                switch (e.getButton()) {
                    case PRIMARY -> CanvasInput.Button.PRIMARY;
                    case SECONDARY -> CanvasInput.Button.SECONDARY;
                    default -> CanvasInput.Button.OTHER;
                };
        return new CanvasInput.Pointer(e.getX(), e.getY(), button, e.isShiftDown(), e.isShortcutDown(), e.isAltDown());
    }

    /**
     * The wheel zooms around the mouse; Shift+wheel pans sideways, Ctrl+wheel up and down; a
     * touchpad's two-finger scroll pans.
     */
    private void scrolled(ScrollEvent e) {
        boolean touchpad = e.getTouchCount() > 0 || e.isInertia();
        if (touchpad || e.isShiftDown() || e.isControlDown()) {
            double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            double dy = e.isShiftDown() ? 0 : e.getDeltaY();
            viewModel.panBy(dx, dy);
        } else if (e.getDeltaY() != 0) {
            viewModel.zoomAt(Math.pow(1.0018, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        if (Double.isFinite(e.getZoomFactor()) && e.getZoomFactor() > 0) {
            viewModel.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = true;
            setCursor(Cursor.OPEN_HAND);
            e.consume();
            return;
        }
        if (input.get().keyPressed(e.getCode(), e.isShiftDown(), e.isShortcutDown(), e.isAltDown())) {
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> viewModel.zoomIn();
            case MINUS, SUBTRACT -> viewModel.zoomOut();
            case DIGIT0, NUMPAD0 -> viewModel.actualSize();
            case DIGIT1, NUMPAD1 -> viewModel.zoomToFit();
            case LEFT -> viewModel.panBy(KEY_PAN, 0);
            case RIGHT -> viewModel.panBy(-KEY_PAN, 0);
            case UP -> viewModel.panBy(0, KEY_PAN);
            case DOWN -> viewModel.panBy(0, -KEY_PAN);
            case ESCAPE -> viewModel.clearSelection();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            if (!panning) {
                setCursor(Cursor.DEFAULT);
            }
            e.consume();
        }
    }

    private List<StyleableObjectProperty<Color>> colours() {
        return List.of(
                background,
                grid,
                frameFill,
                frameStroke,
                frameText,
                boxFill,
                boxStroke,
                boxText,
                boxSubtext,
                icon,
                link,
                linkText,
                selection,
                badgeFill,
                badgeText);
    }

    private StyleableObjectProperty<Color> color(
            String name,
            String cssName,
            java.util.function.Function<DesignCanvasView, StyleableObjectProperty<Color>> field,
            Color initial) {
        return (StyleableObjectProperty<Color>)
                CSS.createStyleableColorProperty(this, name, cssName, field::apply, initial);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
