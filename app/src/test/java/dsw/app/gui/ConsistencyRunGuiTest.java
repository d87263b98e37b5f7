package dsw.app.gui;

import static dsw.app.gui.GuiTests.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.TestDesigns;
import dsw.app.consistency.ConsistencyView;
import dsw.app.consistency.ConsistencyViewModel;
import dsw.app.run.RunController;
import dsw.app.run.RunCursor;
import dsw.app.shell.FakeFileDialogs;
import dsw.app.spacetime.SpaceTimeFrame;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * The leader-failover example in the real window, headless: it promises linearizability, its
 * asynchronous leader crashes and loses acknowledged writes, and the Consistency tab says the run
 * broke the promise, lists the operations and marks them on the space-time diagram and in the
 * event log; choosing one selects its answer.
 */
class ConsistencyRunGuiTest extends FxRobot {
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
            app.viewModel().session().open(TestDesigns.example("leader-failover.dsw.json"), null);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        GuiTests.stopApp(app);
    }

    @Test
    void theTabSaysTheRunBrokeItsPromiseAndMarksTheOperations() throws Exception {
        push(KeyCode.F5);
        waitUntil(() -> run().isActive() && run().playingProperty().get());
        clickOn("#run-play");
        waitUntil(() -> !run().playingProperty().get());
        runTo("5s");

        clickOn("#run-tab-consistency");
        clickOn("#" + ConsistencyView.CHECK_ID);
        waitUntil(() -> model().stateProperty().get() != ConsistencyViewModel.State.CHECKING);

        assertThat(model().stateProperty().get()).isEqualTo(ConsistencyViewModel.State.BROKEN);
        assertThat(((Label) lookup("#" + ConsistencyView.HEADLINE_ID).query()).getText())
                .startsWith("Broke linearizability (");
        assertThat(((Label) lookup("#" + ConsistencyView.SENTENCE_ID).query()).getText())
                .startsWith("get of ");
        ListView<?> list = lookup("#" + ConsistencyView.LIST_ID).queryAs(ListView.class);
        assertThat(list.getItems()).isNotEmpty();
        int[] marked = onFx(() -> cursor().marked().seqs());
        assertThat(marked).as("each operation's request and answer").hasSizeGreaterThanOrEqualTo(2);
        GuiTests.snapshot("consistency-broken.png");

        // Choosing the first operation selects its answer (or its request, when it got none).
        clickOn(list.lookup(".list-cell"));
        push(KeyCode.ENTER);
        int selected = onFx(() -> cursor().selected());
        assertThat(marked).contains(selected);

        clickOn("#run-tab-space-time");
        WaitForAsyncUtils.waitForFxEvents();
        SpaceTimeFrame frame = onFx(() -> app.window().runPanels().spaceTime().frame());
        assertThat(frame.dots().stream().filter(SpaceTimeFrame.Dot::marked).map(SpaceTimeFrame.Dot::seq))
                .as("the selected operation's marked event is drawn")
                .contains(selected);
        GuiTests.snapshot("consistency-space-time.png");
    }

    private void runTo(String time) throws Exception {
        GuiTests.runTo(this, run(), time);
    }

    private ConsistencyViewModel model() {
        return app.window().runPanels().consistency();
    }

    private RunController run() {
        return app.window().run();
    }

    private RunCursor cursor() {
        return run().cursor();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        GuiTests.waitForRun(
                run(),
                60,
                condition,
                () -> "consistency " + model().headlineProperty().get());
    }
}
