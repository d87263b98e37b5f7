package dsw.app.spacetime;

import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The drawing surface of the space-time diagram: one {@link Canvas} painted by {@link
 * SpaceTimePainter} from the view model's frame, repainted once per change in the next layout
 * pass. It turns the mouse and keys into view model calls: wheel and pinch zoom around the mouse,
 * Shift+wheel and drags pan, clicks select (Shift or Ctrl: compare), +, -, 1, arrows and Escape.
 * Its colours and font are CSS properties ({@code -dsw-st-*}, see spacetime.css). FX thread only.
 */
final class SpaceTimeCanvas extends Region {
    static final String STYLE_CLASS = "space-time-canvas";
    /** A press that moves less than this is a click, not a drag. */
    static final double DRAG_THRESHOLD = 4;

    private static final StyleablePropertyFactory<SpaceTimeCanvas> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableObjectProperty<Color> background =
            color("background", "-dsw-st-background", v -> v.background, SpaceTimeColors.LIGHT.background());
    private final StyleableObjectProperty<Color> gutter =
            color("gutter", "-dsw-st-gutter", v -> v.gutter, SpaceTimeColors.LIGHT.gutter());
    private final StyleableObjectProperty<Color> lane =
            color("lane", "-dsw-st-lane", v -> v.lane, SpaceTimeColors.LIGHT.lane());
    private final StyleableObjectProperty<Color> text =
            color("text", "-dsw-st-text", v -> v.text, SpaceTimeColors.LIGHT.text());
    private final StyleableObjectProperty<Color> mutedText =
            color("mutedText", "-dsw-st-muted-text", v -> v.mutedText, SpaceTimeColors.LIGHT.mutedText());
    private final StyleableObjectProperty<Color> dot =
            color("dot", "-dsw-st-dot", v -> v.dot, SpaceTimeColors.LIGHT.dot());
    private final StyleableObjectProperty<Color> arrow =
            color("arrow", "-dsw-st-arrow", v -> v.arrow, SpaceTimeColors.LIGHT.arrow());
    private final StyleableObjectProperty<Color> drop =
            color("drop", "-dsw-st-drop", v -> v.drop, SpaceTimeColors.LIGHT.drop());
    private final StyleableObjectProperty<Color> crash =
            color("crash", "-dsw-st-crash", v -> v.crash, SpaceTimeColors.LIGHT.crash());
    private final StyleableObjectProperty<Color> recover =
            color("recover", "-dsw-st-recover", v -> v.recover, SpaceTimeColors.LIGHT.recover());
    private final StyleableObjectProperty<Color> paused =
            color("paused", "-dsw-st-paused", v -> v.paused, SpaceTimeColors.LIGHT.paused());
    private final StyleableObjectProperty<Color> fault =
            color("fault", "-dsw-st-fault", v -> v.fault, SpaceTimeColors.LIGHT.fault());
    private final StyleableObjectProperty<Color> now =
            color("now", "-dsw-st-now", v -> v.now, SpaceTimeColors.LIGHT.now());
    private final StyleableObjectProperty<Color> past =
            color("past", "-dsw-st-past", v -> v.past, SpaceTimeColors.LIGHT.past());
    private final StyleableObjectProperty<Color> future =
            color("future", "-dsw-st-future", v -> v.future, SpaceTimeColors.LIGHT.future());
    private final StyleableObjectProperty<Color> selected =
            color("selected", "-dsw-st-selected", v -> v.selected, SpaceTimeColors.LIGHT.selected());
    private final StyleableObjectProperty<Color> compared =
            color("compared", "-dsw-st-compared", v -> v.compared, SpaceTimeColors.LIGHT.compared());
    private final StyleableObjectProperty<Color> resilience = color(
            "resilience",
            DecisionFamily.RESILIENCE.cssProperty(),
            v -> v.resilience,
            SpaceTimeColors.LIGHT.resilience());
    private final StyleableObjectProperty<Color> protection = color(
            "protection",
            DecisionFamily.PROTECTION.cssProperty(),
            v -> v.protection,
            SpaceTimeColors.LIGHT.protection());
    private final StyleableObjectProperty<Color> messaging = color(
            "messaging", DecisionFamily.MESSAGING.cssProperty(), v -> v.messaging, SpaceTimeColors.LIGHT.messaging());
    private final StyleableObjectProperty<Color> balancing = color(
            "balancing", DecisionFamily.BALANCING.cssProperty(), v -> v.balancing, SpaceTimeColors.LIGHT.balancing());
    private final StyleableObjectProperty<Font> font = (StyleableObjectProperty<Font>)
            CSS.createStyleableFontProperty(this, "font", "-dsw-st-font", v -> v.font, Font.font(13));

    private final SpaceTimeViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final SpaceTimePainter painter = new SpaceTimePainter();
    private final Tooltip tooltip = new Tooltip();
    private final InvalidationListener repaint = obs -> requestPaint();
    private final InvalidationListener fontChanged = obs -> fontChanged();
    private final InvalidationListener hoverChanged = obs -> hoverChanged();
    private boolean paintRequested = true;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    SpaceTimeCanvas(SpaceTimeViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        setMinSize(0, 0);
        getChildren().add(canvas);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        viewModel.revisionProperty().addListener(repaint);
        viewModel.hoverTextProperty().addListener(hoverChanged);
        for (StyleableObjectProperty<Color> colour : colours()) {
            colour.addListener(repaint);
        }
        font.addListener(fontChanged);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> viewModel.hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> viewModel.hover(-1, -1));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, this::zoomed);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    void dispose() {
        viewModel.revisionProperty().removeListener(repaint);
        viewModel.hoverTextProperty().removeListener(hoverChanged);
        for (StyleableObjectProperty<Color> colour : colours()) {
            colour.removeListener(repaint);
        }
        font.removeListener(fontChanged);
        Tooltip.uninstall(this, tooltip);
    }

    /** The canvas node itself, for tests and screenshots. */
    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        boolean resized = canvas.getWidth() != width || canvas.getHeight() != height;
        if (resized) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            viewModel.setSize(width, height);
        }
        if (resized || paintRequested) {
            paint();
        }
    }

    private void requestPaint() {
        paintRequested = true;
        requestLayout();
    }

    /** Paints the view model's current frame now. */
    void paint() {
        paintRequested = false;
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        painter.setLineWeight(Math.max(1, font.get().getSize() / 13));
        painter.paint(canvas.getGraphicsContext2D(), viewModel.frame(), colors(), font.get());
    }

    private void fontChanged() {
        viewModel.fontSizeProperty().set(font.get().getSize());
        requestPaint();
    }

    private void hoverChanged() {
        String hover = viewModel.hoverTextProperty().get();
        if (hover.isEmpty()) {
            tooltip.hide();
            Tooltip.uninstall(this, tooltip);
        } else {
            tooltip.setText(hover);
            Tooltip.install(this, tooltip);
        }
    }

    SpaceTimeColors colors() {
        return new SpaceTimeColors(
                background.get(),
                gutter.get(),
                lane.get(),
                text.get(),
                mutedText.get(),
                dot.get(),
                arrow.get(),
                drop.get(),
                crash.get(),
                recover.get(),
                paused.get(),
                fault.get(),
                now.get(),
                past.get(),
                future.get(),
                selected.get(),
                compared.get(),
                resilience.get(),
                protection.get(),
                messaging.get(),
                balancing.get());
    }

    Font font() {
        return font.get();
    }

    // ---- input ----

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
            dragging = true;
            setCursor(Cursor.CLOSED_HAND);
        }
        if (dragging) {
            viewModel.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (dragging) {
            dragging = false;
            setCursor(Cursor.DEFAULT);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            viewModel.click(e.getX(), e.getY(), e.isShiftDown() || e.isShortcutDown() || e.isControlDown());
        }
        e.consume();
    }

    /** The wheel (with or without Ctrl) zooms the time axis around the mouse; Shift+wheel and touchpads pan. */
    private void scrolled(ScrollEvent e) {
        boolean touchpad = e.getTouchCount() > 0 || e.isInertia();
        if (touchpad || e.isShiftDown()) {
            double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            double dy = e.isShiftDown() ? 0 : e.getDeltaY();
            viewModel.panBy(dx, dy);
        } else if (e.getDeltaY() != 0) {
            viewModel.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX());
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        viewModel.zoomAt(e.getZoomFactor(), e.getX());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> viewModel.zoomIn();
            case MINUS, SUBTRACT -> viewModel.zoomOut();
            case DIGIT1, NUMPAD1 -> viewModel.fitAll();
            case LEFT -> viewModel.selectAlongLane(-1);
            case RIGHT -> viewModel.selectAlongLane(1);
            case UP -> viewModel.selectAcrossLanes(-1);
            case DOWN -> viewModel.selectAcrossLanes(1);
            case ESCAPE -> viewModel.clearSelection();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    // ---- CSS ----

    private List<StyleableObjectProperty<Color>> colours() {
        return List.of(
                background,
                gutter,
                lane,
                text,
                mutedText,
                dot,
                arrow,
                drop,
                crash,
                recover,
                paused,
                fault,
                now,
                past,
                future,
                selected,
                compared,
                resilience,
                protection,
                messaging,
                balancing);
    }

    private StyleableObjectProperty<Color> color(
            String name,
            String cssName,
            Function<SpaceTimeCanvas, StyleableObjectProperty<Color>> field,
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
