package dsw.app.run;

import dsw.app.session.DesignSession;
import dsw.model.Design;
import dsw.model.edit.Edits;
import dsw.model.scenario.Fault;
import dsw.model.scenario.Scenario;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunOutcome;
import dsw.simulation.StopCondition;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The run controls' view model: starts a run of the open design, plays it at a chosen speed of
 * virtual time, steps event by event forwards and back, jumps to any moment, runs until something
 * happens, and injects faults, which it records in the design's scenario. It moves the {@link
 * RunCursor} that every run view draws from; the simulation itself runs on the {@link RunEngine}'s
 * thread. FX thread only.
 */
public final class RunController {
    public static final double MIN_SPEED = 0.01;
    public static final double MAX_SPEED = 1000;
    /** A frame later than this after the one before advances time as if it came this soon. */
    private static final long MAX_FRAME_NANOS = 100_000_000L;

    private final DesignSession session;
    private final RunEngine engine;
    private final RunCursor cursor;
    private final LongSupplier seeds;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 0.05);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyLongWrapper end = new ReadOnlyLongWrapper(this, "end");
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed");
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper(this, "busyText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final InvalidationListener designListener = obs -> designChanged();
    private final InvalidationListener selectionListener = obs -> selectionChanged();
    private Design runDesign;
    private long lastFrame = -1;
    /** Virtual time played but not yet shown because the simulation has not got that far. */
    private double pending;

    /**
     * @param seeds gives a fresh seed for "new seed"
     */
    public RunController(DesignSession session, RunEngine engine, RunCursor cursor, LongSupplier seeds) {
        this.session = session;
        this.engine = engine;
        this.cursor = cursor;
        this.seeds = seeds;
        speed.addListener((obs, was, now) -> {
            double clamped = clampSpeed(now.doubleValue());
            if (clamped != now.doubleValue()) {
                speed.set(clamped);
            }
        });
        engine.onProgress(p -> {
            if (busy.get()) {
                progress.set(p.end() <= 0 ? -1 : Math.min(1, (double) p.now() / p.end()));
                busyText.set("Simulating… " + Micros.format(p.now()) + " of " + Micros.format(p.end()) + ", "
                        + String.format(java.util.Locale.ROOT, "%,d", p.events()) + " events");
            }
        });
        session.designProperty().addListener(designListener);
        cursor.selectedProperty().addListener(selectionListener);
    }

    public RunCursor cursor() {
        return cursor;
    }

    /** True while a run is shown (from Run until Stop). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** True while time advances by itself. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** True while the simulation does work the user waits for (a jump, a rebuild); see progress. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0 to 1 while busy with known progress, -1 otherwise. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the simulation is busy with, such as "Simulating… 4.2 s of 10 s". */
    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    /** True when the design changed since the run started: the run no longer shows it. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** True when the playback reached the end of the run. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Virtual seconds played per wall-clock second, from {@value #MIN_SPEED} to {@value #MAX_SPEED}. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The run's end time in virtual microseconds. */
    public ReadOnlyLongProperty endProperty() {
        return end.getReadOnlyProperty();
    }

    /** The seed of the run shown. */
    public ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    /** The last thing worth telling the user (a fault injected, an error, a condition not met). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Shows {@code text} to the user in the run controls; empty hides it. */
    public void showMessage(String text) {
        message.set(text == null ? "" : text);
    }

    // ---- starting and stopping ----

    /** Starts a run of the open design from time 0, paused. */
    public void start() {
        start(false);
    }

    private void start(boolean thenPlay) {
        Design design = session.current().orElse(null);
        if (design == null) {
            return;
        }
        playing.set(false);
        runDesign = design;
        stale.set(false);
        finished.set(false);
        setBusy("Starting the run…");
        engine.start(design, design.scenario(), result -> {
            clearBusy();
            if (result.error() != null) {
                message.set("The run cannot start: " + result.error());
                return;
            }
            cursor.reset(result.trace());
            end.set(engine.end());
            seed.set(design.scenario().seed());
            speed.set(PlaybackSpeed.suggested(design));
            active.set(true);
            message.set("");
            engine.ensureAhead(lookahead());
            if (thenPlay) {
                play();
            }
        });
    }

    /** Starts again from time 0 with the design as it is now. */
    public void restart() {
        start();
    }

    /** Ends the run: the canvas goes back to editing. */
    public void stop() {
        playing.set(false);
        engine.cancel();
        active.set(false);
        stale.set(false);
        finished.set(false);
        clearBusy();
        cursor.reset(null);
        runDesign = null;
    }

    /** Gives the run a new random seed (an undoable edit of the scenario) and restarts it. */
    public void newSeed() {
        setSeed(seeds.getAsLong());
    }

    /** Sets the scenario's seed (an undoable edit) and restarts the run with it. */
    public void setSeed(long value) {
        Design design = session.current().orElse(null);
        if (design == null) {
            return;
        }
        if (design.scenario().seed() != value) {
            session.execute(Edits.setScenario(design, design.scenario().withSeed(value), "Set seed to " + value));
        }
        start();
    }

    // ---- playing ----

    public void play() {
        if (!active.get()) {
            start(true);
            return;
        }
        if (finished.get() || (engine.isFinished() && cursor.time() >= end.get())) {
            moveTo(0);
        }
        finished.set(false);
        lastFrame = -1;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Multiplies the speed by {@code factor}, such as 2 for faster or 0.5 for slower. */
    public void changeSpeed(double factor) {
        speed.set(clampSpeed(speed.get() * factor));
    }

    /**
     * Called once per animation frame with the frame's time in nanoseconds: advances the playback
     * time while playing and takes in what the simulation has recorded since the last frame.
     */
    public void frame(long nanos) {
        if (!active.get()) {
            return;
        }
        Trace trace = cursor.trace();
        if (trace != null && trace.size() != cursor.available()) {
            cursor.availableProperty().set(trace.size());
        }
        if (playing.get() && !busy.get()) {
            long elapsed = lastFrame < 0 ? 0 : Math.min(MAX_FRAME_NANOS, Math.max(0, nanos - lastFrame));
            pending += elapsed / 1000.0 * speed.get();
            long step = (long) pending;
            long limit = engine.isFinished() ? end.get() : engine.completeUpTo();
            long target = Math.min(end.get(), cursor.time() + step);
            long next = Math.max(cursor.time(), Math.min(target, limit));
            pending -= step;
            if (next < target) {
                pending = 0; // the simulation is behind: wait for it rather than jump later
            }
            showTime(next);
            if (next >= end.get() && engine.isFinished()) {
                playing.set(false);
                finished.set(true);
            }
        }
        lastFrame = nanos;
        engine.ensureAhead(lookahead());
    }

    /** How far ahead of the playback the simulation should run: a second and a half of playing. */
    private long lookahead() {
        long ahead = (long) Math.max(50_000, speed.get() * 1_500_000);
        return Math.min(end.get(), cursor.time() + ahead);
    }

    // ---- moving ----

    /** Shows one more event; runs the simulation for it when needed. */
    public void stepForward() {
        if (!active.get() || busy.get()) {
            return;
        }
        playing.set(false);
        Trace trace = cursor.trace();
        if (cursor.shown() < trace.size()) {
            showEvents(cursor.shown() + 1);
            return;
        }
        if (engine.isFinished()) {
            message.set("The run has ended: nothing more happens.");
            return;
        }
        setBusy("Running to the next event…");
        engine.runEvents(1, result -> {
            clearBusy();
            if (accept(result) && cursor.shown() < cursor.trace().size()) {
                showEvents(cursor.shown() + 1);
            }
        });
    }

    /** Hides the last event shown. */
    public void stepBack() {
        if (!active.get() || busy.get()) {
            return;
        }
        playing.set(false);
        if (cursor.shown() > 0) {
            showEvents(cursor.shown() - 1);
        }
    }

    /**
     * Jumps to virtual time {@code time} (clamped to the run), backwards or forwards; a jump beyond
     * what has been simulated runs the simulation there first, with progress and a way to cancel.
     */
    public void moveTo(long time) {
        if (!active.get()) {
            return;
        }
        long t = Math.max(0, Math.min(end.get(), time));
        pending = 0;
        if (t <= engine.completeUpTo() || engine.isFinished()) {
            showTime(t);
            return;
        }
        boolean wasPlaying = playing.get();
        playing.set(false);
        setBusy("Simulating to " + Micros.format(t) + "…");
        engine.runUntil(t, result -> {
            clearBusy();
            if (accept(result)) {
                showTime(Math.min(t, Math.max(cursor.time(), engine.completeUpTo())));
                playing.set(wasPlaying && result.outcome() != RunOutcome.CANCELLED);
            }
        });
    }

    public void moveToStart() {
        moveTo(0);
    }

    public void moveToEnd() {
        moveTo(end.get());
    }

    /** Runs on to the next dropped message. */
    public void runToNextDrop() {
        runUntil(EventType.DROP, "drop");
    }

    /** Runs on to the next crash. */
    public void runToNextCrash() {
        runUntil(EventType.CRASH, "crash");
    }

    private void runUntil(EventType type, String what) {
        if (!active.get() || busy.get()) {
            return;
        }
        playing.set(false);
        if (showNext(type)) {
            return;
        }
        if (engine.isFinished()) {
            message.set("No " + what + " happens in the rest of the run.");
            return;
        }
        setBusy("Running to the next " + what + "…");
        engine.runUntil(StopCondition.next(type), result -> {
            clearBusy();
            if (accept(result) && !showNext(type)) {
                message.set(
                        result.outcome() == RunOutcome.CANCELLED
                                ? "Stopped before the next " + what + "."
                                : "No " + what + " happens in the rest of the run.");
            }
        });
    }

    /** Moves to the next event of {@code type} after the ones shown, if the trace has one. */
    private boolean showNext(EventType type) {
        Trace trace = cursor.trace();
        int size = trace.size();
        cursor.availableProperty().set(size);
        for (int seq = cursor.shown(); seq < size; seq++) {
            if (trace.type(seq) == type) {
                showEvents(seq + 1);
                cursor.selectedProperty().set(seq);
                return true;
            }
        }
        return false;
    }

    /** Stops the work the user is waiting for (a long jump or rebuild). */
    public void cancel() {
        engine.cancel();
    }

    // ---- faults ----

    /**
     * Injects {@code fault} just after the moment shown, records it in the design's scenario (an
     * undoable edit) and shows the run from there. When the run had gone further, it is re-run
     * from the start up to this moment first, so that what follows includes the fault.
     */
    public void inject(Fault fault) {
        Objects.requireNonNull(fault, "fault");
        if (!active.get() || busy.get() || stale.get()) {
            return;
        }
        Design design = session.current().orElseThrow();
        boolean wasPlaying = playing.get();
        playing.set(false);
        long at = cursor.time();
        int shown = cursor.shown();
        setBusy("Injecting " + fault.describe() + "…");
        engine.inject(fault, at, result -> {
            clearBusy();
            if (result.error() != null) {
                message.set("Cannot inject: " + result.error());
                return;
            }
            if (result.trace() != cursor.trace()) {
                cursor.replace(result.trace(), Math.min(shown, result.trace().size()), at);
            }
            cursor.availableProperty().set(cursor.trace().size());
            Scenario replay = engine.replayScenario();
            runDesign = design.withScenario(replay.withSeed(design.scenario().seed()));
            String description = fault.describe(id -> nameOf(design, id)) + " at " + Micros.format(at + 1);
            session.execute(Edits.setScenario(design, replay, "Inject " + description));
            message.set("Injected " + description + ".");
            playing.set(wasPlaying);
        });
    }

    private static String nameOf(Design design, String id) {
        return design.component(id)
                .map(c -> c.name())
                .or(() -> design.link(id).map(l -> l.label().isEmpty() ? id : l.label()))
                .orElse(id);
    }

    // ---- internals ----

    private boolean accept(RunEngine.Result result) {
        if (!active.get() || result.generation() != engine.generation()) {
            return false; // the run was stopped or restarted meanwhile
        }
        if (result.error() != null) {
            message.set(result.error());
            return false;
        }
        if (result.trace() != null && result.trace() != cursor.trace()) {
            cursor.replace(result.trace(), 0, 0);
        }
        cursor.availableProperty().set(cursor.trace().size());
        return true;
    }

    private void showTime(long time) {
        Trace trace = cursor.trace();
        int available = trace.size();
        cursor.availableProperty().set(available);
        cursor.shownProperty().set(TraceSearch.countUpTo(trace, available, time));
        cursor.timeProperty().set(time);
    }

    private void showEvents(int count) {
        Trace trace = cursor.trace();
        cursor.availableProperty().set(trace.size());
        cursor.shownProperty().set(count);
        cursor.timeProperty().set(count == 0 ? 0 : trace.time(count - 1));
        finished.set(false);
    }

    private void setBusy(String text) {
        busy.set(true);
        busyText.set(text);
        progress.set(-1);
    }

    private void clearBusy() {
        busy.set(false);
        busyText.set("");
        progress.set(-1);
    }

    /**
     * Selecting an event that has not happened yet, while paused, moves the playback just past it,
     * so the animation shows the moment the space-time diagram or the log points at. Selecting an
     * earlier event leaves the playback where it is.
     */
    private void selectionChanged() {
        int seq = cursor.selected();
        Trace trace = cursor.trace();
        if (active.get()
                && !playing.get()
                && !busy.get()
                && trace != null
                && seq >= cursor.shown()
                && seq < cursor.available()) {
            showEvents(seq + 1);
        }
    }

    private void designChanged() {
        if (!active.get()) {
            return;
        }
        Design now = session.current().orElse(null);
        stale.set(now == null || !RunInputs.sameRun(runDesign, now));
        if (now == null) {
            stop();
        }
    }

    static double clampSpeed(double value) {
        if (!(value > 0) || Double.isNaN(value)) {
            return MIN_SPEED;
        }
        return Math.max(MIN_SPEED, Math.min(MAX_SPEED, value));
    }

    public void dispose() {
        session.designProperty().removeListener(designListener);
        cursor.selectedProperty().removeListener(selectionListener);
        engine.cancel();
    }
}
