package dsw.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. */
public final class DswApplication extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("dsw"), 1200, 800));
        stage.setTitle("dsw");
        stage.show();
    }
}
