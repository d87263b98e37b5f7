package dsw.app.spacetime;

import dsw.app.run.RunCursor;
import dsw.app.task.TaskExecutor;
import dsw.model.trace.Trace;
import dsw.model.trace.VectorClocks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of the space-time diagram of the run a {@link RunCursor} shows: the options, the
 * viewport, what is highlighted, and the gestures (zoom, pan, fit, click, keys) as methods, so the
 * panel's behaviour is tested without a toolkit. It indexes the trace as it grows, and has the
 * vector clocks, the Lamport order and the causal sets of the selection worked out off the FX
 * thread through the {@link TaskExecutor}. FX thread only.
 */
public final class SpaceTimeViewModel {
    /** The now line is kept this far across the plot while following playback. */
    static final double FOLLOW_AT = 0.8;
    /** The most pixels per microsecond (time axis) and per rank (Lamport order). */
    static final double MAX_TIME_SCALE = 40;

    static final double MAX_RANK_SCALE = 240;
    /** How much one press of + or - zooms. */
    static final double KEY_ZOOM = 1.5;
    /** Vector clocks kept for labels and hover text. */
    private static final int VECTOR_CACHE = 4096;

    private final RunCursor cursor;
    private final TaskExecutor executor;

    private final ObjectProperty<LabelMode> labelMode =
            new SimpleObjectProperty<>(this, "labelMode", LabelMode.LAMPORT);
    private final BooleanProperty lamportOrder = new SimpleBooleanProperty(this, "lamportOrder");
    private final BooleanProperty hideFuture = new SimpleBooleanProperty(this, "hideFuture");
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", 13);
    private final ReadOnlyStringWrapper relationText = new ReadOnlyStringWrapper(this, "relationText", "");
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final ReadOnlyStringWrapper noteText = new ReadOnlyStringWrapper(this, "noteText", "");
    private final ReadOnlyObjectWrapper<SpaceTimeViewport> viewport =
            new ReadOnlyObjectWrapper<>(this, "viewport", SpaceTimeViewport.INITIAL);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    private final InvalidationListener traceChanged = obs -> reset();
    private final InvalidationListener availableChanged = obs -> availableChanged();
    private final InvalidationListener playbackChanged = obs -> playbackChanged();
    private final InvalidationListener selectionChanged = obs -> selectionChanged();
    private final InvalidationListener optionsChanged = obs -> changed();
    private final InvalidationListener orderChanged = obs -> orderChanged();

    private final Map<Integer, int[]> vectors = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, int[]> eldest) {
            return size() > VECTOR_CACHE;
        }
    };

    private Trace trace;
    private EventIndex index;
    private VectorClocks clocks;
    private LamportOrder order;
    private HighlightSets highlight = HighlightSets.NONE;
    private double width;
    private double height;
    private boolean fitted;
    private boolean fitPending = true;
    private boolean running;
    private boolean dirty;
    private SpaceTimeFrame frame;

    public SpaceTimeViewModel(RunCursor cursor, TaskExecutor executor) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.executor = Objects.requireNonNull(executor, "executor");
        cursor.traceProperty().addListener(traceChanged);
        cursor.availableProperty().addListener(availableChanged);
        cursor.shownProperty().addListener(playbackChanged);
        cursor.timeProperty().addListener(playbackChanged);
        cursor.selectedProperty().addListener(selectionChanged);
        cursor.comparedProperty().addListener(selectionChanged);
        cursor.markedProperty().addListener(optionsChanged);
        labelMode.addListener(optionsChanged);
        hideFuture.addListener(optionsChanged);
        fontSize.addListener(optionsChanged);
        lamportOrder.addListener(orderChanged);
        follow.addListener(obs -> {
            if (follow.get()) {
                followNow();
            }
        });
        reset();
    }

    /** Stops following the cursor; work still running is dropped when it ends. */
    public void dispose() {
        cursor.traceProperty().removeListener(traceChanged);
        cursor.availableProperty().removeListener(availableChanged);
        cursor.shownProperty().removeListener(playbackChanged);
        cursor.timeProperty().removeListener(playbackChanged);
        cursor.selectedProperty().removeListener(selectionChanged);
        cursor.comparedProperty().removeListener(selectionChanged);
        cursor.markedProperty().removeListener(optionsChanged);
        labelMode.removeListener(optionsChanged);
        hideFuture.removeListener(optionsChanged);
        fontSize.removeListener(optionsChanged);
        lamportOrder.removeListener(orderChanged);
        trace = null;
        index = null;
    }

    // ---- properties ----

    public RunCursor cursor() {
        return cursor;
    }

    /** What each event's label says: its Lamport clock (default), vector clock or nothing. */
    public ObjectProperty<LabelMode> labelModeProperty() {
        return labelMode;
    }

    /** Lay events out by the Lamport total order instead of virtual time. */
    public BooleanProperty lamportOrderProperty() {
        return lamportOrder;
    }

    /** Hide events after the playback position instead of drawing them faded. */
    public BooleanProperty hideFutureProperty() {
        return hideFuture;
    }

    /** Keep the now line in view while playing; turned off when the user scrolls it out of view. */
    public BooleanProperty followProperty() {
        return follow;
    }

    /** The text size in pixels, which the view takes from its stylesheet (larger in presenter mode). */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** With two events selected: whether one happened before the other or they are concurrent, and why. */
    public ReadOnlyStringProperty relationTextProperty() {
        return relationText.getReadOnlyProperty();
    }

    /** What the event under the mouse is, or empty. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** A note on what is drawn, such as only every n-th message when zoomed far out, or empty. */
    public ReadOnlyStringProperty noteTextProperty() {
        return noteText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SpaceTimeViewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public SpaceTimeViewport viewport() {
        return viewport.get();
    }

    /** Changes whenever the picture changes: the view repaints on it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The selected event's causal sets, as far as they are known. */
    public HighlightSets highlight() {
        return highlight;
    }

    public SpaceTimeOptions options() {
        return new SpaceTimeOptions(labelMode.get(), lamportOrder.get(), hideFuture.get(), fontSize.get());
    }

    /** The vector clocks worked out so far, or null. */
    VectorClocks clocks() {
        return clocks;
    }

    // ---- the picture ----

    /** Sets the panel's size in pixels. The first size with a run shows all of it. */
    public void setSize(double newWidth, double newHeight) {
        if (newWidth == width && newHeight == height) {
            return;
        }
        width = newWidth;
        height = newHeight;
        if (fitPending) {
            fitAll();
        } else {
            viewport.set(clamp(viewport.get()));
        }
        changed();
    }

    /** The picture at the current state, computed once per change. */
    public SpaceTimeFrame frame() {
        if (frame == null) {
            frame = SpaceTimeFrames.build(new SpaceTimeFrames.Input(
                    index == null ? new EventIndex(emptyTrace()) : index,
                    order,
                    this::vector,
                    cursor.shown(),
                    cursor.time(),
                    highlight,
                    viewport.get(),
                    width,
                    height,
                    options(),
                    cursor.marked()));
            noteText.set(
                    frame.stride() > 1
                            ? "Zoomed out: drawing about 1 in " + frame.stride() + " of " + frame.messagesInRange()
                                    + " messages; zoom in to see them all"
                            : lamportOrder.get() && order == null && index != null && index.size() > 0
                                    ? "Working out the Lamport order…"
                                    : "");
        }
        return frame;
    }

    private static Trace emptyTrace() {
        return new Trace(new dsw.model.trace.TraceHeader(0, "none", java.util.List.of(), java.util.List.of()));
    }

    /** The vector clock of process event {@code seq} if the clocks cover it, else null. */
    int[] vector(int seq) {
        if (clocks == null || seq >= clocks.size() || !trace.type(seq).isProcessEvent()) {
            return null;
        }
        return vectors.computeIfAbsent(seq, clocks::vector);
    }

    // ---- navigation ----

    /** Shows the whole run so far across the width (the "1" key). */
    public void fitAll() {
        double plot = plotWidth();
        if (plot <= 0) {
            fitPending = true;
            return;
        }
        double extent = extent();
        if (extent <= 0 || (lamportOrder.get() && order == null)) {
            fitPending = true;
            viewport.set(
                    new SpaceTimeViewport(0, defaultScale(plot), viewport.get().scrollY()));
            changed();
            return;
        }
        fitPending = false;
        fitted = true;
        double margin = extent * 0.02;
        double scale = clampScale(plot / (extent + 2 * margin));
        viewport.set(clamp(new SpaceTimeViewport(-margin, scale, viewport.get().scrollY())));
        changed();
    }

    /** Shows the axis from {@code start} to {@code end} (microseconds, or ranks in Lamport order). */
    public void show(double start, double end) {
        if (!(end > start) || plotWidth() <= 0) {
            return;
        }
        userMoved(new SpaceTimeViewport(
                start, plotWidth() / (end - start), viewport.get().scrollY()));
    }

    /** Zooms the axis by {@code factor} around screen x {@code screenX}. */
    public void zoomAt(double factor, double screenX) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            return;
        }
        SpaceTimeViewport now = viewport.get();
        double x = Math.max(plotLeft(), Math.min(width, screenX));
        userMoved(now.zoomTo(clampScale(now.scale() * factor), x, plotLeft()));
    }

    /** Zooms in around the middle of the plot (the + key). */
    public void zoomIn() {
        zoomAt(KEY_ZOOM, plotLeft() + plotWidth() / 2);
    }

    /** Zooms out around the middle of the plot (the - key). */
    public void zoomOut() {
        zoomAt(1 / KEY_ZOOM, plotLeft() + plotWidth() / 2);
    }

    /** Moves the picture by pixels, as a drag does: positive dx shows earlier events. */
    public void panBy(double dx, double dy) {
        SpaceTimeViewport now = viewport.get();
        userMoved(new SpaceTimeViewport(now.start() - dx / now.scale(), now.scale(), now.scrollY() - dy));
    }

    /** Shows the axis from {@code start} (the horizontal scroll bar). */
    public void scrollTo(double start) {
        userMoved(viewport.get().withStart(start));
    }

    /** Scrolls the lanes to {@code scrollY} pixels (the vertical scroll bar). */
    public void scrollLanesTo(double scrollY) {
        viewport.set(clamp(viewport.get().withScrollY(scrollY)));
        changed();
    }

    private void userMoved(SpaceTimeViewport moved) {
        fitted = false;
        fitPending = false;
        viewport.set(clamp(moved));
        double now = nowAxis();
        SpaceTimeViewport v = viewport.get();
        follow.set(!Double.isNaN(now) && now >= v.start() && now <= v.end(plotWidth()));
        changed();
    }

    /** The axis range the horizontal scroll bar covers: from 0 to this. */
    public double extent() {
        if (index == null) {
            return 0;
        }
        if (lamportOrder.get()) {
            return order == null ? 0 : order.count();
        }
        return Math.max(index.endTime(), cursor.time());
    }

    /** The height of all lanes, for the vertical scroll bar. */
    public double lanesHeight() {
        return index == null ? 0 : index.processCount() * options().laneHeight();
    }

    /** The plot's width in pixels, right of the column of process names. */
    public double plotWidth() {
        return Math.max(0, width - plotLeft());
    }

    /** The plot's height in pixels, below the axis. */
    public double plotHeight() {
        return Math.max(0, height - options().axisHeight());
    }

    private double plotLeft() {
        return Math.min(options().gutter(), width / 3);
    }

    private double defaultScale(double plot) {
        return lamportOrder.get() ? plot / 50 : plot / 100_000.0;
    }

    private double clampScale(double scale) {
        double plot = Math.max(1, plotWidth());
        double max = lamportOrder.get() ? MAX_RANK_SCALE : MAX_TIME_SCALE;
        double min = Math.min(max, plot / Math.max(1, extent() * 4));
        return Math.max(min, Math.min(max, scale));
    }

    private SpaceTimeViewport clamp(SpaceTimeViewport v) {
        double scale = clampScale(v.scale());
        double span = plotWidth() / scale;
        double start = Math.max(-span * 0.5, Math.min(Math.max(0, extent() - span * 0.1), v.start()));
        double maxY = Math.max(0, lanesHeight() - plotHeight());
        double scrollY = Math.max(0, Math.min(maxY, v.scrollY()));
        return new SpaceTimeViewport(start, scale, scrollY);
    }

    /** Where the now line is on the axis, or NaN. */
    private double nowAxis() {
        if (!lamportOrder.get()) {
            return cursor.time();
        }
        return order == null ? Double.NaN : order.frontier(cursor.shown());
    }

    private void followNow() {
        double now = nowAxis();
        if (Double.isNaN(now) || plotWidth() <= 0) {
            return;
        }
        SpaceTimeViewport v = viewport.get();
        double span = plotWidth() / v.scale();
        if (now < v.start() || now > v.start() + span * 0.95) {
            viewport.set(clamp(v.withStart(now - span * FOLLOW_AT)));
            changed();
        }
    }

    // ---- selection ----

    /**
     * A click at a point: selects the event there (or, with {@code compare}, makes it the compared
     * event); a plain click on empty space clears the selection.
     */
    public void click(double x, double y, boolean compare) {
        Optional<Integer> hit = hitAt(x, y);
        if (hit.isPresent()) {
            if (compare) {
                cursor.comparedProperty().set(hit.get());
            } else {
                cursor.selectedProperty().set(hit.get());
            }
        } else if (!compare) {
            clearSelection();
        }
    }

    /** The event drawn at a point, if any. */
    public Optional<Integer> hitAt(double x, double y) {
        return frame().hit(x, y, options().dotRadius() + 4);
    }

    /** Sets the hover text for the mouse at a point. */
    public void hover(double x, double y) {
        Optional<Integer> hit = index == null ? Optional.empty() : hitAt(x, y);
        hoverText.set(
                hit.map(seq -> EventText.describe(trace, seq, vector(seq))).orElse(""));
    }

    /** Whether the run so far holds any pattern decision, so the view shows the decisions' legend. */
    public boolean hasDecisions() {
        return index != null && index.hasDecisions();
    }

    /** The hover text of event {@code seq}. */
    public String describe(int seq) {
        return EventText.describe(trace, seq, vector(seq));
    }

    /** Clears the selected and the compared event (Escape). */
    public void clearSelection() {
        cursor.comparedProperty().set(-1);
        cursor.selectedProperty().set(-1);
    }

    /** Selects the previous (-1) or next (+1) event on the selected event's lane (Left, Right). */
    public void selectAlongLane(int step) {
        int selected = cursor.selected();
        if (index == null) {
            return;
        }
        if (selected < 0 || selected >= index.size()) {
            selectStart();
            return;
        }
        int p = laneOf(selected);
        if (p < 0) {
            int next = selected + step;
            if (next >= 0 && next < limit()) {
                cursor.selectedProperty().set(next);
            }
            return;
        }
        IntList lane = index.lane(p);
        int at = lane.indexOf(selected);
        int i = at < 0 ? lane.firstAtOrAfter(axis(selected), 0, this::axis) : at + step;
        if (i >= 0 && i < lane.size() && lane.get(i) < limit() && !Double.isNaN(axis(lane.get(i)))) {
            cursor.selectedProperty().set(lane.get(i));
        }
    }

    /** Selects the nearest event on the lane above (-1) or below (+1) that has one (Up, Down). */
    public void selectAcrossLanes(int step) {
        int selected = cursor.selected();
        if (index == null) {
            return;
        }
        if (selected < 0 || selected >= index.size()) {
            selectStart();
            return;
        }
        double at = axis(selected);
        for (int p = laneOf(selected) + step; p >= 0 && p < index.processCount(); p += step) {
            int nearest = nearestOn(p, at);
            if (nearest >= 0) {
                cursor.selectedProperty().set(nearest);
                return;
            }
        }
    }

    private void selectStart() {
        int last = Math.min(cursor.shown(), index.size()) - 1;
        if (last >= 0) {
            cursor.selectedProperty().set(last);
        } else if (index.size() > 0 && limit() > 0) {
            cursor.selectedProperty().set(0);
        }
    }

    /** The event of process {@code p} drawn nearest to axis position {@code at}, or -1. */
    private int nearestOn(int p, double at) {
        IntList lane = index.lane(p);
        int i = lane.firstAtOrAfter(at, 0, this::axis);
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int j = Math.max(0, i - 1); j <= i && j < lane.size(); j++) {
            int seq = lane.get(j);
            double distance = Math.abs(axis(seq) - at);
            if (seq < limit() && distance < bestDistance) {
                best = seq;
                bestDistance = distance;
            }
        }
        if (best < 0 && i > 0) {
            // the events from i on are hidden in the future: the last one before them
            int seq = lane.get(Math.min(i, lane.size()) - 1);
            best = seq < limit() ? seq : -1;
        }
        return best;
    }

    private int limit() {
        return hideFuture.get() ? Math.min(cursor.shown(), index.size()) : index.size();
    }

    /** The lane an event is drawn on: its process, or a drop's sender; -1 for a fault. */
    private int laneOf(int seq) {
        int p = trace.process(seq);
        if (p >= 0) {
            return p;
        }
        int msg = trace.message(seq);
        return msg >= 0 ? trace.messageFrom(msg) : -1;
    }

    /** Event {@code seq}'s position on the current axis, or NaN. */
    private double axis(int seq) {
        if (!lamportOrder.get()) {
            return trace.time(seq);
        }
        return order == null ? Double.NaN : order.x(seq);
    }

    /** Scrolls so that event {@code seq} is in view, if it is not. */
    public void reveal(int seq) {
        if (index == null || seq < 0 || seq >= index.size() || plotWidth() <= 0) {
            return;
        }
        SpaceTimeViewport v = viewport.get();
        double at = axis(seq);
        if (!Double.isNaN(at)) {
            double span = plotWidth() / v.scale();
            if (at < v.start() || at > v.start() + span) {
                v = v.withStart(at - span / 2);
            }
        }
        int p = laneOf(seq);
        if (p >= 0) {
            double laneHeight = options().laneHeight();
            double top = p * laneHeight;
            if (top < v.scrollY() || top + laneHeight > v.scrollY() + plotHeight()) {
                v = v.withScrollY(top + laneHeight / 2 - plotHeight() / 2);
            }
        }
        if (!v.equals(viewport.get())) {
            fitted = false;
            viewport.set(clamp(v));
            double now = nowAxis();
            SpaceTimeViewport shown = viewport.get();
            follow.set(!Double.isNaN(now) && now >= shown.start() && now <= shown.end(plotWidth()));
        }
    }

    // ---- reacting to the cursor ----

    private void reset() {
        trace = cursor.trace();
        index = trace == null ? null : new EventIndex(trace);
        clocks = null;
        order = null;
        highlight = HighlightSets.NONE;
        vectors.clear();
        relationText.set("");
        hoverText.set("");
        fitPending = true;
        follow.set(true);
        if (index != null) {
            index.extendTo(cursor.available());
            fitAll();
            schedule();
        }
        changed();
    }

    private void availableChanged() {
        if (index == null) {
            return;
        }
        index.extendTo(cursor.available());
        if (fitPending || fitted) {
            fitAll();
        }
        schedule();
        playbackChanged();
    }

    private void playbackChanged() {
        if (follow.get() && !fitted) {
            followNow();
        }
        changed();
    }

    private void selectionChanged() {
        int selected = cursor.selected();
        int compared = cursor.compared();
        boolean same = selected == highlight.selected() && highlight.hasCausality();
        highlight = same
                ? new HighlightSets(selected, compared, highlight.past(), highlight.future())
                : new HighlightSets(selected, compared, null, null);
        relationText.set(selected >= 0 && compared >= 0 ? "Working out the vector clocks…" : "");
        reveal(selected);
        schedule();
        changed();
    }

    private void orderChanged() {
        fitPending = true;
        if (lamportOrder.get() && order == null) {
            schedule();
        }
        fitAll();
        reveal(cursor.selected());
        changed();
    }

    /** Runs the background work, or marks it to run again when the running work ends. */
    private void schedule() {
        dirty = true;
        if (running || trace == null) {
            return;
        }
        dirty = false;
        running = true;
        Derivation work = new Derivation(
                trace,
                clocks,
                order,
                index.size(),
                lamportOrder.get(),
                cursor.selected(),
                cursor.compared(),
                highlight);
        executor.execute(work::run, this::derived, this::failed);
    }

    private void derived(Derivation.Result result) {
        running = false;
        if (result.trace() == trace && trace != null) {
            clocks = result.clocks();
            order = result.order() != null ? result.order() : order;
            if (result.highlight().selected() == cursor.selected()
                    && result.highlight().compared() == cursor.compared()) {
                highlight = result.highlight();
                relationText.set(result.relation());
            }
            if (lamportOrder.get() && fitPending) {
                fitAll();
                reveal(cursor.selected());
            }
            boolean behind = clocks.size() < index.size() || (lamportOrder.get() && order.size() < index.size());
            dirty |= behind;
            changed();
        }
        if (dirty) {
            schedule();
        }
    }

    private void failed(Exception e) {
        running = false;
        noteText.set("Could not work out the clocks: " + e.getMessage());
    }

    private void changed() {
        frame = null;
        revision.set(revision.get() + 1);
    }
}
