package dsw.app.run;

import dsw.app.canvas.CanvasInput;
import dsw.app.canvas.DesignCanvasView;
import dsw.app.session.DesignSession;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.scenario.Fault;
import dsw.model.value.Probability;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.event.EventHandler;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;

/**
 * Faults injected on the canvas during a run: right-click a component to crash it or shut it down
 * gracefully, recover, pause it, skew its clock or cut it off, and, for a replicated component, do
 * the same to one instance or promote one to leader; right-click a link to cut or restore it;
 * right-click empty space to heal partitions or draw one. Each fault goes through the {@link RunController}, which records
 * it in the scenario. FX thread only.
 */
public final class FaultTools {
    public static final String MENU_ID = "fault-menu";

    private final RunController controller;
    private final DesignSession session;
    private final DesignCanvasView canvas;
    private final ComponentFaults components;
    private final ContextMenu menu = new ContextMenu();
    private final EventHandler<ContextMenuEvent> handler = this::requested;
    private final EventHandler<MouseEvent> mouseHandler = this::pressed;
    private CanvasInput before;

    public FaultTools(RunController controller, DesignSession session, DesignCanvasView canvas) {
        this.controller = controller;
        this.session = session;
        this.canvas = canvas;
        this.components = new ComponentFaults(controller, this::askSkew);
        menu.setId(MENU_ID);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, handler);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, mouseHandler);
    }

    /**
     * The menu key or Shift+F10: the platform's context menu request, for the one component or
     * link selected, else for what lies under the request's point (the canvas's centre).
     */
    private void requested(ContextMenuEvent e) {
        if (!e.isKeyboardTrigger()) {
            return;
        }
        List<String> selected = session.selection().get().ids();
        Optional<String> target = selected.size() == 1
                ? Optional.of(selected.get(0))
                : canvas.viewModel().idAt(e.getX(), e.getY());
        if (show(target, e.getScreenX(), e.getScreenY())) {
            e.consume();
        }
    }

    /** A right-click shows the menu at once, the same on every platform. */
    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.SECONDARY) {
            show(canvas.viewModel().idAt(e.getX(), e.getY()), e.getScreenX(), e.getScreenY());
        } else if (menu.isShowing()) {
            menu.hide();
        }
    }

    private boolean show(Optional<String> hit, double screenX, double screenY) {
        if (!controller.isActive() || controller.staleProperty().get()) {
            return false;
        }
        menu.getItems().setAll(itemsFor(hit.orElse(null)));
        if (menu.getItems().isEmpty()) {
            return false;
        }
        menu.show(canvas, screenX, screenY);
        return true;
    }

    /** The menu items for what was right-clicked: a component, a link, or nothing (null). */
    List<MenuItem> itemsFor(String id) {
        Design design = session.current().orElse(null);
        if (design == null) {
            return List.of();
        }
        Optional<Component> component = id == null ? Optional.empty() : design.component(id);
        if (component.isPresent()) {
            return components.itemsFor(design, component.get());
        }
        Optional<Link> link = id == null ? Optional.empty() : design.link(id);
        if (link.isPresent()) {
            return linkItems(link.get());
        }
        return spaceItems(design);
    }

    private List<MenuItem> linkItems(Link link) {
        String name = link.label().isEmpty() ? link.id() : link.label();
        MenuItem loss = new MenuItem("Set Loss on " + name + "…");
        loss.setId("fault-link-loss");
        loss.setMnemonicParsing(false);
        loss.setOnAction(e -> askLoss(link, name));
        return List.of(
                item("Cut Link " + name, "fault-link-down", new Fault.LinkDown(link.id())),
                item("Restore Link " + name, "fault-link-up", new Fault.LinkUp(link.id())),
                loss);
    }

    private List<MenuItem> spaceItems(Design design) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem draw = new MenuItem("Draw a Partition Line");
        draw.setId("fault-draw-partition");
        draw.setOnAction(e -> drawPartition());
        MenuItem pick = new MenuItem("Partition…");
        pick.setId("fault-pick-partition");
        pick.setOnAction(e -> pickPartition());
        items.add(draw);
        items.add(pick);
        List<String> active = FaultTargets.partitionsInForce(
                design.scenario().faults(), controller.cursor().time());
        if (!active.isEmpty()) {
            items.add(new SeparatorMenuItem());
            for (String p : active) {
                items.add(item("Heal Partition " + p, "fault-heal-" + p, new Fault.Heal(p)));
            }
            if (active.size() > 1) {
                items.add(item("Heal All Partitions", "fault-heal-all", new Fault.Heal(null)));
            }
        }
        return items;
    }

    private MenuItem item(String text, String id, Fault fault) {
        return ComponentFaults.item(controller, text, id, fault);
    }

    /** Arms the partition tool: the next line drawn across the canvas splits the components. */
    public void drawPartition() {
        if (!controller.isActive() || before != null) {
            return;
        }
        before = canvas.inputProperty().get();
        controller.showMessage("Draw a line across the canvas between the two sides (Escape to give up).");
        canvas.inputProperty().set(new PartitionLineInput(canvas.viewModel(), line -> {
            canvas.inputProperty().set(before);
            before = null;
            controller.showMessage("");
            if (line != null) {
                FaultTargets.Sides sides =
                        FaultTargets.split(canvas.viewModel().layout(), line.x1(), line.y1(), line.x2(), line.y2());
                askPartition(sides.left(), sides.right());
            }
        }));
        canvas.requestFocus();
    }

    /** Opens the partition dialog with the selected components on one side and the rest on the other. */
    public void pickPartition() {
        Design design = session.current().orElse(null);
        if (design == null || !controller.isActive()) {
            return;
        }
        Set<String> selected = Set.copyOf(session.selection().get().ids());
        List<String> sideA = design.components().stream()
                .map(Component::id)
                .filter(selected::contains)
                .toList();
        askPartition(sideA, sideA.isEmpty() ? List.of() : FaultTargets.rest(design, sideA));
    }

    private void askPartition(Collection<String> sideA, Collection<String> sideB) {
        Design design = session.current().orElse(null);
        if (design == null) {
            return;
        }
        String name = FaultTargets.freshPartitionName(design.scenario().faults());
        new PartitionDialog(window(), design, name, sideA, sideB).ask().ifPresent(controller::inject);
    }

    /** Asks for a skew of the clock of {@code target} (a component or one instance), called {@code name}. */
    private void askSkew(String target, String name) {
        TextInputDialog dialog = new TextInputDialog("+50ms");
        dialog.setTitle("Skew a Clock");
        dialog.setHeaderText("Move the physical clock of " + name
                + " by an offset, with an optional drift in parts per million.\n"
                + "Examples: \"+50ms\", \"-2s\", \"+10ms 200ppm\".");
        dialog.initOwner(window());
        dialog.showAndWait().ifPresent(text -> {
            try {
                controller.inject(SkewText.parse(target, text));
            } catch (IllegalArgumentException ex) {
                controller.showMessage("Cannot skew the clock: " + ex.getMessage());
            }
        });
    }

    private void askLoss(Link link, String name) {
        TextInputDialog dialog = new TextInputDialog(
                Probability.formatPercent(Math.max(0.2, link.network().loss())));
        dialog.setTitle("Set Loss on a Link");
        dialog.setHeaderText("From now on, what share of the messages on " + name
                + " is lost, in both directions?\nExamples: \"20%\", \"0.5%\", \"0%\" to stop losing messages.");
        dialog.initOwner(window());
        dialog.showAndWait().ifPresent(text -> {
            try {
                controller.inject(new Fault.LinkLoss(link.id(), Probability.parsePercent("loss", text)));
            } catch (IllegalArgumentException ex) {
                controller.showMessage("Cannot set the loss: " + ex.getMessage());
            }
        });
    }

    private Window window() {
        return canvas.getScene() == null ? null : canvas.getScene().getWindow();
    }

    public void dispose() {
        canvas.removeEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, handler);
        canvas.removeEventHandler(MouseEvent.MOUSE_PRESSED, mouseHandler);
        menu.hide();
    }
}
