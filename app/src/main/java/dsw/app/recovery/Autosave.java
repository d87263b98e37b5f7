package dsw.app.recovery;

import dsw.app.session.DesignSession;
import dsw.app.task.Scheduler;
import dsw.app.task.TaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/**
 * Keeps a copy of unsaved work in the {@link RecoveryStore}, so that a crash or a killed process
 * loses at most the last few seconds of edits. While the open design has unsaved changes it is
 * written {@link #QUIET} after the last edit, and at the latest {@link #LONGEST} after the first
 * edit not yet written, so that continuous editing is kept too. Once nothing is unsaved (saved,
 * undone back to the saved state, closed) the copy is deleted at once. Files are written through
 * the {@link TaskExecutor}, one at a time, the newest state winning; a failure is logged, never put
 * in front of the user. Time comes from a {@link Scheduler}, so tests need no sleeps. FX thread
 * only.
 */
public final class Autosave {
    /** A pause in editing this long writes the work. */
    public static final Duration QUIET = Duration.ofSeconds(2);

    /** No edit stays unwritten longer than this (plus the time the write takes). */
    public static final Duration LONGEST = Duration.ofSeconds(5);

    /** One state of the open design, as far as its recovery file is concerned. */
    private record Version(long document, long revision, Path file) {}

    /** File work for the store; a replaceable one is dropped when newer work is queued after it. */
    private record Work(String what, Io io, boolean replaceable) {}

    @FunctionalInterface
    private interface Io {
        void run() throws Exception;
    }

    private final DesignSession session;
    private final RecoveryStore store;
    private final TaskExecutor executor;
    private final Scheduler scheduler;
    private final Consumer<String> log;
    private final ChangeListener<Object> listener = (obs, old, now) -> changed();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private final Deque<Work> queue = new ArrayDeque<>();
    private boolean running;
    private Scheduler.Scheduled timer;
    /** When the first edit not yet written was made; null when none waits. */
    private Instant firstUnwritten;
    /** The state last handed to the store to write; null when none is on disk or due to be. */
    private Version requested;
    /** Whether a recovery file may exist (written, or adopted), so that clean work deletes it. */
    private boolean onDisk;

    private boolean closed;

    /** Starts following {@code session}; failures go to {@code log} (standard error in the app). */
    public Autosave(
            DesignSession session,
            RecoveryStore store,
            TaskExecutor executor,
            Scheduler scheduler,
            Consumer<String> log) {
        this.session = Objects.requireNonNull(session, "session");
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.log = Objects.requireNonNull(log, "log");
        session.designProperty().addListener(listener);
        session.dirtyProperty().addListener(listener);
        session.fileProperty().addListener(listener);
        session.documentIdProperty().addListener(listener);
        changed();
    }

    /**
     * Makes the work {@code orphan} holds this dsw's recovery file (after it was restored into the
     * session), in order with the writes, so the work is on disk at every moment.
     */
    public void adopt(Orphan orphan) {
        if (closed) {
            orphan.release();
            return;
        }
        onDisk = true;
        submit(new Work(
                "keep the restored work",
                () -> {
                    try {
                        store.adopt(orphan);
                    } finally {
                        orphan.release(); // if the move failed, the work stays for the next start
                    }
                },
                false));
    }

    /** The last write that failed, for a status line; empty while autosave works. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Ends normally (the user quit, nothing unsaved is wanted): stops following the session and
     * deletes the recovery file, after a write under way. Nothing is written afterwards.
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cancelTimer();
        queue.clear();
        session.designProperty().removeListener(listener);
        session.dirtyProperty().removeListener(listener);
        session.fileProperty().removeListener(listener);
        session.documentIdProperty().removeListener(listener);
        store.close();
    }

    private void changed() {
        if (closed) {
            return;
        }
        if (!session.isOpen() || !session.isDirty()) {
            cancelTimer();
            firstUnwritten = null;
            requested = null;
            if (onDisk) {
                onDisk = false;
                submit(new Work("delete the recovery file", store::delete, true));
            }
            return;
        }
        if (current().equals(requested) && timer == null) {
            return; // back to the state that is on disk (an undo), nothing new to write
        }
        Instant now = scheduler.now();
        if (firstUnwritten == null) {
            firstUnwritten = now;
        }
        Instant quiet = now.plus(QUIET);
        Instant latest = firstUnwritten.plus(LONGEST);
        cancelTimer();
        timer = scheduler.schedule(Duration.between(now, quiet.isBefore(latest) ? quiet : latest), this::writeNow);
    }

    private void writeNow() {
        timer = null;
        firstUnwritten = null;
        if (closed || !session.isOpen() || !session.isDirty()) {
            return;
        }
        Version version = current();
        if (version.equals(requested)) {
            return;
        }
        requested = version;
        onDisk = true;
        RecoveryPoint point = new RecoveryPoint(
                session.current().orElseThrow(), session.fileProperty().get(), scheduler.now());
        submit(new Work("autosave", () -> store.write(point), true));
    }

    private Version current() {
        return new Version(
                session.documentIdProperty().get(),
                session.revision(),
                session.fileProperty().get());
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private void submit(Work work) {
        if (work.replaceable()) {
            queue.removeIf(Work::replaceable);
        }
        queue.add(work);
        runNext();
    }

    private void runNext() {
        if (running || queue.isEmpty()) {
            return;
        }
        Work work = queue.poll();
        running = true;
        executor.execute(
                () -> {
                    work.io().run();
                    return Boolean.TRUE;
                },
                ok -> finished(work, null),
                error -> finished(work, error));
    }

    private void finished(Work work, Exception error) {
        running = false;
        if (error == null) {
            if (!problem.get().isEmpty()) {
                log.accept("dsw: autosave works again");
            }
            problem.set("");
        } else {
            String message = "could not " + work.what() + " in " + store.directory() + ": " + describe(error);
            if (!message.equals(problem.get())) {
                log.accept("dsw: " + message); // once per kind of failure, not every few seconds
            }
            problem.set(message);
        }
        runNext();
    }

    private static String describe(Exception error) {
        String message = error.getMessage();
        return message == null ? error.getClass().getSimpleName() : message;
    }
}
