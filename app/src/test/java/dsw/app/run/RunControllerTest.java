package dsw.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.session.DesignSession;
import dsw.model.Design;
import dsw.model.Position;
import dsw.model.edit.Edits;
import dsw.model.scenario.Fault;
import dsw.model.scenario.ScheduledFault;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run controls on the three-tier example, with the simulation on the test's own thread. */
class RunControllerTest {
    private static final long MS = Micros.PER_MILLISECOND;

    private final DesignSession session = new DesignSession();
    private final RunCursor cursor = new RunCursor();
    private final RunEngine engine = new RunEngine(Runnable::run, Runnable::run);
    private final RunController controller = new RunController(session, engine, cursor, () -> 4242);
    private final List<Runnable> later = new java.util.ArrayList<>();

    @BeforeEach
    void openExample() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), Path.of("/tmp/three-tier-web.dsw.json"));
        controller.start();
    }

    @Test
    void aRunStartsPausedAtTimeZeroWithASpeedAtWhichMessagesVisiblyTravel() {
        assertThat(controller.isActive()).isTrue();
        assertThat(controller.playingProperty().get()).isFalse();
        assertThat(cursor.trace()).isNotNull();
        assertThat(cursor.shown()).isZero();
        assertThat(cursor.time()).isZero();
        assertThat(controller.endProperty().get()).isEqualTo(20 * Micros.PER_SECOND);
        assertThat(controller.speedProperty().get()).isBetween(RunController.MIN_SPEED, 0.1);
    }

    @Test
    void playingAdvancesVirtualTimeBySpeedTimesWallTime() {
        controller.speedProperty().set(0.1);
        controller.play();
        for (int i = 0; i <= 10; i++) {
            controller.frame(i * 50_000_000L); // half a second of wall time at 20 frames a second
        }
        assertThat(cursor.time()).isEqualTo(50 * MS);
        Trace trace = cursor.trace();
        assertThat(cursor.shown()).isPositive();
        assertThat(trace.time(cursor.shown() - 1)).isLessThanOrEqualTo(50 * MS);
        if (cursor.shown() < trace.size()) {
            assertThat(trace.time(cursor.shown())).isGreaterThan(50 * MS);
        }
        controller.pause();
        controller.frame(550_000_000L);
        assertThat(cursor.time()).isEqualTo(50 * MS);
    }

    @Test
    void aLongPauseBetweenFramesDoesNotJumpAhead() {
        controller.speedProperty().set(1);
        controller.play();
        controller.frame(0);
        controller.frame(60_000_000_000L); // the window was hidden for a minute
        assertThat(cursor.time()).isLessThanOrEqualTo(100 * MS);
    }

    @Test
    void stepsGoOneEventForwardAndBack() {
        controller.stepForward();
        controller.stepForward();
        controller.stepForward();
        Trace trace = cursor.trace();
        assertThat(cursor.shown()).isEqualTo(3);
        assertThat(cursor.time()).isEqualTo(trace.time(2));
        controller.stepBack();
        assertThat(cursor.shown()).isEqualTo(2);
        assertThat(cursor.time()).isEqualTo(trace.time(1));
    }

    @Test
    void jumpingBackShowsExactlyWhatWasShownBefore() {
        controller.moveTo(300 * MS);
        int shownAt300 = cursor.shown();
        controller.moveTo(2 * Micros.PER_SECOND);
        assertThat(cursor.shown()).isGreaterThan(shownAt300);
        controller.moveTo(300 * MS);
        assertThat(cursor.shown()).isEqualTo(shownAt300);
        assertThat(cursor.time()).isEqualTo(300 * MS);
    }

    @Test
    void runToNextCrashStopsAtTheScenariosCrash() {
        controller.runToNextCrash();
        Trace trace = cursor.trace();
        int last = cursor.shown() - 1;
        assertThat(trace.type(last)).isEqualTo(EventType.CRASH);
        assertThat(trace.header().processName(trace.process(last))).isEqualTo("db-primary");
        assertThat(cursor.time()).isEqualTo(10 * Micros.PER_SECOND);
        assertThat(cursor.selected()).isEqualTo(last);
    }

    @Test
    void anInjectedCrashHappensJustAfterTheMomentShownAndIsRecordedInTheScenario() {
        controller.moveTo(1 * Micros.PER_SECOND);
        controller.inject(new Fault.Crash("cache"));
        Trace trace = cursor.trace();
        controller.moveTo(2 * Micros.PER_SECOND);
        int crash = firstOf(trace, EventType.CRASH, "cache");
        assertThat(trace.time(crash)).isEqualTo(Micros.PER_SECOND + 1);
        Design design = session.current().orElseThrow();
        assertThat(design.scenario().faults())
                .contains(new ScheduledFault(Micros.PER_SECOND + 1, new Fault.Crash("cache")));
        assertThat(session.undoTextProperty().get()).startsWith("Undo Inject crash");
        assertThat(controller.staleProperty().get()).isFalse();
        assertThat(controller.messageProperty().get()).contains("crash");
    }

    @Test
    void injectingAfterJumpingBackRerunsTheSameHistoryUpToThatMoment() {
        controller.moveTo(3 * Micros.PER_SECOND);
        Trace before = cursor.trace();
        controller.moveTo(1 * Micros.PER_SECOND);
        int shown = cursor.shown();
        controller.inject(new Fault.Crash("cache"));
        Trace after = cursor.trace();
        assertThat(after).isNotSameAs(before);
        assertThat(cursor.shown()).isEqualTo(shown);
        for (int seq = 0; seq < shown; seq++) {
            assertThat(after.event(seq)).as("event %d", seq).isEqualTo(before.event(seq));
        }
        controller.moveTo(3 * Micros.PER_SECOND);
        assertThat(firstOf(after, EventType.CRASH, "cache")).isGreaterThanOrEqualTo(shown);
    }

    @Test
    void undoingAnInjectionOrChangingTheTopologyMakesTheRunStaleButMovingABoxDoesNot() {
        controller.moveTo(500 * MS);
        Design design = session.current().orElseThrow();
        session.execute(Edits.move(design, Map.of("web", new Position(999, 999)), Map.of()));
        assertThat(controller.staleProperty().get()).isFalse();
        session.execute(Edits.renameComponent(session.current().orElseThrow(), "web", "Frontend"));
        assertThat(controller.staleProperty().get()).isFalse();
        controller.inject(new Fault.Crash("cache"));
        assertThat(controller.staleProperty().get()).isFalse();
        session.undo();
        assertThat(controller.staleProperty().get()).isTrue();
        controller.restart();
        assertThat(controller.staleProperty().get()).isFalse();
    }

    @Test
    void aNewSeedIsAnUndoableEditAndGivesADifferentRun() {
        controller.moveTo(200 * MS);
        List<Long> firstTimes = times(cursor.trace(), cursor.shown());
        controller.newSeed();
        assertThat(session.current().orElseThrow().scenario().seed()).isEqualTo(4242);
        assertThat(controller.seedProperty().get()).isEqualTo(4242);
        assertThat(cursor.shown()).isZero();
        controller.moveTo(200 * MS);
        assertThat(times(cursor.trace(), cursor.shown())).isNotEqualTo(firstTimes);
    }

    @Test
    void speedStaysWithinItsRange() {
        controller.speedProperty().set(5000);
        assertThat(controller.speedProperty().get()).isEqualTo(RunController.MAX_SPEED);
        controller.changeSpeed(1e-9);
        assertThat(controller.speedProperty().get()).isEqualTo(RunController.MIN_SPEED);
    }

    @Test
    void playingToTheEndStopsThere() {
        controller.moveTo(19_900 * MS);
        controller.speedProperty().set(1);
        controller.play();
        controller.frame(0);
        for (int i = 1; i <= 5; i++) {
            controller.frame(i * 50_000_000L);
        }
        assertThat(cursor.time()).isEqualTo(20 * Micros.PER_SECOND);
        assertThat(controller.playingProperty().get()).isFalse();
        assertThat(controller.finishedProperty().get()).isTrue();
        assertThat(cursor.shown()).isEqualTo(cursor.trace().size());
    }

    @Test
    void selectingAnEventThatHasNotHappenedYetMovesThePlaybackJustPastItButAnEarlierOneDoesNot() {
        controller.moveTo(200 * MS);
        controller.moveTo(100 * MS);
        int later = cursor.shown() + 10;
        cursor.selectedProperty().set(later);
        assertThat(cursor.shown()).isEqualTo(later + 1);
        assertThat(cursor.time()).isEqualTo(cursor.trace().time(later));
        cursor.selectedProperty().set(3);
        assertThat(cursor.shown()).isEqualTo(later + 1);
    }

    @Test
    void workThatEndsAfterTheRunWasStoppedShowsNothing() {
        RunEngine deferred = new RunEngine(Runnable::run, work -> later.add(work));
        RunController run = new RunController(session, deferred, cursor, () -> 1);
        run.start();
        later.remove(0).run();
        assertThat(run.isActive()).isTrue();
        run.moveTo(5 * Micros.PER_SECOND);
        run.stop();
        later.forEach(Runnable::run);
        assertThat(cursor.trace()).isNull();
        assertThat(run.isActive()).isFalse();
        run.dispose();
    }

    private static int firstOf(Trace trace, EventType type, String process) {
        for (int seq = 0; seq < trace.size(); seq++) {
            if (trace.type(seq) == type
                    && trace.header().processName(trace.process(seq)).equals(process)) {
                return seq;
            }
        }
        throw new AssertionError("no " + type + " at " + process);
    }

    private static List<Long> times(Trace trace, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(trace::time).toList();
    }
}
