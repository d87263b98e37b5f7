package dsw.app.animation;

import dsw.app.canvas.CanvasViewModel;
import dsw.app.canvas.DiagramLayout;
import dsw.app.canvas.Viewport;
import dsw.app.run.RunCursor;
import dsw.app.task.TaskExecutor;
import dsw.model.PropertyKeys;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.value.ChangeListener;

/**
 * State of the run animation on the design canvas, without drawing: follows the {@link RunCursor}
 * (trace, events available and shown, playback time), indexes the run off the UI thread as it
 * grows (flights, process states, vector clocks), and computes the {@link RunFrame} to paint and the
 * text of the tooltip under the mouse. {@link #revisionProperty()} changes whenever the frame may
 * have changed, so the view repaints. Use on the FX thread only.
 */
public final class RunLayerViewModel {
    private final RunCursor cursor;
    private final CanvasViewModel canvas;
    private final TaskExecutor executor;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final LongProperty lossLinger = new SimpleLongProperty(this, "lossLinger", 0);

    private final ChangeListener<Trace> traceListener = (obs, old, now) -> reset(now);
    private final InvalidationListener availableListener = obs -> indexMore();
    private final InvalidationListener moved = obs -> bump();

    private final FrameBuilder builder = new FrameBuilder();
    private final FlightList flights = new FlightList();
    private final ClockCache clocks = new ClockCache();
    /** Incremented on every new trace, so that an index of an old one is dropped. */
    private long generation;

    private RunIndexer indexer;
    private RunIndex index;
    private boolean indexing;
    private ProcessStates.Reader reader;

    private RunFrame frame = RunFrame.EMPTY;
    private FrameKey frameKey;
    private ProcessSnapshot states;
    private int[][] vectors;
    private int statesShown = -1;
    private RunIndex statesIndex;

    private record FrameKey(
            long revision, DiagramLayout layout, Viewport viewport, double width, double height, boolean presenter) {}

    public RunLayerViewModel(RunCursor cursor, CanvasViewModel canvas, TaskExecutor executor) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.executor = Objects.requireNonNull(executor, "executor");
        cursor.traceProperty().addListener(traceListener);
        cursor.availableProperty().addListener(availableListener);
        cursor.timeProperty().addListener(moved);
        cursor.shownProperty().addListener(moved);
        lossLinger.addListener(moved);
        reset(cursor.trace());
    }

    /** Changes whenever the frame may have changed: repaint then. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * How long a red cross stays where a message was dropped, in virtual microseconds; 0 (the
     * default) for the run's typical flight time. A cross then shows for as long as a message
     * takes to cross a link, which reads the same at any playback speed: the speed that makes
     * messages visibly move makes crosses last about as long. The playback may instead bind it to
     * 0.3 s of wall-clock time at its speed.
     */
    public LongProperty lossLingerProperty() {
        return lossLinger;
    }

    public CanvasViewModel canvas() {
        return canvas;
    }

    public RunCursor cursor() {
        return cursor;
    }

    /** True once the run shown is indexed up to the events available. */
    public boolean isCaughtUp() {
        return cursor.trace() == null || (index != null && index.size() >= cursor.available() && !indexing);
    }

    /** The frame for the canvas as it is now. */
    public RunFrame frame() {
        return frame(
                canvas.layout(),
                canvas.viewport(),
                canvas.viewWidth(),
                canvas.viewHeight(),
                canvas.presenterProperty().get());
    }

    /** The frame for a view of {@code width} x {@code height} pixels showing {@code layout}. */
    public RunFrame frame(DiagramLayout layout, Viewport viewport, double width, double height, boolean presenter) {
        FrameKey key = new FrameKey(revision.get(), layout, viewport, width, height, presenter);
        if (key.equals(frameKey)) {
            return frame;
        }
        frameKey = key;
        if (index == null || cursor.trace() == null) {
            frame = RunFrame.EMPTY;
            return frame;
        }
        long time = cursor.time();
        Flights f = index.flights();
        f.inFlight(time, flights);
        long linger = lossLinger.get() > 0 ? lossLinger.get() : f.typicalFlight();
        updateStates();
        frame = builder.build(
                new FrameBuilder.Scene(
                        index.trace(),
                        flights,
                        f.losses(time, linger),
                        states,
                        vectors,
                        f.kinds(),
                        time,
                        index.breakers().at(index.trace(), states == null ? 0 : states.shown())),
                layout,
                viewport,
                width,
                height,
                presenter);
        return frame;
    }

    /**
     * Selects the event that sent the message whose glyph is at a screen point of the last frame, so
     * the space-time diagram and the event log show it too; false when no message is there.
     */
    public boolean selectAt(double x, double y) {
        Optional<Hit> hit = frame.hitTest(x, y);
        if (hit.isPresent() && hit.get() instanceof Hit.Message m && cursor.trace() != null) {
            int send = cursor.trace().sendSeq(m.msg());
            if (send >= 0 && send < cursor.available()) {
                cursor.selectedProperty().set(send);
                return true;
            }
        }
        return false;
    }

    /** The tooltip's text for what is at a screen point of the last frame, if anything. */
    public Optional<String> describeAt(double x, double y) {
        return frame.hitTest(x, y).map(this::describe);
    }

    /** The tooltip's text for a message copy or component of the last frame. */
    public String describe(Hit hit) {
        Trace trace = index.trace();
        if (hit instanceof Hit.Message m) {
            Flight flight = null;
            for (int i = 0; i < flights.size(); i++) {
                if (flights.msg(i) == m.msg() && flights.copy(i) == m.copy()) {
                    flight = flights.get(i);
                }
            }
            int sendSeq = trace.sendSeq(m.msg());
            return HoverText.message(trace, m.msg(), m.copy(), flight, clocks.vector(sendSeq));
        }
        Hit.Component c = (Hit.Component) hit;
        ComponentBadge badge = frame.badge(c.componentId()).orElseThrow();
        String text = HoverText.component(trace, badge, states, vectors);
        Optional<BreakerBadge> breaker = frame.breaker(c.componentId());
        return breaker.map(b -> text + "\nCircuit breaker " + b.state().text() + ":\n" + String.join("\n", b.lines()))
                .orElse(text);
    }

    /** Stops following the cursor; an indexing task under way is dropped when it ends. */
    public void dispose() {
        cursor.traceProperty().removeListener(traceListener);
        cursor.availableProperty().removeListener(availableListener);
        cursor.timeProperty().removeListener(moved);
        cursor.shownProperty().removeListener(moved);
        lossLinger.removeListener(moved);
        generation++;
    }

    private void updateStates() {
        int shown = Math.min(cursor.shown(), index.states().size());
        if (shown == statesShown && Objects.equals(statesIndex, index)) {
            return;
        }
        states = reader.at(shown);
        int[] lasts = new int[states.processCount()];
        for (int p = 0; p < lasts.length; p++) {
            lasts[p] = states.lastEvent(p);
        }
        vectors = clocks.vectors(lasts);
        statesShown = shown;
        statesIndex = index;
    }

    private void reset(Trace trace) {
        generation++;
        index = null;
        reader = null;
        indexing = false;
        states = null;
        vectors = null;
        statesShown = -1;
        statesIndex = null;
        clocks.use(null);
        indexer = trace == null ? null : new RunIndexer(trace, limits(trace.header(), canvas.layout()));
        bump();
        indexMore();
    }

    /** Indexes the events available beyond the index, in the background, one task at a time. */
    private void indexMore() {
        if (indexer == null || indexing) {
            return;
        }
        int target = cursor.available();
        if (index != null && index.size() >= target) {
            return;
        }
        indexing = true;
        long expected = generation;
        RunIndexer work = indexer;
        executor.execute(
                () -> work.index(target),
                result -> {
                    if (expected != generation) {
                        return;
                    }
                    indexing = false;
                    apply(result);
                    indexMore();
                },
                failure -> {
                    if (expected == generation) {
                        indexing = false;
                        indexer = null; // a broken trace: show what was indexed, stop trying
                    }
                });
    }

    private void apply(RunIndex result) {
        index = result;
        if (reader == null) {
            reader = result.states().reader();
        } else {
            reader.rebase(result.states());
        }
        clocks.use(result.clocks());
        bump();
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }

    /** Per process, the concurrency limit of its component in the layout, or no limit. */
    static int[] limits(TraceHeader header, DiagramLayout layout) {
        int[] limits = new int[header.processCount()];
        for (int p = 0; p < limits.length; p++) {
            limits[p] = layout.box(header.processes().get(p).component())
                    .map(DiagramLayout.Box::component)
                    .filter(c -> c.findProperty(PropertyKeys.CONCURRENCY).isPresent())
                    .map(c -> (int) Math.min(Integer.MAX_VALUE, c.longProperty(PropertyKeys.CONCURRENCY)))
                    .orElse(Integer.MAX_VALUE);
        }
        return limits;
    }
}
