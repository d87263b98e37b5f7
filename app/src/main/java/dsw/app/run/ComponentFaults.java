package dsw.app.run;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.KeyPartitioning;
import dsw.model.scenario.Fault;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The fault menu of a component during a run: crash, graceful shutdown, recover, pause, clock skew
 * and cut-off for the whole component, the same one instance at a time for a replicated one, and
 * promotion to leader under single-leader replication. Each choice injects its fault through the
 * {@link RunController}. FX thread only.
 */
final class ComponentFaults {
    private static final long[] PAUSES = {
        100 * Micros.PER_MILLISECOND, 500 * Micros.PER_MILLISECOND, Micros.PER_SECOND, 5 * Micros.PER_SECOND
    };

    private final RunController controller;
    private final BiConsumer<String, String> skew;

    /** {@code skew} asks for a clock skew of a target (a component or one instance), given its name to show. */
    ComponentFaults(RunController controller, BiConsumer<String, String> skew) {
        this.controller = controller;
        this.skew = skew;
    }

    /** The fault menu's items for component {@code c} of {@code design}, at the moment the run shows. */
    List<MenuItem> itemsFor(Design design, Component c) {
        String name = c.name();
        boolean crashed = FaultTargets.anyCrashed(
                controller.cursor().trace(), controller.cursor().shown(), c.id());
        ReplicaInstances instances = ReplicaInstances.of(
                c,
                KeyPartitioning.of(c, design.scenario()),
                controller.cursor().trace(),
                controller.cursor().shown());
        boolean several = instances.several();
        List<MenuItem> items = new ArrayList<>();
        items.add(item("Crash " + name, "fault-crash", new Fault.Crash(c.id())));
        if (several) {
            items.add(InstanceMenu.of(
                    "Crash One Instance",
                    "fault-crash-instance",
                    instances,
                    instances.crashable(),
                    i -> item(i.label(), InstanceMenu.entryId("crash", i), new Fault.Crash(i.name()))));
        }
        MenuItem shutdown = item(
                "Shut Down " + name + " Gracefully",
                "fault-shutdown",
                new Fault.Shutdown(c.id(), Fault.Shutdown.DEFAULT_DRAIN));
        shutdown.setDisable(crashed);
        items.add(shutdown);
        MenuItem recover = item("Recover " + name, "fault-recover", new Fault.Recover(c.id()));
        recover.setDisable(!crashed);
        items.add(recover);
        if (several) {
            items.add(InstanceMenu.of(
                    "Recover One Instance",
                    "fault-recover-instance",
                    instances,
                    instances.recoverable(),
                    i -> item(i.label(), InstanceMenu.entryId("recover", i), new Fault.Recover(i.name()))));
        }
        if (several && instances.singleLeader()) {
            items.add(InstanceMenu.of(
                    "Promote to Leader",
                    "fault-promote",
                    instances,
                    instances.promotable(),
                    i -> item(i.label(), InstanceMenu.entryId("promote", i), new Fault.Promote(i.name()))));
        }
        items.add(pauses("Pause " + name, "fault-pause", c.id()));
        if (several) {
            items.add(InstanceMenu.of(
                    "Pause One Instance",
                    "fault-pause-instance",
                    instances,
                    instances.all(),
                    i -> pauses(i.label(), InstanceMenu.entryId("pause", i), i.name())));
        }
        MenuItem skewAll = new MenuItem("Skew Clock of " + name + "…");
        skewAll.setId("fault-skew");
        skewAll.setMnemonicParsing(false);
        skewAll.setOnAction(e -> skew.accept(c.id(), name));
        items.add(skewAll);
        if (several) {
            items.add(InstanceMenu.of(
                    "Skew Clock of One Instance", "fault-skew-instance", instances, instances.all(), i -> {
                        MenuItem one = new MenuItem(i.label() + "…");
                        one.setId(InstanceMenu.entryId("skew", i));
                        one.setOnAction(e -> skew.accept(i.name(), i.name()));
                        return one;
                    }));
        }
        List<String> rest = FaultTargets.rest(design, Set.of(c.id()));
        if (!rest.isEmpty() || several) {
            String p = FaultTargets.freshPartitionName(design.scenario().faults());
            items.add(new SeparatorMenuItem());
            if (!rest.isEmpty()) {
                items.add(item(
                        "Cut " + name + " Off (Partition)",
                        "fault-isolate",
                        new Fault.Partition(p, List.of(c.id()), rest, false)));
            }
            if (several) {
                items.add(InstanceMenu.of(
                        "Cut One Instance Off (Partition)", "fault-isolate-instance", instances, instances.all(), i -> {
                            List<String> others = new ArrayList<>(instances.othersThan(i));
                            others.addAll(rest);
                            return item(
                                    i.label(),
                                    InstanceMenu.entryId("isolate", i),
                                    new Fault.Partition(p, List.of(i.name()), others, false));
                        }));
            }
            if (!rest.isEmpty()) {
                items.add(item(
                        "Others Stop Hearing " + name + " (One-Way)",
                        "fault-mute",
                        new Fault.Partition(p, List.of(c.id()), rest, true)));
                items.add(item(
                        name + " Stops Hearing Others (One-Way)",
                        "fault-deafen",
                        new Fault.Partition(p, rest, List.of(c.id()), true)));
            }
        }
        return items;
    }

    /** A submenu {@code text} of pauses of {@code target} for each of the usual durations. */
    private Menu pauses(String text, String id, String target) {
        Menu pause = new Menu(text);
        pause.setId(id);
        pause.setMnemonicParsing(false);
        for (long d : PAUSES) {
            pause.getItems().add(item("for " + Micros.format(d), null, new Fault.Pause(target, d)));
        }
        return pause;
    }

    private MenuItem item(String text, String id, Fault fault) {
        return item(controller, text, id, fault);
    }

    /** A menu item {@code text} that injects {@code fault} through {@code controller}; {@code id} may be null. */
    static MenuItem item(RunController controller, String text, String id, Fault fault) {
        MenuItem item = new MenuItem(text);
        if (id != null) {
            item.setId(id);
        }
        item.setMnemonicParsing(false);
        item.setOnAction(e -> controller.inject(fault));
        return item;
    }
}
