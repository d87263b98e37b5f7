package dsw.app.canvas;

import javafx.scene.input.KeyCode;

/**
 * The canvas input for looking, not editing: a click selects what is under the mouse (or nothing),
 * dragging pans. Use on the FX thread only.
 */
public final class SelectingInput implements CanvasInput {
    private final CanvasViewModel canvas;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    public SelectingInput(CanvasViewModel canvas) {
        this.canvas = canvas;
    }

    @Override
    public CursorHint moved(Pointer p) {
        return canvas.idAt(p.x(), p.y()).isPresent() ? CursorHint.HAND : CursorHint.DEFAULT;
    }

    @Override
    public void pressed(Pointer p) {
        pressX = p.x();
        pressY = p.y();
        lastX = p.x();
        lastY = p.y();
        dragging = false;
    }

    @Override
    public void dragged(Pointer p) {
        if (!dragging && Math.hypot(p.x() - pressX, p.y() - pressY) >= DesignCanvasView.DRAG_THRESHOLD) {
            dragging = true;
        }
        if (dragging) {
            canvas.panBy(p.x() - lastX, p.y() - lastY);
        }
        lastX = p.x();
        lastY = p.y();
    }

    @Override
    public void released(Pointer p) {
        if (!dragging && p.button() == Button.PRIMARY) {
            canvas.clickAt(p.x(), p.y());
        }
        dragging = false;
    }

    @Override
    public void doubleClicked(Pointer p) {
        // nothing to open
    }

    @Override
    public boolean keyPressed(KeyCode code, boolean shift, boolean shortcut, boolean alt) {
        return false;
    }

    @Override
    public void exited() {
        // nothing under way that depends on the mouse being over the canvas
    }

    @Override
    public void cancel() {
        dragging = false;
    }
}
