package dsw.app.animation;

import dsw.app.canvas.Rect;
import java.util.List;

/**
 * The circuit-breaker badge on a calling component at the shown moment: the worst state among its
 * processes' breakers, drawn at the top right of its box. Immutable, thread-safe.
 *
 * @param componentId the caller
 * @param box the caller's box on the screen, pixels
 * @param state the worst state of its breakers (open before half-open before closed)
 * @param lines per breaker, its state and the label of the decision that put it there, for the tooltip
 */
public record BreakerBadge(String componentId, Rect box, BreakerState state, List<String> lines) {
    public BreakerBadge {
        lines = List.copyOf(lines);
    }

    /** The badge's text: "breaker open". */
    public String text() {
        return "breaker " + state.text();
    }
}
