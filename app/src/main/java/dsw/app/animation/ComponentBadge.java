package dsw.app.animation;

import dsw.app.canvas.Rect;
import java.util.List;

/**
 * What a component's badge says about its processes at the shown moment, drawn under its box.
 * Immutable, thread-safe.
 *
 * @param componentId the component
 * @param box the component's box on the screen, in pixels
 * @param condition the worst condition among its processes
 * @param instances each process's condition, in instance order (one for a single instance)
 * @param processes the process numbers, in instance order
 * @param queue the requests its processes hold, in all
 * @param text the badge's text: for one instance its Lamport and compact vector clock and its queue
 *     ({@code L12 [3,0,5] q4}); for replicas a summary ({@code 2 up, 1 crashed q4})
 */
public record ComponentBadge(
        String componentId,
        Rect box,
        Condition condition,
        List<Condition> instances,
        List<Integer> processes,
        int queue,
        String text) {
    public ComponentBadge {
        instances = List.copyOf(instances);
        processes = List.copyOf(processes);
    }
}
