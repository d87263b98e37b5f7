package dsw.app.gui;

import static dsw.app.gui.GuiTests.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.DswApplication;
import dsw.app.TestDesigns;
import dsw.app.canvas.DesignCanvasView;
import dsw.app.run.FaultTools;
import dsw.app.run.RunController;
import dsw.app.run.RunCursor;
import dsw.app.shell.FakeFileDialogs;
import dsw.app.spacetime.LaneState;
import dsw.model.Design;
import dsw.model.scenario.Fault;
import dsw.model.scenario.ScheduledFault;
import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas's fault menu on a replicated database during a run, headless: crash one instance of
 * the leader-failover example's database from the menu, promote a follower to leader from the
 * keyboard, and read a menu of twelve instances in four partitions.
 */
class FaultMenuGuiTest extends FxRobot {
    private static final String DB = "orders-db";

    @TempDir
    Path dir;

    private DswApplication app;
    private Point2D lastEntry;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        GuiTests.stopApp(app);
    }

    @Test
    void crashingOneInstanceFromItsSubmenuRecordsItAndCrashesOnlyThatReplica() throws Exception {
        open(TestDesigns.example("leader-failover.dsw.json"));
        GuiTests.runTo(this, run(), "1s");

        clickOn(onCanvas(DB), MouseButton.SECONDARY);
        waitUntil(() -> lookup("Crash One Instance").tryQuery().isPresent());
        assertThat(entries("Crash One Instance")).containsExactly("orders-db#1 (leader)", "orders-db#2", "orders-db#3");
        assertThat(entries("Recover One Instance")).isEmpty();
        clickMenu("#fault-crash-instance");
        waitUntil(() -> shown("#fault-crash-orders-db-2"));
        clickMenu("#fault-crash-orders-db-2");
        waitUntil(() -> run().messageProperty().get().startsWith("Injected crash orders-db#2"));

        assertThat(faults()).contains(new ScheduledFault(Micros.PER_SECOND + 1, new Fault.Crash("orders-db#2")));
        assertThat(onFx(() -> session().scenario().faults().size())).isEqualTo(3);

        // Step on: the next process event is orders-db#2's crash, on its lane alone.
        push(KeyCode.F6);
        waitUntil(() -> cursor().shown() > 0 && cursor().trace().type(cursor().shown() - 1) == EventType.CRASH);
        Trace after = onFx(() -> cursor().trace());
        int crash = onFx(() -> cursor().shown() - 1);
        assertThat(after.header().processName(after.process(crash))).isEqualTo("orders-db#2");
        assertThat(after.time(crash)).isEqualTo(Micros.PER_SECOND + 1);
        clickOn("#run-tab-events");
        waitUntil(() -> app.window().runPanels().eventsModel().rows().contains(crash));
        clickOn("#run-tab-space-time");
        onFx(() -> {
            cursor().selectedProperty().set(crash);
            return null;
        });
        waitUntil(() -> lanesCrashed().contains("orders-db#2"));
        assertThat(crashedLanes()).containsExactly("orders-db#2");

        // The menu now offers orders-db#2 for recovery, and no longer for a crash.
        clickOn(onCanvas(DB), MouseButton.SECONDARY);
        waitUntil(() -> lookup("Recover One Instance").tryQuery().isPresent());
        assertThat(entries("Recover One Instance")).containsExactly("orders-db#2 (crashed)");
        assertThat(entries("Crash One Instance")).containsExactly("orders-db#1 (leader)", "orders-db#3");
        push(KeyCode.ESCAPE);

        // Undo takes the crash out of the scenario again.
        push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> run().staleProperty().get());
        assertThat(faults()).noneMatch(f -> f.fault().equals(new Fault.Crash("orders-db#2")));
    }

    @Test
    void promotingAFollowerFromTheKeyboardMakesItLeaderInTheRun() throws Exception {
        open(TestDesigns.example("leader-failover.dsw.json"));
        GuiTests.runTo(this, run(), "1s");
        onFx(() -> {
            app.viewModel().session().selection().select(DB);
            app.window().canvas().requestFocus();
            return null;
        });

        askForMenuFromKeyboard();
        waitUntil(() -> lookup("Promote to Leader").tryQuery().isPresent());
        assertThat(entries("Promote to Leader")).containsExactly("orders-db#2", "orders-db#3");
        clickMenu("#fault-promote");
        waitUntil(() -> shown("#fault-promote-orders-db-3"));
        clickMenu("#fault-promote-orders-db-3");
        waitUntil(() -> run().messageProperty().get().startsWith("Injected promote orders-db#3 to leader"));
        assertThat(faults()).contains(new ScheduledFault(Micros.PER_SECOND + 1, new Fault.Promote("orders-db#3")));

        // A little later the run shows orders-db#3 taking over with a new term, long before the crash.
        GuiTests.runTo(this, run(), "1100ms");
        String failover = onFx(() -> {
            Trace trace = cursor().trace();
            for (int seq = 0; seq < cursor().shown(); seq++) {
                if (trace.type(seq) == EventType.LOCAL && trace.decision(seq) == Decision.FAILOVER) {
                    return trace.header().processName(trace.process(seq)) + " at " + trace.time(seq) + "us: "
                            + trace.detail(seq);
                }
            }
            return "none";
        });
        assertThat(failover)
                .startsWith("orders-db#3 at " + (Micros.PER_SECOND + 1) + "us")
                .contains("term 2", "promoted by the operator");

        // Asked again, the menu marks the new leader and offers the others for promotion.
        askForMenuFromKeyboard();
        waitUntil(() -> lookup("Promote to Leader").tryQuery().isPresent());
        assertThat(entries("Crash One Instance")).containsExactly("orders-db#1", "orders-db#2", "orders-db#3 (leader)");
        assertThat(entries("Promote to Leader")).containsExactly("orders-db#1", "orders-db#2");
        push(KeyCode.ESCAPE);
    }

    @Test
    void twelveInstancesInFourPartitionsReadGroupByGroupAndFitOnTheScreen() throws Exception {
        open(TestDesigns.partitionedLeaderFailover(4));
        GuiTests.runTo(this, run(), "1s");

        clickOn(onCanvas(DB), MouseButton.SECONDARY);
        waitUntil(() -> lookup("Crash One Instance").tryQuery().isPresent());
        clickMenu("#fault-crash-instance");
        waitUntil(() -> shown("#fault-crash-orders-db-12"));
        assertThat(entries("Crash One Instance"))
                .containsExactly(
                        "Partition 0",
                        "orders-db#1 (leader)",
                        "orders-db#2",
                        "orders-db#3",
                        "Partition 1",
                        "orders-db#4 (leader)",
                        "orders-db#5",
                        "orders-db#6",
                        "Partition 2",
                        "orders-db#7 (leader)",
                        "orders-db#8",
                        "orders-db#9",
                        "Partition 3",
                        "orders-db#10 (leader)",
                        "orders-db#11",
                        "orders-db#12");
        double screen = onFx(() -> Screen.getPrimary().getVisualBounds().getHeight());
        for (Window popup : popups()) {
            assertThat(popup.getHeight()).as("a menu's height").isLessThanOrEqualTo(screen);
        }
        snapshotMenus("fault-menu-partitioned");
        push(KeyCode.ESCAPE);
        push(KeyCode.ESCAPE);
    }

    private void open(Design design) throws Exception {
        app = GuiTests.startApp(dir, new FakeFileDialogs());
        onFx(() -> {
            app.viewModel().session().open(design, null);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.F5);
        waitUntil(() -> run().isActive() && run().playingProperty().get());
        clickOn("#run-play");
        waitUntil(() -> !run().playingProperty().get());
    }

    /**
     * What the platform sends for the menu key or Shift+F10: a keyboard-triggered context menu
     * request at the centre of the focused canvas. (Headless Monocle turns no key into one, so the
     * test sends it as the desktop platforms do.)
     */
    private void askForMenuFromKeyboard() throws Exception {
        onFx(() -> {
            DesignCanvasView canvas = app.window().canvas();
            double x = canvas.getWidth() / 2;
            double y = canvas.getHeight() / 2;
            Point2D screen = canvas.localToScreen(x, y);
            javafx.event.Event.fireEvent(
                    canvas,
                    new ContextMenuEvent(
                            ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y, screen.getX(), screen.getY(), true, null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether an entry of an open menu matches {@code query}; on the FX thread. */
    private boolean shown(String query) {
        return lookup(query)
                .match(n -> n.getScene() != null && n.isVisible())
                .tryQuery()
                .isPresent();
    }

    /**
     * Clicks the entry of an open menu that matches {@code query}, as a person does: first across,
     * level with the entry clicked before, so that the pointer does not pass over that entry's
     * neighbours (which would close the submenu it opened), then up or down to the entry.
     */
    private void clickMenu(String query) throws Exception {
        javafx.scene.Node entry =
                lookup(query).match(n -> n.getScene() != null && n.isVisible()).query();
        Point2D at = onFx(() -> {
            javafx.geometry.Bounds b = entry.localToScreen(entry.getBoundsInLocal());
            return new Point2D(b.getMinX() + Math.min(24, b.getWidth() / 2), b.getCenterY());
        });
        if (lastEntry != null) {
            moveTo(new Point2D(at.getX(), lastEntry.getY()));
        }
        clickOn(at);
        lastEntry = at;
    }

    /** The texts of the entries of the fault menu's submenu {@code text}, as the menu has them. */
    private List<String> entries(String text) throws Exception {
        return onFx(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof ContextMenu menu && FaultTools.MENU_ID.equals(menu.getId())) {
                    for (MenuItem item : menu.getItems()) {
                        if (item instanceof Menu sub && text.equals(sub.getText())) {
                            return sub.getItems().stream()
                                    .map(MenuItem::getText)
                                    .toList();
                        }
                    }
                }
            }
            throw new AssertionError("no submenu " + text + " in the fault menu");
        });
    }

    private List<Window> popups() throws Exception {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())
                .toList());
    }

    /** With -Ddsw.snapshot.dir=DIR, saves the window and each open menu as DIR/name-N.png, to look at. */
    private void snapshotMenus(String name) throws Exception {
        String folder = System.getProperty("dsw.snapshot.dir");
        if (folder == null) {
            return;
        }
        GuiTests.snapshot(name + "-window.png");
        List<javafx.scene.image.WritableImage> images = onFx(() -> {
            List<javafx.scene.image.WritableImage> shots = new ArrayList<>();
            for (Window popup : popups()) {
                shots.add(popup.getScene().snapshot(null));
            }
            return shots;
        });
        Files.createDirectories(Path.of(folder));
        for (int i = 0; i < images.size(); i++) {
            javax.imageio.ImageIO.write(
                    javafx.embed.swing.SwingFXUtils.fromFXImage(images.get(i), null),
                    "png",
                    Path.of(folder, name + "-" + (i + 1) + ".png").toFile());
        }
    }

    private List<String> crashedLanes() throws Exception {
        return onFx(this::lanesCrashed);
    }

    /** The space-time diagram's lanes with a crashed stretch; on the FX thread. */
    private List<String> lanesCrashed() {
        return app.window().runPanels().spaceTime().frame().lanes().stream()
                .filter(l -> l.segments().stream().anyMatch(seg -> seg.state() == LaneState.CRASHED))
                .map(l -> l.name())
                .toList();
    }

    private List<ScheduledFault> faults() throws Exception {
        return onFx(() -> session().scenario().faults());
    }

    private Design session() {
        return app.viewModel().session().current().orElseThrow();
    }

    private RunController run() {
        return app.window().run();
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
