package dsw.app.run;

import dsw.model.trace.Trace;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The run the views show and where in it the user is: the trace, how much of it the views may read,
 * how much of it has happened at the playback time, and the selected events. Every run view (the
 * animation, the space-time diagram, the event log, the charts) draws from this one object, so they
 * never disagree. The run controller moves it; views read it and set the selection. FX thread only.
 *
 * <p>Invariants the controller keeps: {@code 0 <= shown <= available <= trace.size()}; events below
 * {@code shown} have a time at or before {@link #timeProperty() time}, and the event at {@code
 * shown} (when available) is after it, or at it when the user stepped event by event.
 */
public final class RunCursor {
    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty available = new SimpleIntegerProperty(this, "available");
    private final IntegerProperty shown = new SimpleIntegerProperty(this, "shown");
    private final LongProperty time = new SimpleLongProperty(this, "time");
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final IntegerProperty compared = new SimpleIntegerProperty(this, "compared", -1);
    private final ObjectProperty<MarkedEvents> marked = new SimpleObjectProperty<>(this, "marked", MarkedEvents.NONE);

    /** The run's trace, growing while the simulation runs ahead; null when there is no run. */
    public ObjectProperty<Trace> traceProperty() {
        return trace;
    }

    public Trace trace() {
        return trace.get();
    }

    /** Trace events the views may read: published by the simulation and taken in on the FX thread. */
    public IntegerProperty availableProperty() {
        return available;
    }

    public int available() {
        return available.get();
    }

    /** Events that have happened at the playback position: seq {@code < shown}. */
    public IntegerProperty shownProperty() {
        return shown;
    }

    public int shown() {
        return shown.get();
    }

    /** The playback position in virtual time, microseconds. */
    public LongProperty timeProperty() {
        return time;
    }

    public long time() {
        return time.get();
    }

    /** The selected event's seq, or -1. Any view may set it; all of them show it. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public int selected() {
        return selected.get();
    }

    /**
     * A second event compared with the selected one (the space-time diagram says whether one
     * happened before the other), or -1.
     */
    public IntegerProperty comparedProperty() {
        return compared;
    }

    public int compared() {
        return compared.get();
    }

    /** Events a checker points at (never null); every run view marks them. */
    public ObjectProperty<MarkedEvents> markedProperty() {
        return marked;
    }

    public MarkedEvents marked() {
        return marked.get();
    }

    /** Shows a new run from its start, with nothing selected or marked. */
    public void reset(Trace value) {
        marked.set(MarkedEvents.NONE);
        selected.set(-1);
        compared.set(-1);
        shown.set(0);
        available.set(0);
        time.set(0);
        trace.set(value);
        available.set(value == null ? 0 : value.size());
    }

    /**
     * Shows {@code value}, a re-run of the same run that replaced the trace, at event count {@code
     * shownCount} and time {@code at}, keeping the selection when it is still among the events shown.
     */
    public void replace(Trace value, int shownCount, long at) {
        if (selected.get() >= shownCount) {
            selected.set(-1);
        }
        if (compared.get() >= shownCount) {
            compared.set(-1);
        }
        marked.set(MarkedEvents.NONE); // the marks point at events of the trace replaced
        // Never more available than the trace in place holds, at every step of the change.
        shown.set(0);
        available.set(0);
        trace.set(value);
        available.set(value.size());
        shown.set(Math.min(shownCount, value.size()));
        time.set(at);
    }
}
