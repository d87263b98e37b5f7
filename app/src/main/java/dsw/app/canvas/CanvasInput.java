package dsw.app.canvas;

import javafx.scene.input.KeyCode;

/**
 * What the canvas does with the mouse and keys beyond zooming and panning (which the view handles
 * itself): selecting for a read-only canvas, editing for the editor. Positions are view pixels.
 * Implementations are plain Java, testable without the toolkit; use on the FX thread only.
 */
public interface CanvasInput {
    /** The mouse buttons the canvas tells apart. */
    enum Button {
        PRIMARY,
        SECONDARY,
        OTHER
    }

    /** The mouse pointer cursor the canvas should show. */
    enum CursorHint {
        DEFAULT,
        HAND,
        MOVE,
        CROSSHAIR,
        RESIZE
    }

    /** A mouse event: where, which button, which modifier keys. */
    record Pointer(double x, double y, Button button, boolean shift, boolean shortcut, boolean alt) {
        public static Pointer at(double x, double y) {
            return new Pointer(x, y, Button.PRIMARY, false, false, false);
        }

        public Pointer withShift() {
            return new Pointer(x, y, button, true, shortcut, alt);
        }

        public Pointer withShortcut() {
            return new Pointer(x, y, button, shift, true, alt);
        }

        public Pointer withAlt() {
            return new Pointer(x, y, button, shift, shortcut, true);
        }
    }

    CursorHint moved(Pointer p);

    void pressed(Pointer p);

    void dragged(Pointer p);

    void released(Pointer p);

    void doubleClicked(Pointer p);

    /** Handles a key; false when the canvas's own keys (zoom, pan) should have it. */
    boolean keyPressed(KeyCode code, boolean shift, boolean shortcut, boolean alt);

    /** The pointer left the canvas. */
    void exited();

    /** Abandons a gesture under way (the window lost focus, Escape). */
    void cancel();
}
