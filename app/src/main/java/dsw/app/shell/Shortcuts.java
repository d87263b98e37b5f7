package dsw.app.shell;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the main window, in one place: the menus take their accelerators from
 * here and Help > Keyboard Shortcuts lists them. Immutable, thread-safe.
 */
public final class Shortcuts {
    public static final KeyCombination NEW = shortcut(KeyCode.N);
    public static final KeyCombination OPEN = shortcut(KeyCode.O);
    public static final KeyCombination SAVE = shortcut(KeyCode.S);
    public static final KeyCombination SAVE_AS =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination CLOSE = shortcut(KeyCode.W);
    public static final KeyCombination QUIT = shortcut(KeyCode.Q);
    public static final KeyCombination UNDO = shortcut(KeyCode.Z);
    public static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** A second Redo, as on Windows and in many editors. */
    public static final KeyCombination REDO_ALTERNATIVE = shortcut(KeyCode.Y);

    public static final KeyCombination CUT = shortcut(KeyCode.X);
    public static final KeyCombination COPY = shortcut(KeyCode.C);
    public static final KeyCombination PASTE = shortcut(KeyCode.V);
    public static final KeyCombination DUPLICATE = shortcut(KeyCode.D);
    public static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    public static final KeyCombination SELECT_ALL = shortcut(KeyCode.A);
    public static final KeyCombination RENAME = new KeyCodeCombination(KeyCode.F2);
    public static final KeyCombination GROUP = shortcut(KeyCode.G);
    public static final KeyCombination UNGROUP =
            new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination AUTO_LAYOUT =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination DIAGRAM_PREVIEW =
            new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination PRESENTER =
            new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    public static final KeyCombination ZOOM_IN = shortcut(KeyCode.EQUALS);
    /** Shortcut and the keypad's +. */
    public static final KeyCombination ZOOM_IN_KEYPAD = shortcut(KeyCode.ADD);
    /** Shortcut+Shift+=, which is Shortcut and "+" on US keyboards. */
    public static final KeyCombination ZOOM_IN_PLUS =
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    public static final KeyCombination ZOOM_OUT = shortcut(KeyCode.MINUS);
    public static final KeyCombination ZOOM_OUT_KEYPAD = shortcut(KeyCode.SUBTRACT);
    public static final KeyCombination ACTUAL_SIZE = shortcut(KeyCode.DIGIT0);
    public static final KeyCombination ZOOM_TO_FIT = shortcut(KeyCode.DIGIT1);
    public static final KeyCombination SIDE_PANEL = shortcut(KeyCode.I);
    public static final KeyCombination CHECK_DESIGN = new KeyCodeCombination(KeyCode.F7);
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    public static final KeyCombination RUN_PLAY = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination RUN_RESTART = shortcut(KeyCode.F5);
    public static final KeyCombination RUN_NEW_SEED =
            new KeyCodeCombination(KeyCode.F5, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination RUN_STOP = new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination RUN_STEP = new KeyCodeCombination(KeyCode.F6);
    public static final KeyCombination RUN_STEP_BACK = new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination RUN_NEXT_DROP = new KeyCodeCombination(KeyCode.F8);
    public static final KeyCombination RUN_NEXT_CRASH = new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination RUN_TO_TIME = shortcut(KeyCode.F8);
    public static final KeyCombination RUN_START = shortcut(KeyCode.HOME);
    public static final KeyCombination RUN_END = shortcut(KeyCode.END);
    public static final KeyCombination RUN_FASTER = shortcut(KeyCode.CLOSE_BRACKET);
    public static final KeyCombination RUN_SLOWER = shortcut(KeyCode.OPEN_BRACKET);
    public static final KeyCombination RUN_PARTITION = new KeyCodeCombination(KeyCode.F9);

    /** One line of the shortcut list: what it does and its keys as the platform writes them. */
    public record Entry(String group, String action, String keys) {}

    private Shortcuts() {}

    /** All shortcuts for the help window, grouped by menu, including the canvas's own keys. */
    public static List<Entry> all() {
        return List.of(
                new Entry("File", "New design", NEW.getDisplayText()),
                new Entry("File", "Open a design", OPEN.getDisplayText()),
                new Entry("File", "Save", SAVE.getDisplayText()),
                new Entry("File", "Save as", SAVE_AS.getDisplayText()),
                new Entry("File", "Close the design", CLOSE.getDisplayText()),
                new Entry("File", "Quit", QUIT.getDisplayText()),
                new Entry("Edit", "Undo", UNDO.getDisplayText()),
                new Entry("Edit", "Redo", REDO.getDisplayText() + "  or  " + REDO_ALTERNATIVE.getDisplayText()),
                new Entry(
                        "Edit",
                        "Cut / copy / paste",
                        CUT.getDisplayText() + "  /  " + COPY.getDisplayText() + "  /  " + PASTE.getDisplayText()),
                new Entry("Edit", "Duplicate the selection", DUPLICATE.getDisplayText()),
                new Entry("Edit", "Delete the selection", "Delete  or  Backspace"),
                new Entry("Edit", "Select everything", SELECT_ALL.getDisplayText()),
                new Entry("Edit", "Rename the selection in place", RENAME.getDisplayText() + "  or  double-click"),
                new Entry("Arrange", "Put the selection in a frame", GROUP.getDisplayText()),
                new Entry("Arrange", "Remove the selected frame (keep its contents)", UNGROUP.getDisplayText()),
                new Entry("Arrange", "Lay out the whole design automatically", AUTO_LAYOUT.getDisplayText()),
                new Entry("View", "Zoom in", ZOOM_IN.getDisplayText()),
                new Entry("View", "Zoom out", ZOOM_OUT.getDisplayText()),
                new Entry("View", "Actual size (100%)", ACTUAL_SIZE.getDisplayText()),
                new Entry("View", "Zoom to fit", ZOOM_TO_FIT.getDisplayText()),
                new Entry("View", "Show or hide the side panel", SIDE_PANEL.getDisplayText()),
                new Entry("View", "Presenter mode (large text, thick lines)", PRESENTER.getDisplayText()),
                new Entry("View", "Show or hide the diagram preview", DIAGRAM_PREVIEW.getDisplayText()),
                new Entry("Simulation", "Check the design", CHECK_DESIGN.getDisplayText()),
                new Entry("Simulation", "Run the design; play or pause the run", RUN_PLAY.getDisplayText()),
                new Entry("Simulation", "Restart the run from time 0", RUN_RESTART.getDisplayText()),
                new Entry("Simulation", "Restart with a new random seed", RUN_NEW_SEED.getDisplayText()),
                new Entry("Simulation", "Stop the run, back to editing", RUN_STOP.getDisplayText()),
                new Entry(
                        "Simulation",
                        "Step one event forward / back",
                        RUN_STEP.getDisplayText() + "  /  " + RUN_STEP_BACK.getDisplayText()),
                new Entry("Simulation", "Run to the next dropped message", RUN_NEXT_DROP.getDisplayText()),
                new Entry("Simulation", "Run to the next crash", RUN_NEXT_CRASH.getDisplayText()),
                new Entry("Simulation", "Run to a time", RUN_TO_TIME.getDisplayText()),
                new Entry(
                        "Simulation",
                        "Go to the start / the end of the run",
                        RUN_START.getDisplayText() + "  /  " + RUN_END.getDisplayText()),
                new Entry(
                        "Simulation",
                        "Play faster / slower",
                        RUN_FASTER.getDisplayText() + "  /  " + RUN_SLOWER.getDisplayText()),
                new Entry("Simulation", "Draw a partition line across the canvas", RUN_PARTITION.getDisplayText()),
                new Entry("Simulation", "Inject a fault", "Right-click a component, a link or empty canvas"),
                new Entry("Help", "Keyboard shortcuts (this list)", HELP.getDisplayText()),
                new Entry("Canvas", "Add a component", "Drag it from the palette, or click it there, then the canvas"),
                new Entry("Canvas", "Quick add by name", "Double-click empty canvas"),
                new Entry("Canvas", "Connect two components", "Drag from a handle (circle) to the other box"),
                new Entry("Canvas", "Draw a frame", "Click a frame kind in the palette, then drag out its area"),
                new Entry("Canvas", "Resize a frame", "Drag its bottom-right corner"),
                new Entry("Canvas", "Select a component, link or frame title", "Click"),
                new Entry("Canvas", "Add to or remove from the selection", "Shift+click  or  Ctrl+click"),
                new Entry("Canvas", "Select an area", "Drag on empty canvas"),
                new Entry("Canvas", "Move the selection", "Drag it (Alt: no snapping), or the arrow keys"),
                new Entry("Canvas", "Zoom around the mouse", "Mouse wheel, or pinch"),
                new Entry("Canvas", "Pan", "Middle button or Space+drag, Shift+wheel, touchpad scroll"),
                new Entry("Canvas", "Zoom in / out", "+  /  -"),
                new Entry("Canvas", "Actual size / zoom to fit", "0  /  1"),
                new Entry("Canvas", "Cancel, or clear the selection", "Esc"));
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
