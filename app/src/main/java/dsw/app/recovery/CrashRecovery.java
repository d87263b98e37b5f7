package dsw.app.recovery;

import dsw.app.session.DesignSession;
import dsw.app.shell.Dialogs;
import dsw.app.shell.RecoveryChoice;
import dsw.app.task.TaskExecutor;
import dsw.model.file.DesignFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * At start, offers to restore the unsaved work that dsw instances which crashed or were killed left
 * in the recovery folder: newest first, one question each, until one is restored (one window holds
 * one design; the others wait for the next start). Restored work opens unsaved, with its original
 * file, and becomes this dsw's recovery file. Work that cannot be read is moved aside and reported,
 * never deleted. Files are handled through the {@link TaskExecutor}; questions go through {@link
 * Dialogs}. FX thread only.
 */
public final class CrashRecovery {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ROOT);

    /** A claimed orphan and what it holds. */
    private record Found(Orphan orphan, RecoveryPoint point) {}

    /** What the scan of the recovery folder found. */
    private record Scan(List<Found> readable, List<String> damaged) {}

    private final DesignSession session;
    private final RecoveryStore store;
    private final Autosave autosave;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final Clock clock;
    private final Consumer<String> log;

    @SuppressWarnings("TooManyParameters") // one collaborator each; the app wires them once
    public CrashRecovery(
            DesignSession session,
            RecoveryStore store,
            Autosave autosave,
            TaskExecutor executor,
            Dialogs dialogs,
            Clock clock,
            Consumer<String> log) {
        this.session = Objects.requireNonNull(session, "session");
        this.store = Objects.requireNonNull(store, "store");
        this.autosave = Objects.requireNonNull(autosave, "autosave");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Looks for work left behind and offers to restore it; then {@code done} runs, with true when
     * work was restored and false otherwise (nothing to offer, not restored, or looking failed).
     */
    public void offer(Consumer<Boolean> done) {
        executor.execute(this::scan, scan -> done.accept(ask(scan)), error -> {
            log.accept("dsw: could not look for work to restore in " + store.directory() + ": " + error.getMessage());
            done.accept(false);
        });
    }

    /** Claims and reads the orphans, moving unreadable ones aside. Runs off the FX thread. */
    private Scan scan() throws IOException {
        List<Found> readable = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        for (Orphan orphan : store.claimOrphans()) {
            try {
                readable.add(new Found(orphan, orphan.read()));
            } catch (DesignFileException e) {
                damaged.add(moveAside(orphan, e.getMessage()));
            }
        }
        readable.sort(Comparator.comparing((Found f) -> f.point().savedAt()).reversed());
        return new Scan(readable, damaged);
    }

    private static String moveAside(Orphan orphan, String problem) {
        try {
            Path aside = orphan.moveAside();
            return "Moved to " + aside + ":\n" + problem;
        } catch (IOException e) {
            orphan.release();
            return "Left in place (it could not be moved: " + e.getMessage() + "):\n" + problem;
        }
    }

    private boolean ask(Scan scan) {
        if (!scan.damaged().isEmpty()) {
            dialogs.showWarning(
                    "Unsaved work could not be restored",
                    (scan.damaged().size() == 1
                                    ? "A recovery file"
                                    : scan.damaged().size() + " recovery files")
                            + " left when dsw did not close properly could not be read. Nothing was deleted: "
                            + "the details say where the files are.",
                    String.join("\n\n", scan.damaged()));
        }
        List<Orphan> discard = new ArrayList<>();
        List<Orphan> keep = new ArrayList<>();
        boolean restored = false;
        for (Found found : scan.readable()) {
            if (restored || (session.isOpen() && session.isDirty())) {
                keep.add(found.orphan()); // one design at a time; never replace work in progress
                continue;
            }
            RecoveryPoint point = found.point();
            RecoveryChoice choice = dialogs.askRestore(
                    point.design().name(),
                    describeTime(point.savedAt(), clock),
                    point.originalFile() == null ? null : point.originalFile().toString());
            switch (choice) {
                case RESTORE -> {
                    session.openRecovered(point.design(), point.originalFile());
                    autosave.adopt(found.orphan());
                    restored = true;
                }
                case DISCARD -> discard.add(found.orphan());
                case LATER -> keep.add(found.orphan());
            }
        }
        if (!discard.isEmpty() || !keep.isEmpty()) {
            executor.execute(
                    () -> {
                        keep.forEach(Orphan::release);
                        List<String> failed = new ArrayList<>();
                        for (Orphan orphan : discard) {
                            try {
                                orphan.discard();
                            } catch (IOException e) {
                                failed.add(orphan.designFile() + " (" + e.getMessage() + ")");
                            }
                        }
                        return failed;
                    },
                    failed -> failed.forEach(f -> log.accept("dsw: could not delete discarded work " + f)),
                    error -> log.accept("dsw: could not delete discarded work: " + error.getMessage()));
        }
        return restored;
    }

    /** "today at 14:32", "yesterday at 09:05" or "on 3 Nov 2026 at 18:40", in the clock's zone. */
    static String describeTime(Instant time, Clock clock) {
        ZonedDateTime at = time.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        String day;
        if (at.toLocalDate().equals(today)) {
            day = "today";
        } else if (at.toLocalDate().equals(today.minusDays(1))) {
            day = "yesterday";
        } else {
            day = "on " + DATE.format(at);
        }
        return day + " at " + TIME.format(at);
    }
}
