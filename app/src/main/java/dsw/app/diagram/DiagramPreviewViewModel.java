package dsw.app.diagram;

import dsw.app.session.DesignSession;
import dsw.app.task.Scheduler;
import dsw.app.task.TaskExecutor;
import dsw.diagrams.plantuml.DiagramException;
import dsw.diagrams.plantuml.Renderer;
import dsw.model.Design;
import dsw.model.file.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The diagram preview's state without nodes: which diagram of the open design it shows, its
 * PlantUML text and rendered image, and why it could not be drawn. Rendering runs off the UI
 * thread through the {@link TaskExecutor}, a short while after the last edit (so typing a name does
 * not render every letter), and only while the preview shows. Results for a design that has
 * changed since are dropped. Use on the FX thread only.
 */
public final class DiagramPreviewViewModel {
    /** Wait this long after an edit before drawing again. */
    static final Duration DEBOUNCE = Duration.ofMillis(400);

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;

    private final DesignSession session;
    private final TaskExecutor executor;
    private final Scheduler scheduler;
    private final ObjectProperty<DiagramKind> kind = new SimpleObjectProperty<>(this, "kind", DiagramKind.DEPLOYMENT);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyObjectWrapper<Renderer.Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering");
    private final InvalidationListener changed = obs -> request();
    private Scheduler.Scheduled pending;
    private long generation;

    public DiagramPreviewViewModel(DesignSession session, TaskExecutor executor, Scheduler scheduler) {
        this.session = Objects.requireNonNull(session, "session");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        session.designProperty().addListener(changed);
        kind.addListener(changed);
        active.addListener(changed);
    }

    /** Which diagram is shown. */
    public ObjectProperty<DiagramKind> kindProperty() {
        return kind;
    }

    /** True while the preview is on screen; nothing is rendered otherwise. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** 1 is the diagram's natural size. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / 1.25));
    }

    /** The PlantUML text of the diagram shown, for Copy; "" before the first rendering. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The rendered diagram (PNG), or null before the first rendering. */
    public ReadOnlyObjectProperty<Renderer.Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** Why the diagram could not be drawn, or what to know about it; "" when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    /**
     * Writes the chosen diagram of the open design to {@code target} as PlantUML text, SVG or PNG,
     * off the UI thread; {@code done} gets null on success or the reason it failed.
     */
    public void export(ExportFormat format, Path target, java.util.function.Consumer<String> done) {
        Design design = session.current().orElse(null);
        if (design == null) {
            done.accept("No design is open.");
            return;
        }
        DiagramKind chosen = kind.get();
        executor.execute(
                () -> {
                    byte[] bytes = format.rendered() == null
                            ? chosen.plantUml(design).getBytes(StandardCharsets.UTF_8)
                            : chosen.image(design, format.rendered()).bytes();
                    AtomicFiles.write(target, bytes);
                    return target;
                },
                written -> done.accept(null),
                error -> done.accept(describe(error)));
    }

    public void dispose() {
        session.designProperty().removeListener(changed);
        kind.removeListener(changed);
        active.removeListener(changed);
        generation++;
        if (pending != null) {
            pending.cancel();
        }
    }

    private void request() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        if (!active.get()) {
            return;
        }
        Design design = session.designProperty().get();
        if (design == null) {
            generation++;
            source.set("");
            image.set(null);
            message.set("");
            rendering.set(false);
            return;
        }
        rendering.set(true);
        pending = scheduler.schedule(DEBOUNCE, this::render);
    }

    private void render() {
        pending = null;
        Design design = session.designProperty().get();
        if (design == null || !active.get()) {
            rendering.set(false);
            return;
        }
        long mine = ++generation;
        DiagramKind chosen = kind.get();
        executor.execute(
                () -> {
                    return new Drawn(chosen.plantUml(design), chosen.image(design, Renderer.Format.PNG));
                },
                drawn -> {
                    if (mine == generation) {
                        source.set(drawn.text());
                        image.set(drawn.image());
                        message.set(String.join(" ", drawn.image().notes()));
                        rendering.set(false);
                    }
                },
                error -> {
                    if (mine == generation) {
                        message.set(describe(error));
                        rendering.set(false);
                    }
                });
    }

    private static String describe(Exception error) {
        if (error instanceof DiagramException) {
            return error.getMessage();
        }
        String text = error.getMessage();
        return "The diagram could not be drawn: "
                + (text == null ? error.getClass().getSimpleName() : text);
    }

    private record Drawn(String text, Renderer.Image image) {}
}
