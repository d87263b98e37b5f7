package dsw.app.canvas;

import dsw.app.session.DesignSession;
import dsw.app.session.Selection;
import dsw.app.session.SelectionModel;
import dsw.model.Design;
import dsw.model.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

/**
 * State and behaviour of the design canvas without any drawing: the layout of the open design (or
 * of a preview while a drag is under way), the camera ({@link Viewport}), zooming, panning,
 * selecting by clicking, link routing, the gesture overlay and the findings' marks. The view reports its size
 * and mouse gestures here and paints what this says. A newly opened design is zoomed to fit, and
 * stays fitted while the view is resized until the user zooms or pans. Use on the FX thread only.
 */
public final class CanvasViewModel {
    static final double ZOOM_STEP = 1.25;
    /** Margin around a design zoomed to fit, in pixels. */
    static final double FIT_MARGIN = 24;
    /** How close (in pixels) a click must be to a link to select it. */
    static final double LINK_TOLERANCE = 7;

    private final DesignSession session;
    private final ReadOnlyObjectWrapper<DiagramLayout> layout =
            new ReadOnlyObjectWrapper<>(this, "layout", DiagramLayout.EMPTY);
    private final ReadOnlyObjectWrapper<Viewport> viewport =
            new ReadOnlyObjectWrapper<>(this, "viewport", Viewport.IDENTITY);
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper(this, "zoomText", "100%");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObjectProperty<DiagramLayout.Routing> routing =
            new SimpleObjectProperty<>(this, "routing", DiagramLayout.Routing.STRAIGHT);
    private final ObjectProperty<Overlay> overlay = new SimpleObjectProperty<>(this, "overlay", Overlay.NONE);
    private final ObjectProperty<Map<String, Severity>> marks = new SimpleObjectProperty<>(this, "marks", Map.of());
    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter");
    private final ObjectProperty<java.util.Set<String>> moving =
            new SimpleObjectProperty<>(this, "moving", java.util.Set.of());
    private final BooleanProperty overview = new SimpleBooleanProperty(this, "overview", true);
    private final ChangeListener<Design> designListener = (obs, old, now) -> relayout(now);
    private final InvalidationListener routingListener = obs -> relayout(shown());
    /** A design shown instead of the session's while a drag is under way, or null. */
    private Design preview;

    private final InvalidationListener documentListener = obs -> zoomToFit();
    private final ChangeListener<Viewport> zoomListener =
            (obs, old, now) -> zoomText.set(String.format(Locale.ROOT, "%d%%", Math.round(now.scale() * 100)));
    private double viewWidth;
    private double viewHeight;
    /** True from zoom-to-fit until the user zooms or pans: resizing the view then fits again. */
    private boolean fitting = true;

    public CanvasViewModel(DesignSession session) {
        this.session = session;
        session.designProperty().addListener(designListener);
        session.documentIdProperty().addListener(documentListener);
        viewport.addListener(zoomListener);
        routing.addListener(routingListener);
        relayout(session.designProperty().get());
    }

    /** How links are drawn: straight or orthogonal. */
    public ObjectProperty<DiagramLayout.Routing> routingProperty() {
        return routing;
    }

    /** What the gesture under way draws over the design. */
    public ObjectProperty<Overlay> overlayProperty() {
        return overlay;
    }

    /** Findings by the id of the part they name, the most severe per part, drawn as marks. */
    public ObjectProperty<Map<String, Severity>> marksProperty() {
        return marks;
    }

    /**
     * The ids a drag is moving (components, frames and the links touching them): the view draws
     * them on a layer of their own, so a drag redraws only them. Empty when nothing moves.
     */
    public ObjectProperty<java.util.Set<String>> movingProperty() {
        return moving;
    }

    /** Presenter mode: thicker lines for projectors. */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** Whether the overview map shows (when the design does not fit the view). */
    public BooleanProperty overviewProperty() {
        return overview;
    }

    /**
     * Shows a drawing of its own instead of the open design's until {@link #endPreview()}, without
     * touching the undo history: a drag shows where things would go (without making a design for
     * every step), and only the drop makes an edit.
     */
    public void preview(DiagramLayout drawing) {
        preview = session.designProperty().get();
        layout.set(drawing);
    }

    /** Shows the open design again after a preview. */
    public void endPreview() {
        moving.set(java.util.Set.of());
        if (preview != null) {
            preview = null;
            relayout(session.designProperty().get());
        }
    }

    /** The view's size in pixels. */
    public double viewWidth() {
        return viewWidth;
    }

    public double viewHeight() {
        return viewHeight;
    }

    /** Moves the camera so that the canvas point is in the middle of the view (the overview map). */
    public void centreOn(double canvasX, double canvasY) {
        fitting = false;
        Viewport v = viewport.get();
        viewport.set(
                new Viewport(v.scale(), viewWidth / 2 - canvasX * v.scale(), viewHeight / 2 - canvasY * v.scale()));
    }

    private Design shown() {
        return preview != null ? preview : session.designProperty().get();
    }

    public ReadOnlyObjectProperty<DiagramLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public DiagramLayout layout() {
        return layout.get();
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public Viewport viewport() {
        return viewport.get();
    }

    /** The zoom as a percentage, such as "80%". */
    public ReadOnlyStringProperty zoomTextProperty() {
        return zoomText.getReadOnlyProperty();
    }

    /** A short message to show over the canvas (an empty design), or "" for none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return session.selection().selectionProperty();
    }

    /** The view's size in pixels; while the design is zoomed to fit, it is fitted to the new size. */
    public void setViewSize(double width, double height) {
        viewWidth = width;
        viewHeight = height;
        if (fitting) {
            applyFit();
        }
    }

    public void zoomIn() {
        zoomAt(ZOOM_STEP, viewWidth / 2, viewHeight / 2);
    }

    public void zoomOut() {
        zoomAt(1 / ZOOM_STEP, viewWidth / 2, viewHeight / 2);
    }

    /** Zooms by {@code factor} around a point of the view (the mouse, for the wheel). */
    public void zoomAt(double factor, double x, double y) {
        fitting = false;
        viewport.set(viewport.get().zoomAt(factor, x, y));
    }

    /** Shows the whole design. */
    public void zoomToFit() {
        fitting = true;
        applyFit();
    }

    /** Shows the design at 100%, centred. */
    public void actualSize() {
        fitting = false;
        viewport.set(Viewport.centred(layout.get().contentBounds(), viewWidth, viewHeight, 1));
    }

    public void panBy(double dx, double dy) {
        fitting = false;
        viewport.set(viewport.get().panBy(dx, dy));
    }

    /** Selects what is drawn at a point of the view, or nothing when the point is empty. */
    public void clickAt(double x, double y) {
        Viewport v = viewport.get();
        Optional<String> hit = layout.get().hit(v.toCanvasX(x), v.toCanvasY(y), LINK_TOLERANCE / v.scale());
        SelectionModel selection = session.selection();
        if (hit.isPresent()) {
            selection.select(hit.get());
        } else {
            selection.clear();
        }
    }

    /** What a click at this point of the view would select. */
    public Optional<String> idAt(double x, double y) {
        Viewport v = viewport.get();
        return layout.get().hit(v.toCanvasX(x), v.toCanvasY(y), LINK_TOLERANCE / v.scale());
    }

    public void clearSelection() {
        session.selection().clear();
    }

    /** Pans so that the component, link or frame is in view, if it is not already. */
    public void reveal(String id) {
        Optional<Rect> bounds = layout.get().boundsOf(id);
        if (bounds.isEmpty() || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        Rect r = bounds.get();
        Viewport v = viewport.get();
        boolean visible = v.toScreenX(r.x()) >= 0
                && v.toScreenY(r.y()) >= 0
                && v.toScreenX(r.maxX()) <= viewWidth
                && v.toScreenY(r.maxY()) <= viewHeight;
        if (!visible) {
            viewport.set(Viewport.centred(r, viewWidth, viewHeight, v.scale()));
        }
    }

    /** Stops following the session. */
    public void dispose() {
        session.designProperty().removeListener(designListener);
        session.documentIdProperty().removeListener(documentListener);
        viewport.removeListener(zoomListener);
        routing.removeListener(routingListener);
    }

    private void relayout(Design design) {
        if (preview != null && !java.util.Objects.equals(design, preview)) {
            preview = null; // the design changed under a preview (undo during a drag): show the real one
        }
        layout.set(design == null ? DiagramLayout.EMPTY : DiagramLayout.of(design, routing.get()));
        notice.set(
                design != null
                                && design.components().isEmpty()
                                && design.groups().isEmpty()
                        ? "This design is empty.\nDrag a component from the palette onto the canvas,"
                                + " or double-click here to add one."
                        : "");
    }

    private void applyFit() {
        if (viewWidth > 0 && viewHeight > 0) {
            viewport.set(Viewport.fit(layout.get().contentBounds(), viewWidth, viewHeight, FIT_MARGIN));
        }
    }
}
