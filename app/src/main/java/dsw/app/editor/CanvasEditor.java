package dsw.app.editor;

import dsw.app.canvas.CanvasInput;
import dsw.app.canvas.CanvasViewModel;
import dsw.app.canvas.DiagramLayout;
import dsw.app.canvas.Overlay;
import dsw.app.canvas.Rect;
import dsw.app.canvas.Viewport;
import dsw.app.palette.PaletteEntry;
import dsw.app.palette.PaletteViewModel;
import dsw.app.session.DesignSession;
import dsw.app.session.Selection;
import dsw.model.Design;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.input.KeyCode;

/**
 * The editor's mouse and keys on the canvas, as a state machine over plain pointer positions (so it
 * is tested without the toolkit). A press on a box or frame title selects it and a drag moves the
 * selection (snapping to the grid and to other boxes; Alt moves freely); a drag from a box's handle
 * draws a link; a drag on empty canvas draws a rubber band; with a palette entry armed, a click
 * places it and a drag draws a frame. Double-click renames what is under the mouse, or opens the
 * quick-add search on empty canvas. Delete, F2, the arrow keys (nudge) and Escape work on the
 * selection. Use on the FX thread only.
 */
public final class CanvasEditor implements CanvasInput {
    /** Screen pixels the mouse may move before a press becomes a drag. */
    static final double DRAG_THRESHOLD = 4;
    /** Screen pixels within which boxes snap to each other's edges. */
    static final double SNAP_TOLERANCE = 8;
    /** Screen pixels within which a press grabs a connection handle. */
    static final double HANDLE_REACH = 11;
    /** Screen pixels within which a press on a frame's bottom-right corner resizes it. */
    static final double CORNER_REACH = 12;
    /** A frame drawn smaller than this (canvas units) is taken as a click and gets the default size. */
    static final double MIN_FRAME = 80;

    /** Something to rename in place: a component, link or frame, at a rectangle of the view. */
    public record RenameRequest(String id, String text, Rect screen) {}

    /** A quick-add search opened at a point: canvas units for placing, view pixels for showing. */
    public record QuickAddRequest(double canvasX, double canvasY, double screenX, double screenY) {}

    private enum Gesture {
        NONE,
        MOVE,
        BAND,
        CONNECT,
        PLACE,
        RESIZE
    }

    private final DesignSession session;
    private final CanvasViewModel canvas;
    private final EditorCommands commands;
    private final PaletteViewModel palette;
    private final ReadOnlyObjectWrapper<RenameRequest> rename = new ReadOnlyObjectWrapper<>(this, "rename");
    private final ReadOnlyObjectWrapper<QuickAddRequest> quickAdd = new ReadOnlyObjectWrapper<>(this, "quickAdd");

    private Gesture gesture = Gesture.NONE;
    private boolean dragging;
    private double pressX;
    private double pressY;
    /** What the press hit (a component, link or frame id), or null. */
    private String pressedId;
    /** True when the press only toggled the selection (Shift/Ctrl-click). */
    private boolean toggled;

    private Design startDesign;
    private DiagramLayout startLayout;
    private MoveSet moveSet;
    private Rect grabbed;
    private List<Rect> others;
    private double moveDx;
    private double moveDy;
    private String connectFrom;
    private double[] connectStart;
    private String connectTarget;
    private PaletteEntry placing;
    private String resizing;
    private Rect resized;

    public CanvasEditor(
            DesignSession session, CanvasViewModel canvas, EditorCommands commands, PaletteViewModel palette) {
        this.session = session;
        this.canvas = canvas;
        this.commands = commands;
        this.palette = palette;
    }

    /** The part to rename in place, set by F2 or a double-click; the view clears it when done. */
    public ReadOnlyObjectProperty<RenameRequest> renameProperty() {
        return rename.getReadOnlyProperty();
    }

    /** Where to open the quick-add search, set by a double-click on empty canvas. */
    public ReadOnlyObjectProperty<QuickAddRequest> quickAddProperty() {
        return quickAdd.getReadOnlyProperty();
    }

    public void renameDone() {
        rename.set(null);
    }

    public void quickAddDone() {
        quickAdd.set(null);
    }

    public EditorCommands commands() {
        return commands;
    }

    /** Starts renaming the selected part in place (F2). */
    public void renameSelection() {
        session.selection().get().primary().ifPresent(this::requestRename);
    }

    @Override
    public CursorHint moved(Pointer p) {
        if (!session.isOpen() || gesture != Gesture.NONE) {
            return CursorHint.DEFAULT;
        }
        if (palette.armedProperty().get() != null) {
            PaletteEntry armed = palette.armedProperty().get();
            Viewport v = canvas.viewport();
            canvas.overlayProperty()
                    .set(
                            armed.isFrame()
                                    ? Overlay.NONE
                                    : Overlay.NONE.withGhost(
                                            boxAt(v.toCanvasX(p.x()), v.toCanvasY(p.y())), armed.name()));
            return CursorHint.CROSSHAIR;
        }
        Optional<String> box = boxAt(p);
        String handles = box.orElseGet(() -> handleOwner(p).orElse(null));
        canvas.overlayProperty().set(Overlay.NONE.withHandles(handles));
        if (handleOwner(p).isPresent()) {
            return CursorHint.CROSSHAIR;
        }
        if (box.isEmpty() && frameCorner(p).isPresent()) {
            return CursorHint.RESIZE;
        }
        if (box.isPresent()) {
            return CursorHint.MOVE;
        }
        return canvas.idAt(p.x(), p.y()).isPresent() ? CursorHint.HAND : CursorHint.DEFAULT;
    }

    @Override
    public void pressed(Pointer p) {
        if (!session.isOpen()) {
            return;
        }
        if (p.button() != Button.PRIMARY) {
            if (p.button() == Button.SECONDARY) {
                Optional<String> hit = canvas.idAt(p.x(), p.y());
                if (hit.isPresent() && !session.selection().get().contains(hit.get())) {
                    session.selection().select(hit.get());
                }
            }
            return;
        }
        pressX = p.x();
        pressY = p.y();
        dragging = false;
        toggled = false;
        startDesign = session.current().orElseThrow();
        startLayout = canvas.layout();
        PaletteEntry armed = palette.armedProperty().get();
        if (armed != null) {
            gesture = Gesture.PLACE;
            placing = armed;
            return;
        }
        Optional<String> handle = handleOwner(p);
        if (handle.isPresent()) {
            gesture = Gesture.CONNECT;
            connectFrom = handle.get();
            connectStart = nearestHandle(handle.get(), p);
            return;
        }
        Optional<String> corner = boxAt(p).isEmpty() ? frameCorner(p) : Optional.empty();
        if (corner.isPresent()) {
            gesture = Gesture.RESIZE;
            resizing = corner.get();
            resized = startLayout.frame(resizing).orElseThrow().bounds();
            session.selection().select(resizing);
            return;
        }
        pressedId = canvas.idAt(p.x(), p.y()).orElse(null);
        if (pressedId == null) {
            gesture = Gesture.BAND;
            return;
        }
        Selection selection = session.selection().get();
        if (p.shift() || p.shortcut()) {
            toggled = true;
            List<String> ids = new ArrayList<>(selection.ids());
            if (!ids.remove(pressedId)) {
                ids.add(pressedId);
            }
            session.selection().set(new Selection(ids));
        } else if (!selection.contains(pressedId)) {
            session.selection().select(pressedId);
        }
        boolean movable = startDesign.component(pressedId).isPresent()
                || startDesign.group(pressedId).isPresent();
        gesture = movable && session.selection().get().contains(pressedId) ? Gesture.MOVE : Gesture.NONE;
    }

    @Override
    public void dragged(Pointer p) {
        if (gesture == Gesture.NONE) {
            return;
        }
        if (!dragging) {
            if (Math.hypot(p.x() - pressX, p.y() - pressY) < DRAG_THRESHOLD) {
                return;
            }
            dragging = true;
            if (gesture == Gesture.MOVE) {
                startMove();
            }
        }
        Viewport v = canvas.viewport();
        double x = v.toCanvasX(p.x());
        double y = v.toCanvasY(p.y());
        switch (gesture) {
            case MOVE -> dragMove(p);
            case RESIZE -> dragResize(x, y, p.alt());
            case BAND -> canvas.overlayProperty().set(Overlay.NONE.withBand(band(p), false));
            case CONNECT -> {
                connectTarget = boxAt(p).filter(id -> !id.equals(connectFrom)).orElse(null);
                canvas.overlayProperty()
                        .set(Overlay.NONE
                                .withHandles(connectFrom)
                                .withConnect(new Overlay.Line(connectStart[0], connectStart[1], x, y), connectTarget));
            }
            case PLACE -> canvas.overlayProperty()
                    .set(
                            placing.isFrame()
                                    ? Overlay.NONE.withBand(band(p), true)
                                    : Overlay.NONE.withGhost(boxAt(x, y), placing.name()));
            case NONE -> {
                // nothing to drag
            }
        }
    }

    @Override
    public void released(Pointer p) {
        Gesture done = gesture;
        gesture = Gesture.NONE;
        canvas.overlayProperty().set(Overlay.NONE);
        if (!session.isOpen() || p.button() != Button.PRIMARY) {
            return;
        }
        Viewport v = canvas.viewport();
        double x = v.toCanvasX(p.x());
        double y = v.toCanvasY(p.y());
        switch (done) {
            case MOVE -> {
                if (dragging) {
                    canvas.endPreview();
                    Moves.edit(startDesign, startLayout, moveSet, moveDx, moveDy)
                            .ifPresent(commands::run);
                } else if (!toggled) {
                    session.selection().select(pressedId);
                }
            }
            case BAND -> {
                if (dragging) {
                    List<String> inside = canvas.layout().idsInside(band(p));
                    Set<String> ids = new LinkedHashSet<>(
                            p.shift() || p.shortcut()
                                    ? session.selection().get().ids()
                                    : List.of());
                    ids.addAll(inside);
                    session.selection().set(new Selection(new ArrayList<>(ids)));
                } else if (!p.shift() && !p.shortcut()) {
                    session.selection().clear();
                }
            }
            case RESIZE -> {
                canvas.endPreview();
                if (dragging) {
                    commands.run(Frames.resize(startDesign, startLayout, resizing, resized));
                }
            }
            case CONNECT -> {
                String target = dragging ? boxAt(p).orElse(null) : null;
                if (target != null) {
                    commands.connect(connectFrom, target);
                }
            }
            case PLACE -> {
                place(placing, x, y, dragging ? band(p) : null);
                if (!p.shift()) {
                    palette.disarm();
                }
            }
            case NONE -> {
                if (!dragging && pressedId != null && !toggled) {
                    session.selection().select(pressedId);
                }
            }
        }
        dragging = false;
    }

    /** Places a palette entry dropped at a point of the view (dragged from the palette). */
    public void drop(PaletteEntry entry, double screenX, double screenY) {
        if (!session.isOpen()) {
            return;
        }
        canvas.overlayProperty().set(Overlay.NONE);
        Viewport v = canvas.viewport();
        place(entry, v.toCanvasX(screenX), v.toCanvasY(screenY), null);
    }

    /** Shows where a palette entry dragged over the canvas would land. */
    public void dragOver(PaletteEntry entry, double screenX, double screenY) {
        Viewport v = canvas.viewport();
        double x = v.toCanvasX(screenX);
        double y = v.toCanvasY(screenY);
        Rect ghost = entry.isFrame() ? frameAround(x, y) : boxAt(x, y);
        canvas.overlayProperty().set(Overlay.NONE.withGhost(ghost, entry.name()));
    }

    /** Adds a palette entry at a canvas point (quick add, a click with an entry armed). */
    public void place(PaletteEntry entry, double x, double y, Rect drawn) {
        if (entry.isFrame()) {
            Rect area = drawn != null && drawn.width() >= MIN_FRAME && drawn.height() >= MIN_FRAME
                    ? snapped(drawn)
                    : frameAround(x, y);
            commands.addFrame(entry.frame(), area);
        } else {
            commands.add(entry.kind(), x, y);
        }
    }

    @Override
    public void doubleClicked(Pointer p) {
        if (!session.isOpen() || p.button() != Button.PRIMARY) {
            return;
        }
        gesture = Gesture.NONE;
        Optional<String> hit = canvas.idAt(p.x(), p.y());
        if (hit.isPresent()) {
            session.selection().select(hit.get());
            requestRename(hit.get());
        } else {
            Viewport v = canvas.viewport();
            quickAdd.set(new QuickAddRequest(v.toCanvasX(p.x()), v.toCanvasY(p.y()), p.x(), p.y()));
        }
    }

    @Override
    public boolean keyPressed(KeyCode code, boolean shift, boolean shortcut, boolean alt) {
        if (!session.isOpen() || shortcut) {
            return false;
        }
        Selection selection = session.selection().get();
        switch (code) {
            case ESCAPE -> {
                if (gesture != Gesture.NONE || palette.armedProperty().get() != null) {
                    cancel();
                    palette.disarm();
                    return true;
                }
                return false;
            }
            case DELETE, BACK_SPACE -> {
                commands.delete();
                return true;
            }
            case F2, ENTER -> {
                if (selection.isEmpty()) {
                    return false;
                }
                renameSelection();
                return true;
            }
            case LEFT, RIGHT, UP, DOWN -> {
                if (selection.isEmpty()) {
                    return false;
                }
                double step = alt ? 1 : shift ? Placement.GRID * 5 : Placement.GRID;
                double dx = code == KeyCode.LEFT ? -step : code == KeyCode.RIGHT ? step : 0;
                double dy = code == KeyCode.UP ? -step : code == KeyCode.DOWN ? step : 0;
                commands.nudge(dx, dy);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    @Override
    public void exited() {
        if (gesture == Gesture.NONE) {
            canvas.overlayProperty().set(Overlay.NONE);
        }
    }

    @Override
    public void cancel() {
        gesture = Gesture.NONE;
        dragging = false;
        canvas.endPreview();
        canvas.overlayProperty().set(Overlay.NONE);
    }

    private void startMove() {
        moveSet = MoveSet.of(startDesign, session.selection().get().ids());
        grabbed = startLayout.boundsOf(pressedId).orElse(Rect.EMPTY);
        canvas.movingProperty().set(movingIds());
        others = new ArrayList<>();
        for (DiagramLayout.Box b : startLayout.boxes()) {
            if (!moveSet.components().contains(b.id())) {
                others.add(b.bounds());
            }
        }
    }

    /**
     * What a move redraws: the moving parts, the links touching them, and frames drawn around
     * their members (they grow and shrink with them).
     */
    private Set<String> movingIds() {
        Set<String> ids = new LinkedHashSet<>(moveSet.all());
        for (dsw.model.Link link : startDesign.links()) {
            if (moveSet.components().contains(link.from())
                    || moveSet.components().contains(link.to())) {
                ids.add(link.id());
            }
        }
        for (String id : moveSet.components()) {
            String group = startDesign.requireComponent(id).group();
            while (group != null && ids.add(group)) {
                dsw.model.Group g = startDesign.group(group).orElseThrow();
                if (g.bounds() != null) {
                    ids.remove(group); // drawn where it was: it stays in the base layer
                    break;
                }
                group = g.parent();
            }
        }
        return Set.copyOf(ids);
    }

    private void dragMove(Pointer p) {
        double scale = canvas.viewport().scale();
        double rawDx = (p.x() - pressX) / scale;
        double rawDy = (p.y() - pressY) / scale;
        boolean box = startDesign.component(pressedId).isPresent();
        Snapping.Result snap = box
                ? Snapping.snap(grabbed, others, rawDx, rawDy, SNAP_TOLERANCE / scale, !p.alt())
                : new Snapping.Result(
                        p.alt() ? rawDx : Placement.snap(rawDx), p.alt() ? rawDy : Placement.snap(rawDy), List.of());
        moveDx = snap.dx();
        moveDy = snap.dy();
        canvas.preview(startLayout.translated(moveSet.components(), moveSet.frames(), moveDx, moveDy));
        List<Overlay.Line> guides = new ArrayList<>();
        for (Snapping.Guide g : snap.guides()) {
            guides.add(
                    g.vertical()
                            ? new Overlay.Line(g.at(), g.from(), g.at(), g.to())
                            : new Overlay.Line(g.from(), g.at(), g.to(), g.at()));
        }
        canvas.overlayProperty().set(Overlay.NONE.withGuides(guides));
    }

    private void dragResize(double x, double y, boolean free) {
        Rect r = startLayout.frame(resizing).orElseThrow().bounds();
        double maxX = free ? x : Placement.snap(x);
        double maxY = free ? y : Placement.snap(y);
        resized = new Rect(
                r.x(), r.y(), Math.max(Frames.MIN_WIDTH, maxX - r.x()), Math.max(Frames.MIN_HEIGHT, maxY - r.y()));
        dsw.model.Group g = startDesign.group(resizing).orElseThrow();
        Design shown = startDesign.withGroups(startDesign.groups().stream()
                .map(other -> other.id().equals(resizing)
                        ? g.withBounds(
                                new dsw.model.Bounds(resized.x(), resized.y(), resized.width(), resized.height()))
                        : other)
                .toList());
        canvas.preview(dsw.app.canvas.DiagramLayout.of(
                Placement.pinned(shown, startLayout), canvas.routingProperty().get()));
    }

    /** The innermost frame whose bottom-right corner is under the pointer. */
    private Optional<String> frameCorner(Pointer p) {
        Viewport v = canvas.viewport();
        List<DiagramLayout.Frame> frames = canvas.layout().frames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            Rect r = frames.get(i).bounds();
            if (Math.hypot(v.toScreenX(r.maxX()) - p.x(), v.toScreenY(r.maxY()) - p.y()) <= CORNER_REACH) {
                return Optional.of(frames.get(i).id());
            }
        }
        return Optional.empty();
    }

    private void requestRename(String id) {
        Optional<String> text = commands.nameOf(id);
        Optional<Rect> bounds = canvas.layout().boundsOf(id);
        if (text.isEmpty() || bounds.isEmpty()) {
            return;
        }
        canvas.reveal(id);
        Viewport v = canvas.viewport();
        Rect r = bounds.get();
        if (canvas.layout().frame(id).isPresent()) {
            r = new Rect(r.x(), r.y(), Math.min(r.width(), 320), DiagramLayout.FRAME_HEADER);
        } else if (canvas.layout().box(id).isEmpty()) {
            double[] mid = {r.centerX(), r.centerY()};
            r = new Rect(mid[0] - 90, mid[1] - 16, 180, 32);
        }
        Rect screen = new Rect(v.toScreenX(r.x()), v.toScreenY(r.y()), r.width() * v.scale(), r.height() * v.scale());
        rename.set(new RenameRequest(id, text.get(), screen));
    }

    private Rect band(Pointer p) {
        Viewport v = canvas.viewport();
        return Rect.spanning(v.toCanvasX(pressX), v.toCanvasY(pressY), v.toCanvasX(p.x()), v.toCanvasY(p.y()));
    }

    private Optional<String> boxAt(Pointer p) {
        Viewport v = canvas.viewport();
        double x = v.toCanvasX(p.x());
        double y = v.toCanvasY(p.y());
        List<DiagramLayout.Box> boxes = canvas.layout().boxes();
        for (int i = boxes.size() - 1; i >= 0; i--) {
            if (boxes.get(i).bounds().contains(x, y)) {
                return Optional.of(boxes.get(i).id());
            }
        }
        return Optional.empty();
    }

    /** The component whose connection handle is under the pointer: of the hovered or selected box. */
    private Optional<String> handleOwner(Pointer p) {
        Set<String> candidates = new LinkedHashSet<>();
        boxAt(p).ifPresent(candidates::add);
        String shown = canvas.overlayProperty().get().handles();
        if (shown != null) {
            candidates.add(shown);
        }
        candidates.addAll(session.selection().get().ids());
        for (String id : candidates) {
            if (canvas.layout().box(id).isPresent() && nearestHandleDistance(id, p) <= HANDLE_REACH) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private double nearestHandleDistance(String id, Pointer p) {
        double[] h = nearestHandle(id, p);
        Viewport v = canvas.viewport();
        return Math.hypot(v.toScreenX(h[0]) - p.x(), v.toScreenY(h[1]) - p.y());
    }

    private double[] nearestHandle(String id, Pointer p) {
        Rect box = canvas.layout().box(id).orElseThrow().bounds();
        Viewport v = canvas.viewport();
        double best = Double.MAX_VALUE;
        double[] nearest = null;
        for (double[] h : Overlay.handlesOf(box)) {
            double d = Math.hypot(v.toScreenX(h[0]) - p.x(), v.toScreenY(h[1]) - p.y());
            if (d < best) {
                best = d;
                nearest = h;
            }
        }
        return nearest;
    }

    private static Rect boxAt(double x, double y) {
        double cx = Placement.snap(x);
        double cy = Placement.snap(y);
        return new Rect(
                cx - DiagramLayout.BOX_WIDTH / 2,
                cy - DiagramLayout.BOX_HEIGHT / 2,
                DiagramLayout.BOX_WIDTH,
                DiagramLayout.BOX_HEIGHT);
    }

    private static Rect frameAround(double x, double y) {
        return new Rect(
                Placement.snap(x - Placement.FRAME_WIDTH / 2),
                Placement.snap(y - Placement.FRAME_HEIGHT / 2),
                Placement.FRAME_WIDTH,
                Placement.FRAME_HEIGHT);
    }

    private static Rect snapped(Rect r) {
        double x = Placement.snap(r.x());
        double y = Placement.snap(r.y());
        return new Rect(x, y, Placement.snap(r.maxX()) - x, Placement.snap(r.maxY()) - y);
    }
}
