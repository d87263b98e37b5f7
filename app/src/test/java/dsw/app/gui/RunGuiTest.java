package dsw.app.gui;

import static dsw.app.gui.GuiTests.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.run.RunController;
import dsw.app.run.RunCursor;
import dsw.app.shell.FakeFileDialogs;
import dsw.model.scenario.Fault;
import dsw.model.scenario.ScheduledFault;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs a bundled example in the real window, headless: plays it, pauses, steps, jumps back, and
 * crashes a component from its context menu, then finds the crash in the run.
 */
class RunGuiTest extends FxRobot {
    @TempDir
    Path dir;

    private DswApplication app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        app = GuiTests.startApp(dir, new FakeFileDialogs());
        GuiTests.openExample(this, "Three-tier web application");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        GuiTests.stopApp(app);
    }

    @Test
    void playsPausesStepsJumpsBackAndCrashesAComponentFromItsMenu() throws Exception {
        push(KeyCode.F5);
        waitUntil(() -> run().isActive() && cursor().time() > 0);
        assertThat(lookup("#transport-bar").tryQuery()).isPresent();
        assertThat(run().playingProperty().get()).isTrue();
        waitUntil(() -> cursor().shown() > 20);

        clickOn("#run-play");
        waitUntil(() -> !run().playingProperty().get());
        long paused = onFx(() -> cursor().time());
        int shown = onFx(() -> cursor().shown());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> cursor().time())).isEqualTo(paused);

        clickOn("#run-step");
        waitUntil(() -> cursor().shown() == shown + 1);
        Trace trace = onFx(() -> cursor().trace());
        assertThat(onFx(() -> cursor().time())).isEqualTo(trace.time(shown));
        push(KeyCode.SHIFT, KeyCode.F6);
        waitUntil(() -> cursor().shown() == shown);

        // Jump back to the start with the keyboard, then to 1 s from the Run to > Time dialog.
        push(KeyCode.SHORTCUT, KeyCode.HOME);
        waitUntil(() -> cursor().time() == 0 && cursor().shown() == 0);
        push(KeyCode.SHORTCUT, KeyCode.F8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".dialog-pane .text-field")
                .tryQuery()
                .isPresent());
        clickOn(".dialog-pane .text-field");
        push(KeyCode.SHORTCUT, KeyCode.A);
        write("1s");
        assertThat(lookup(".dialog-pane .text-field")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText())
                .isEqualTo("1s");
        push(KeyCode.ENTER);
        waitUntil(() -> cursor().time() == Micros.PER_SECOND);

        // Crash the cache from its context menu.
        clickOn(onCanvas("cache"), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> lookup("Crash Cache").tryQuery().isPresent());
        clickOn("Crash Cache");
        waitUntil(() -> run().messageProperty().get().startsWith("Injected crash Cache"));
        ScheduledFault recorded =
                onFx(() -> app.viewModel().session().current().orElseThrow().scenario().faults().stream()
                        .filter(f -> f.fault().equals(new Fault.Crash("cache")))
                        .findFirst()
                        .orElseThrow());
        assertThat(recorded.at()).isEqualTo(Micros.PER_SECOND + 1);

        // Step on: the next event is the crash.
        push(KeyCode.F6);
        waitUntil(() -> cursor().shown() > 0 && cursor().trace().type(cursor().shown() - 1) == EventType.CRASH);
        Trace after = onFx(() -> cursor().trace());
        int crash = onFx(() -> cursor().shown() - 1);
        assertThat(after.header().processName(after.process(crash))).isEqualTo("cache");
        assertThat(after.time(crash)).isEqualTo(Micros.PER_SECOND + 1);

        // The crash is in the event log and on the space-time diagram, with the cache's lane crashed.
        clickOn("#run-tab-events");
        waitUntil(() -> events().rows().contains(crash));
        clickOn("#run-tab-space-time");
        onFx(() -> {
            cursor().selectedProperty().set(crash); // a selected event is scrolled into view and always drawn
            return null;
        });
        waitUntil(() ->
                spaceTime().frame().dots().stream().anyMatch(d -> d.seq() == crash && d.type() == EventType.CRASH));
        assertThat(onFx(() -> spaceTime().frame().lanes().stream()
                        .filter(l -> l.name().equals("cache"))
                        .flatMap(l -> l.segments().stream())
                        .anyMatch(seg -> seg.state() == dsw.app.spacetime.LaneState.CRASHED)))
                .isTrue();

        // Select an event in the event log: the diagram highlights exactly its causal past.
        int received = onFx(() -> {
            for (int seq = crash - 1; seq >= 0; seq--) {
                if (after.type(seq) == EventType.RECEIVE) {
                    return seq;
                }
            }
            throw new AssertionError("no receive before the crash");
        });
        onFx(() -> {
            cursor().selectedProperty().set(received);
            return null;
        });
        waitUntil(() -> spaceTime().highlight().hasCausality()
                && spaceTime().highlight().selected() == received);
        java.util.BitSet past = onFx(() -> spaceTime().highlight().past());
        dsw.model.trace.Causality causality = dsw.model.trace.Causality.of(after);
        assertThat(past).isEqualTo(causality.causalPast(received));
        assertThat(past.cardinality()).isGreaterThan(1);
        for (int seq = 0; seq < received; seq++) {
            if (seq != received && after.type(seq).isProcessEvent()) {
                assertThat(past.get(seq)).as("event %d", seq).isEqualTo(causality.happenedBefore(seq, received));
            }
        }

        // Undo takes the crash out of the scenario; the run says it no longer shows the design.
        push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> run().staleProperty().get());
        assertThat(lookup(".run-stale").query().isVisible()).isTrue();
        clickOn("Restart with the Changes");
        waitUntil(() -> !run().staleProperty().get() && cursor().time() == 0);
    }

    private RunController run() {
        return app.window().run();
    }

    private dsw.app.eventlog.EventLogViewModel events() {
        return app.window().runPanels().eventsModel();
    }

    private dsw.app.spacetime.SpaceTimeViewModel spaceTime() {
        return app.window().runPanels().spaceTime();
    }

    private RunCursor cursor() {
        return run().cursor();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        GuiTests.waitForRun(run(), 20, condition, null);
    }

    private Point2D onCanvas(String componentId) throws Exception {
        return GuiTests.onCanvas(app, componentId);
    }
}
