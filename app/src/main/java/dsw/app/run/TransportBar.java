package dsw.app.run;

import dsw.app.theme.Icons;
import dsw.model.value.Micros;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The run controls above the canvas: restart, step back, play/pause, step forward, run to
 * something, a timeline to drag to any moment, the speed, the seed, and progress with a cancel
 * button while the simulation works. Drives the controller's animation frames. FX thread only.
 */
public final class TransportBar {
    public static final String STYLE_CLASS = "transport-bar";
    public static final String STALE_STYLE_CLASS = "run-stale";
    public static final String ID = "transport-bar";

    private final RunController controller;
    private final VBox root = new VBox();
    private final Button play = new Button();
    private final Slider timeline = new Slider(0, 1, 0);
    private final Label timeText = new Label();
    private final Slider speed =
            new Slider(Math.log10(RunController.MIN_SPEED), Math.log10(RunController.MAX_SPEED), 0);
    private final Label speedText = new Label();
    private final TextField seed = new TextField();
    private final ProgressBar progress = new ProgressBar();
    private final Label busyText = new Label();
    private final Label message = new Label();
    private final HBox staleBar = new HBox(8);
    private final HBox busyBar = new HBox(8);
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            controller.frame(now);
        }
    };
    private final InvalidationListener timeListener = obs -> showTime();
    private final InvalidationListener speedListener = obs -> showSpeed();
    private final InvalidationListener stateListener = obs -> showState();
    private final InvalidationListener seedListener = obs -> seed.setText(Long.toString(controllerSeed()));
    private boolean updating;

    public TransportBar(RunController controller) {
        this.controller = controller;
        root.getStyleClass().add(STYLE_CLASS);
        root.setId(ID);

        Button restart = button("mdi2r-restart", "Restart the run from time 0 (Ctrl+F5)", controller::restart);
        Button back = button("mdi2s-step-backward", "Step back one event (Shift+F6)", controller::stepBack);
        play.setOnAction(e -> controller.togglePlay());
        play.setId("run-play");
        Button forward = button("mdi2s-step-forward", "Step forward one event (F6)", controller::stepForward);
        forward.setId("run-step");
        back.setId("run-step-back");
        MenuButton until = new MenuButton("Run to");
        until.setGraphic(Icons.of("mdi2d-debug-step-over"));
        until.setTooltip(new Tooltip("Run until something happens"));
        until.setId("run-until");
        MenuItem drop = new MenuItem("Next Dropped Message  (F8)");
        drop.setOnAction(e -> controller.runToNextDrop());
        MenuItem crash = new MenuItem("Next Crash  (Shift+F8)");
        crash.setOnAction(e -> controller.runToNextCrash());
        MenuItem time = new MenuItem("Time…  (Ctrl+F8)");
        time.setOnAction(e -> askTime());
        MenuItem end = new MenuItem("End of the Run  (Ctrl+End)");
        end.setOnAction(e -> controller.moveToEnd());
        until.getItems().addAll(drop, crash, time, end);
        Button stop = button("mdi2s-stop", "Stop the run and go back to editing (Shift+F5)", controller::stop);
        stop.setId("run-stop");

        timeline.setId("run-timeline");
        timeline.setFocusTraversable(false);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.valueProperty().addListener((obs, was, now) -> {
            if (!updating) {
                controller.moveTo(Math.round(now.doubleValue()));
            }
        });
        timeText.getStyleClass().add("run-time");
        timeText.setMinWidth(Region.USE_PREF_SIZE);

        speed.setId("run-speed");
        speed.setPrefWidth(120);
        speed.setFocusTraversable(false);
        speed.setTooltip(new Tooltip("Playback speed: virtual time per real second (Ctrl+] faster, Ctrl+[ slower)"));
        speed.valueProperty().addListener((obs, was, now) -> {
            if (!updating) {
                controller.speedProperty().set(Math.pow(10, now.doubleValue()));
            }
        });
        speedText.setMinWidth(Region.USE_PREF_SIZE);
        speedText.getStyleClass().add("run-speed-text");

        seed.setId("run-seed");
        seed.setPrefColumnCount(8);
        seed.setTooltip(new Tooltip("The run's random seed: the same seed gives the same run. Enter to apply."));
        seed.setOnAction(e -> applySeed());
        Button newSeed = button(
                "mdi2d-dice-5-outline",
                "Restart with a new random seed, an undoable edit (Ctrl+Shift+F5)",
                controller::newSeed);
        newSeed.setId("run-new-seed");
        Label seedLabel = new Label("Seed");

        HBox controls = new HBox(
                6, restart, back, play, forward, until, timeline, timeText, speed, speedText, seedLabel, seed, newSeed,
                stop);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("transport-controls");

        progress.setPrefWidth(200);
        Button cancel = new Button("Cancel");
        cancel.setId("run-cancel");
        cancel.setOnAction(e -> controller.cancel());
        busyBar.getChildren().addAll(progress, busyText, cancel);
        busyBar.setAlignment(Pos.CENTER_LEFT);
        busyBar.getStyleClass().add("run-busy");

        Label staleText = new Label("The design changed since this run started; the run still shows the old one.");
        Button rerun = new Button("Restart with the Changes");
        rerun.setOnAction(e -> controller.restart());
        staleBar.getChildren().addAll(Icons.of("mdi2a-alert-outline"), staleText, rerun);
        staleBar.setAlignment(Pos.CENTER_LEFT);
        staleBar.getStyleClass().add(STALE_STYLE_CLASS);

        message.getStyleClass().add("run-message");
        message.setId("run-message");
        root.getChildren().addAll(controls, busyBar, staleBar, message);

        progress.progressProperty().bind(controller.progressProperty());
        busyText.textProperty().bind(controller.busyTextProperty());
        message.textProperty().bind(controller.messageProperty());
        controller.cursor().timeProperty().addListener(timeListener);
        controller.endProperty().addListener(timeListener);
        controller.speedProperty().addListener(speedListener);
        controller.seedProperty().addListener(seedListener);
        controller.playingProperty().addListener(stateListener);
        controller.busyProperty().addListener(stateListener);
        controller.staleProperty().addListener(stateListener);
        controller.activeProperty().addListener(stateListener);
        controller.messageProperty().addListener(stateListener);
        showTime();
        showSpeed();
        showState();
        seed.setText(Long.toString(controllerSeed()));
    }

    public Node node() {
        return root;
    }

    private long controllerSeed() {
        return controller.seedProperty().get();
    }

    private Button button(String icon, String tip, Runnable action) {
        Button b = new Button();
        b.setGraphic(Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("run-button");
        return b;
    }

    private void applySeed() {
        String text = seed.getText().trim();
        try {
            controller.setSeed(Long.parseLong(text));
        } catch (NumberFormatException e) {
            seed.setText(Long.toString(controllerSeed()));
            controller.showMessage("The seed must be a whole number, got \"" + text + "\".");
        }
    }

    /** Run to > Time…: asks for a virtual time such as "2.5s" or "750ms". */
    public void askTime() {
        TextInputDialog dialog =
                new TextInputDialog(Micros.format(controller.cursor().time()));
        dialog.setTitle("Run to a Time");
        dialog.setHeaderText("Run the simulation to which virtual time? (e.g. 2.5s, 750ms; the run ends at "
                + Micros.format(controller.endProperty().get()) + ")");
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(text -> {
            try {
                controller.moveTo(Micros.parse(text.trim()));
            } catch (IllegalArgumentException e) {
                controller.showMessage("Not a time: \"" + text.trim() + "\". " + e.getMessage());
            }
        });
    }

    private void showTime() {
        updating = true;
        try {
            long end = controller.endProperty().get();
            timeline.setMax(Math.max(1, end));
            if (!timeline.isValueChanging()) {
                timeline.setValue(controller.cursor().time());
            }
            timeText.setText(TimeText.of(controller.cursor().time()) + " / " + Micros.format(end));
        } finally {
            updating = false;
        }
    }

    private void showSpeed() {
        updating = true;
        try {
            double value = controller.speedProperty().get();
            speed.setValue(Math.log10(value));
            speedText.setText(speedLabel(value));
        } finally {
            updating = false;
        }
    }

    /** "0.05×", "1×", "250×". */
    static String speedLabel(double value) {
        String digits = value >= 10
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.3g", value).replaceAll("\\.?0+$", "");
        return digits + "×";
    }

    private void showState() {
        boolean playing = controller.playingProperty().get();
        play.setGraphic(Icons.of(playing ? "mdi2p-pause" : "mdi2p-play"));
        play.setTooltip(new Tooltip(playing ? "Pause (F5)" : "Play (F5)"));
        boolean busy = controller.busyProperty().get();
        busyBar.setVisible(busy);
        busyBar.setManaged(busy);
        boolean stale = controller.staleProperty().get();
        staleBar.setVisible(stale);
        staleBar.setManaged(stale);
        boolean hasMessage = !controller.messageProperty().get().isEmpty();
        message.setVisible(hasMessage);
        message.setManaged(hasMessage);
        if (controller.isActive() && (playing || busy)) {
            timer.start();
        } else {
            timer.stop();
        }
    }

    public void dispose() {
        timer.stop();
        progress.progressProperty().unbind();
        busyText.textProperty().unbind();
        message.textProperty().unbind();
        controller.cursor().timeProperty().removeListener(timeListener);
        controller.endProperty().removeListener(timeListener);
        controller.speedProperty().removeListener(speedListener);
        controller.seedProperty().removeListener(seedListener);
        controller.playingProperty().removeListener(stateListener);
        controller.busyProperty().removeListener(stateListener);
        controller.staleProperty().removeListener(stateListener);
        controller.activeProperty().removeListener(stateListener);
        controller.messageProperty().removeListener(stateListener);
    }
}
