package dsw.app.gui;

import static dsw.app.gui.GuiTests.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.TestDesigns;
import dsw.app.animation.BreakerBadge;
import dsw.app.animation.BreakerState;
import dsw.app.inspector.PropertyIds;
import dsw.app.run.RunController;
import dsw.app.run.RunCursor;
import dsw.app.shell.FakeFileDialogs;
import dsw.model.trace.Decision;
import dsw.model.trace.Trace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cascading-failure example in the real window, headless: its circuit breaker opens while the
 * payment provider hangs, the caller's badge on the canvas says so at every moment the user goes
 * to, and the property sheet shows the breaker switched on for the link.
 */
class BreakerRunGuiTest extends FxRobot {
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
        onFx(() -> {
            app.viewModel().session().open(TestDesigns.example("cascading-failure.dsw.json"), null);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        GuiTests.stopApp(app);
    }

    @Test
    void theBadgeFollowsTheBreakerOfTheRunAndTheSheetShowsItSwitchedOn() throws Exception {
        push(KeyCode.F5);
        waitUntil(() -> run().isActive() && run().playingProperty().get());
        clickOn("#run-play");
        waitUntil(() -> !run().playingProperty().get());

        // The payment provider hangs from 4 s to 12 s: by 9 s the orders service's breaker has opened.
        runTo("9s");
        BreakerState during = expected("orders");
        assertThat(during).as("the breaker has left closed while payments hang").isNotEqualTo(BreakerState.CLOSED);
        assertThat(badge("orders").map(BreakerBadge::state)).contains(during);
        assertThat(badge("orders").orElseThrow().text()).isEqualTo("breaker " + during.text());
        assertThat(badge("catalog")).as("the catalog has no breaker").isEmpty();
        GuiTests.snapshot("breaker-open.png");
        clickOn("#run-tab-metrics");
        WaitForAsyncUtils.waitForFxEvents();
        GuiTests.snapshot("breaker-metrics.png");

        // Long after payments answer again, trial calls have closed it.
        runTo("15s");
        assertThat(expected("orders")).isEqualTo(BreakerState.CLOSED);
        assertThat(badge("orders").map(BreakerBadge::state)).contains(BreakerState.CLOSED);

        // Back at 2 s, before any breaker decision, there is no badge at all.
        runTo("2s");
        assertThat(badge("orders")).isEmpty();

        onFx(() -> {
            app.viewModel().session().selection().select("orders-payments");
            return null;
        });
        String breaker = "#" + PropertyIds.pattern("circuitBreaker");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> lookup(breaker).tryQuery().isPresent());
        assertThat(((CheckBox) lookup(breaker).query()).isSelected()).isTrue();
        assertThat(lookup("#" + PropertyIds.patternSetting("circuitBreaker", "waitInOpen"))
                        .tryQuery())
                .isPresent();
        GuiTests.snapshot("breaker-sheet.png");
    }

    /** The state the trace gives the component's breaker at the playback position: the last change. */
    private BreakerState expected(String componentId) throws Exception {
        return onFx(() -> {
            Trace trace = cursor().trace();
            for (int seq = cursor().shown() - 1; seq >= 0; seq--) {
                int process = trace.process(seq);
                if (process >= 0
                        && trace.header().processes().get(process).component().equals(componentId)) {
                    Decision d = trace.decision(seq);
                    if (d == Decision.BREAKER_OPEN) {
                        return BreakerState.OPEN;
                    } else if (d == Decision.BREAKER_HALF_OPEN) {
                        return BreakerState.HALF_OPEN;
                    } else if (d == Decision.BREAKER_CLOSED) {
                        return BreakerState.CLOSED;
                    }
                }
            }
            return null;
        });
    }

    private Optional<BreakerBadge> badge(String componentId) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> app.window().runLayer().frame().breaker(componentId));
    }

    private void runTo(String time) throws Exception {
        GuiTests.runTo(this, run(), time);
    }

    private RunController run() {
        return app.window().run();
    }

    private RunCursor cursor() {
        return run().cursor();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        GuiTests.waitForRun(run(), 30, condition, null);
    }
}
