package dsw.app.shell;

import dsw.app.diagram.ExportFormat;
import dsw.app.run.FaultTools;
import dsw.app.run.RunController;
import dsw.app.run.TransportBar;
import dsw.app.theme.Icons;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The run items of the Simulation menu: run and pause, step, run to something, move in time,
 * speed, seed and the partition tools, with their shortcuts. FX thread only.
 */
final class RunMenu {
    private RunMenu() {}

    /** The items, for a window whose design is open when {@code designOpen} holds. */
    static List<MenuItem> items(
            RunController run,
            TransportBar transport,
            FaultTools faults,
            Consumer<ExportFormat> exportRun,
            BooleanExpression designOpen) {
        BooleanExpression noRun = run.activeProperty().not();
        BooleanExpression noDesign = designOpen.not();
        MenuItem play = item("Run", Shortcuts.RUN_PLAY, "mdi2p-play", run::togglePlay, noDesign);
        play.setId("menu-run");
        play.textProperty()
                .bind(Bindings.when(run.activeProperty().not())
                        .then("Run")
                        .otherwise(Bindings.when(run.playingProperty())
                                .then("Pause")
                                .otherwise("Play")));
        MenuItem restart = item("Restart Run", Shortcuts.RUN_RESTART, "mdi2r-restart", run::restart, noDesign);
        MenuItem stop = item("Stop Run", Shortcuts.RUN_STOP, "mdi2s-stop", run::stop, noRun);
        stop.setId("menu-run-stop");
        MenuItem step = item("Step Forward", Shortcuts.RUN_STEP, "mdi2s-step-forward", run::stepForward, noRun);
        MenuItem back = item("Step Back", Shortcuts.RUN_STEP_BACK, "mdi2s-step-backward", run::stepBack, noRun);
        MenuItem drop = item("Run to Next Drop", Shortcuts.RUN_NEXT_DROP, null, run::runToNextDrop, noRun);
        MenuItem crash = item("Run to Next Crash", Shortcuts.RUN_NEXT_CRASH, null, run::runToNextCrash, noRun);
        MenuItem time = item("Run to Time…", Shortcuts.RUN_TO_TIME, null, transport::askTime, noRun);
        MenuItem start = item("Go to Start", Shortcuts.RUN_START, "mdi2s-skip-previous", run::moveToStart, noRun);
        MenuItem end = item("Go to End", Shortcuts.RUN_END, "mdi2s-skip-next", run::moveToEnd, noRun);
        MenuItem faster = item("Faster", Shortcuts.RUN_FASTER, null, () -> run.changeSpeed(2), noRun);
        MenuItem slower = item("Slower", Shortcuts.RUN_SLOWER, null, () -> run.changeSpeed(0.5), noRun);
        MenuItem seed = item("New Seed", Shortcuts.RUN_NEW_SEED, "mdi2d-dice-5-outline", run::newSeed, noDesign);
        MenuItem line =
                item("Draw Partition Line", Shortcuts.RUN_PARTITION, "mdi2v-vector-line", faults::drawPartition, noRun);
        MenuItem pick = item("Partition…", null, null, faults::pickPartition, noRun);
        Menu export = new Menu("Export Run as Sequence Diagram");
        export.setGraphic(Icons.of("mdi2e-export"));
        export.disableProperty().bind(noRun);
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem as = new MenuItem(format.displayName() + "…");
            as.setOnAction(e -> exportRun.accept(format));
            export.getItems().add(as);
        }
        return List.of(
                play,
                restart,
                stop,
                new SeparatorMenuItem(),
                step,
                back,
                drop,
                crash,
                time,
                start,
                end,
                new SeparatorMenuItem(),
                faster,
                slower,
                seed,
                new SeparatorMenuItem(),
                line,
                pick,
                new SeparatorMenuItem(),
                export);
    }

    private static MenuItem item(
            String text, KeyCombination keys, String icon, Runnable action, BooleanExpression disabled) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(keys);
        }
        if (icon != null) {
            item.setGraphic(Icons.of(icon));
        }
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(disabled);
        return item;
    }
}
