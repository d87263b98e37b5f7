package dsw.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.canvas.CanvasInput;
import dsw.app.canvas.CanvasInput.Pointer;
import dsw.app.canvas.CanvasViewModel;
import dsw.app.canvas.Rect;
import dsw.app.canvas.Viewport;
import dsw.app.palette.PaletteEntry;
import dsw.app.palette.PaletteViewModel;
import dsw.app.session.DesignSession;
import dsw.app.session.Selection;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkMode;
import dsw.model.kind.KindCatalog;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's gestures, driven with plain pointer positions: no toolkit, no window. */
class CanvasEditorTest {
    private final DesignSession session = new DesignSession();
    private final CanvasViewModel canvas = new CanvasViewModel(session);
    private final PaletteViewModel palette = new PaletteViewModel(KindCatalog.standard());
    private final EditorCommands commands = new EditorCommands(session, canvas::layout, EditorClipboard.inMemory());
    private final CanvasEditor editor = new CanvasEditor(session, canvas, commands, palette);

    @BeforeEach
    void openEmptyDesign() {
        session.open(Design.empty("Test"), null);
        canvas.setViewSize(1000, 700);
        canvas.actualSize();
    }

    @Test
    void aClickWithAnArmedPaletteEntryPlacesItOnTheGridWhereClicked() {
        palette.toggle(entry("service"));
        click(screenX(403), screenY(198));

        Component added = design().components().get(0);
        assertThat(added.name()).isEqualTo("Service");
        assertThat(added.position().x()).isEqualTo(400);
        assertThat(added.position().y()).isEqualTo(200);
        assertThat(session.selection().get().ids()).containsExactly(added.id());
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Add Service");
        assertThat(palette.armedProperty().get())
                .as("placing disarms the palette")
                .isNull();
    }

    @Test
    void aSecondComponentOfAKindGetsANumberedNameAndId() {
        add("service", 200, 200);
        add("service", 600, 200);
        assertThat(design().components()).extracting(Component::name).containsExactly("Service", "Service 2");
        assertThat(design().components()).extracting(Component::id).containsExactly("service", "service-2");
    }

    @Test
    void draggingFromAHandleToAnotherBoxConnectsThem() {
        String web = add("service", 200, 200);
        String db = add("database", 600, 200);
        // The right-hand handle of the service box is at its right edge, halfway down.
        Rect box = canvas.layout().box(web).orElseThrow().bounds();
        drag(screenX(box.maxX()), screenY(box.centerY()), screenX(600), screenY(200));

        Link link = design().links().get(0);
        assertThat(link.from()).isEqualTo(web);
        assertThat(link.to()).isEqualTo(db);
        assertThat(link.mode()).isEqualTo(LinkMode.SYNC);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Connect Service to Database");
    }

    @Test
    void linksToAQueueAreAsynchronousAndASecondIdenticalLinkIsRefused() {
        String svc = add("service", 200, 200);
        String queue = add("queue", 600, 200);
        commands.connect(svc, queue);
        assertThat(design().links()).singleElement().extracting(Link::mode).isEqualTo(LinkMode.ASYNC);
        commands.connect(svc, queue);
        assertThat(design().links()).hasSize(1);
        assertThat(commands.messageProperty().get()).isEqualTo("Service is already linked to Queue / broker.");
    }

    @Test
    void draggingTheSelectionMovesItAsOneUndoableEditSnappedToTheGrid() {
        String a = add("service", 200, 200);
        String b = add("database", 200, 400);
        session.selection().set(new Selection(List.of(a, b)));
        drag(screenX(200), screenY(200), screenX(200 + 133), screenY(200 + 7));

        assertThat(position(a)).containsExactly(340.0, 200.0);
        assertThat(position(b)).containsExactly(340.0, 400.0);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Move 2 components");
        session.undo();
        assertThat(position(a)).containsExactly(200.0, 200.0);
    }

    @Test
    void aDraggedBoxSnapsToAnotherBoxsEdgeAndShowsAGuide() {
        add("service", 200, 200);
        String moving = add("database", 600, 500);
        // Drop it 5 units below the service's line: it snaps onto the line, with a horizontal guide.
        press(screenX(600), screenY(500));
        editor.dragged(Pointer.at(screenX(605), screenY(205)));
        assertThat(canvas.overlayProperty().get().guides()).isNotEmpty();
        editor.released(Pointer.at(screenX(605), screenY(205)));
        assertThat(position(moving)[1]).isEqualTo(200.0);
    }

    @Test
    void altMovesFreelyWithoutSnapping() {
        String a = add("service", 200, 200);
        session.selection().select(a);
        press(screenX(200), screenY(200));
        editor.dragged(Pointer.at(screenX(213), screenY(207)).withAlt());
        editor.released(Pointer.at(screenX(213), screenY(207)).withAlt());
        assertThat(position(a)).containsExactly(213.0, 207.0);
    }

    @Test
    void aRubberBandSelectsWhatItEnclosesAndDeleteRemovesItWithItsLinks() {
        String a = add("service", 200, 200);
        String b = add("database", 500, 200);
        String c = add("cache", 900, 200);
        commands.connect(a, b);
        session.selection().clear();
        drag(screenX(50), screenY(100), screenX(650), screenY(300));
        assertThat(session.selection().get().ids()).contains(a, b).doesNotContain(c);

        editor.keyPressed(KeyCode.DELETE, false, false, false);
        assertThat(design().components()).extracting(Component::id).containsExactly(c);
        assertThat(design().links()).isEmpty();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Delete 2 components and 1 link");
    }

    @Test
    void shiftClickAddsToTheSelectionAndClickingEmptyCanvasClearsIt() {
        String a = add("service", 200, 200);
        String b = add("database", 500, 200);
        click(screenX(200), screenY(200));
        editor.pressed(Pointer.at(screenX(500), screenY(200)).withShift());
        editor.released(Pointer.at(screenX(500), screenY(200)).withShift());
        assertThat(session.selection().get().ids()).containsExactly(a, b);
        click(screenX(800), screenY(600));
        assertThat(session.selection().get().isEmpty()).isTrue();
    }

    @Test
    void drawingAFrameWithAnArmedFrameKindTakesInTheComponentsInside() {
        String a = add("service", 200, 200);
        String b = add("database", 700, 200);
        palette.toggle(PaletteEntry.of(GroupKind.ZONE));
        drag(screenX(60), screenY(80), screenX(420), screenY(340));

        String zone = design().groups().get(0).id();
        assertThat(design().requireComponent(a).group()).isEqualTo(zone);
        assertThat(design().requireComponent(b).group()).isNull();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Add availability zone Availability zone");
    }

    @Test
    void aFrameDrawnInsideAnotherNestsInItAndMovingTheOuterOneMovesBoth() {
        String a = add("service", 300, 300);
        commands.addFrame(GroupKind.REGION, new Rect(0, 0, 800, 600));
        String region = design().groups().get(0).id();
        commands.addFrame(GroupKind.ZONE, new Rect(100, 100, 400, 400));
        String zone = design().groups().get(1).id();
        assertThat(design().group(zone).orElseThrow().parent()).isEqualTo(region);
        assertThat(design().requireComponent(a).group()).isEqualTo(zone);

        session.selection().select(region);
        commands.nudge(100, 0);
        assertThat(design().group(zone).orElseThrow().bounds().x()).isEqualTo(200.0);
        assertThat(position(a)).containsExactly(400.0, 300.0);
    }

    @Test
    void aComponentDraggedIntoAFrameJoinsItAndOneDraggedOutLeaves() {
        session.open(TestDesigns.small(), null); // client at (100,100); db in zone (350,20)-(650,180)
        canvas.actualSize();
        drag(screenX(100), screenY(100), screenX(460), screenY(100));
        assertThat(design().requireComponent("client").group()).isEqualTo("zone");
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Move Client into Zone A");
        drag(screenX(500), screenY(100), screenX(500), screenY(400));
        assertThat(design().requireComponent("db").group()).isNull();
    }

    @Test
    void draggingAFramesCornerResizesItAndTakesInWhatItNowCovers() {
        session.open(TestDesigns.small(), null); // zone (350,20)-(650,180)
        canvas.actualSize();
        String cache = add("cache", 720, 300);
        assertThat(editor.moved(Pointer.at(screenX(650), screenY(180)))).isEqualTo(CanvasInput.CursorHint.RESIZE);
        drag(screenX(650), screenY(180), screenX(803), screenY(398));

        assertThat(design().group("zone").orElseThrow().bounds()).isEqualTo(new dsw.model.Bounds(350, 20, 450, 380));
        assertThat(design().requireComponent(cache).group()).isEqualTo("zone");
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Resize frame Zone A");
    }

    @Test
    void movingAFrameByItsTitleMovesWhatItHolds() {
        session.open(TestDesigns.small(), null);
        canvas.actualSize();
        drag(screenX(380), screenY(30), screenX(380), screenY(130));
        assertThat(design().group("zone").orElseThrow().bounds().y()).isEqualTo(120.0);
        assertThat(position("db")).containsExactly(500.0, 200.0);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Move 1 component and frame Zone A");
    }

    @Test
    void copyAndPasteMakeFreshIdsShiftedAndSelectedAndDuplicateLeavesTheClipboardAlone() {
        String a = add("service", 200, 200);
        String b = add("database", 500, 200);
        commands.connect(a, b);
        session.selection().set(new Selection(List.of(a, b)));
        commands.copy();
        commands.paste();
        assertThat(design().components()).hasSize(4);
        assertThat(design().links()).hasSize(2);
        List<String> pasted = session.selection().get().ids();
        assertThat(pasted).hasSize(3).doesNotContain(a, b);
        Component copy = design().components().get(2);
        assertThat(copy.position().x()).isEqualTo(200 + EditorCommands.PASTE_OFFSET);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Paste 2 components");

        commands.paste();
        assertThat(design().components().get(4).position().x()).isEqualTo(200 + 2 * EditorCommands.PASTE_OFFSET);

        session.selection().select(a);
        commands.duplicate();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Duplicate Service");
        commands.paste(); // still the two-component copy
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Paste 2 components");
    }

    @Test
    void cutRemovesAndPasteBringsBack() {
        String a = add("service", 200, 200);
        session.selection().select(a);
        commands.cut();
        assertThat(design().components()).isEmpty();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Cut Service");
        commands.paste();
        assertThat(design().components())
                .singleElement()
                .extracting(Component::name)
                .isEqualTo("Service");
    }

    @Test
    void pasteWithForeignTextOnTheClipboardSaysSo() {
        EditorClipboard clipboard = EditorClipboard.inMemory();
        clipboard.put("not a design");
        EditorCommands other = new EditorCommands(session, canvas::layout, clipboard);
        other.paste();
        assertThat(other.messageProperty().get()).isEqualTo("The clipboard holds no dsw components to paste.");
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void groupingTheSelectionDrawsAFrameAroundItAndRemovingTheFrameKeepsTheContents() {
        String a = add("service", 200, 200);
        String b = add("database", 500, 200);
        session.selection().set(new Selection(List.of(a, b)));
        commands.groupSelection(GroupKind.CLUSTER);
        String frame = design().groups().get(0).id();
        assertThat(design().membersOf(frame)).hasSize(2);
        assertThat(session.selection().get().ids()).containsExactly(frame);
        commands.removeFrames();
        assertThat(design().groups()).isEmpty();
        assertThat(design().components()).hasSize(2);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Remove frame Cluster");
    }

    @Test
    void doubleClickRenamesWhatIsUnderTheMouseAndOpensQuickAddOnEmptyCanvas() {
        String a = add("service", 200, 200);
        editor.doubleClicked(Pointer.at(screenX(200), screenY(200)));
        assertThat(editor.renameProperty().get().id()).isEqualTo(a);
        assertThat(editor.renameProperty().get().text()).isEqualTo("Service");
        assertThat(commands.rename(a, "  ")).isFalse();
        assertThat(commands.messageProperty().get()).isEqualTo("A component needs a name.");
        assertThat(commands.rename(a, "Orders API")).isTrue();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Rename Service to Orders API");

        editor.doubleClicked(Pointer.at(screenX(600), screenY(500)));
        assertThat(editor.quickAddProperty().get().canvasX()).isEqualTo(600.0);
    }

    @Test
    void arrowKeysNudgeTheSelection() {
        String a = add("service", 200, 200);
        session.selection().select(a);
        editor.keyPressed(KeyCode.RIGHT, false, false, false);
        editor.keyPressed(KeyCode.DOWN, true, false, false);
        assertThat(position(a)).containsExactly(220.0, 300.0);
    }

    @Test
    void escapeDuringADragPutsEverythingBack() {
        String a = add("service", 200, 200);
        press(screenX(200), screenY(200));
        editor.dragged(Pointer.at(screenX(400), screenY(400)));
        assertThat(canvas.layout().box(a).orElseThrow().bounds().centerX()).isEqualTo(400.0);
        editor.keyPressed(KeyCode.ESCAPE, false, false, false);
        assertThat(canvas.layout().box(a).orElseThrow().bounds().centerX()).isEqualTo(200.0);
        editor.released(Pointer.at(screenX(400), screenY(400)));
        assertThat(position(a)).containsExactly(200.0, 200.0);
    }

    @Test
    void undoAndRedoWalkTheWholeHistory() {
        Design empty = design();
        String a = add("service", 200, 200);
        String b = add("database", 500, 200);
        commands.connect(a, b);
        commands.rename(a, "API");
        Design built = design();
        while (session.canUndoProperty().get()) {
            session.undo();
        }
        assertThat(design()).isEqualTo(empty);
        while (session.canRedoProperty().get()) {
            session.redo();
        }
        assertThat(design()).isEqualTo(built);
    }

    private String add(String kind, double x, double y) {
        return commands.add(KindCatalog.standard().get(kind), x, y);
    }

    private PaletteEntry entry(String id) {
        return palette.all().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private Design design() {
        return session.current().orElseThrow();
    }

    private double[] position(String id) {
        Component c = design().requireComponent(id);
        return new double[] {c.position().x(), c.position().y()};
    }

    private double screenX(double canvasX) {
        Viewport v = canvas.viewport();
        return v.toScreenX(canvasX);
    }

    private double screenY(double canvasY) {
        return canvas.viewport().toScreenY(canvasY);
    }

    private void press(double x, double y) {
        editor.moved(Pointer.at(x, y));
        editor.pressed(Pointer.at(x, y));
    }

    private void click(double x, double y) {
        press(x, y);
        editor.released(Pointer.at(x, y));
    }

    private void drag(double x1, double y1, double x2, double y2) {
        press(x1, y1);
        editor.dragged(Pointer.at((x1 + x2) / 2, (y1 + y2) / 2));
        editor.dragged(Pointer.at(x2, y2));
        editor.released(Pointer.at(x2, y2));
    }
}
