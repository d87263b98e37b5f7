package dsw.app.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.animation.PauseTransition;

/** {@link Scheduler} on the JavaFX animation timer and the system clock. FX thread only. */
public final class FxScheduler implements Scheduler {

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Objects.requireNonNull(action, "action");
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(Math.max(0, delay.toMillis())));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
