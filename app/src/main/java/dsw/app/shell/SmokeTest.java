package dsw.app.shell;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/**
 * Runs an action once a shown window has really been drawn: after two animation pulses, the first
 * of which rendered the scene. Used by {@code --smoke-test}. Use on the FX thread only.
 */
public final class SmokeTest {
    private SmokeTest() {}

    public static void afterFirstRender(Stage stage, Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (stage.isShowing() && ++frames >= 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
