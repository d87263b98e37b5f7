package dsw.app.run;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * A fault menu's submenu that lists instances of a replicated component, one entry each, under a
 * heading per partition when the component's keys are split, so that a long list (4 partitions of
 * 3 replicas) still reads group by group. FX thread only.
 */
final class InstanceMenu {
    /** The style class of a partition's heading. */
    static final String HEADING_STYLE = "fault-menu-heading";

    private InstanceMenu() {}

    /**
     * A submenu {@code text} with an entry made by {@code entry} for each of {@code choices};
     * disabled when there are none.
     */
    static Menu of(
            String text,
            String id,
            ReplicaInstances instances,
            List<ReplicaInstances.Instance> choices,
            Function<ReplicaInstances.Instance, MenuItem> entry) {
        Menu menu = new Menu(text);
        menu.setId(id);
        menu.setMnemonicParsing(false);
        int partition = -1;
        for (ReplicaInstances.Instance instance : choices) {
            if (instances.partitioned() && instance.partition() != partition) {
                partition = instance.partition();
                MenuItem heading = new MenuItem("Partition " + partition);
                heading.setDisable(true);
                heading.getStyleClass().add(HEADING_STYLE);
                menu.getItems().add(heading);
            }
            MenuItem item = entry.apply(instance);
            item.setMnemonicParsing(false);
            menu.getItems().add(item);
        }
        menu.setDisable(choices.isEmpty());
        return menu;
    }

    /** An id for an instance's entry in the submenu {@code action}, such as {@code "fault-crash-orders-db-2"}. */
    static String entryId(String action, ReplicaInstances.Instance instance) {
        return "fault-" + action + "-" + instance.name().replace('#', '-');
    }
}
