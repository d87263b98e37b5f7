package dsw.app.canvas;

import java.util.List;

/**
 * What an editing gesture draws over the design, in canvas units: a rubber band or a frame being
 * drawn, alignment guides, the link being dragged out, the handles of the box under the mouse and
 * the outline of a component about to be placed. Immutable.
 *
 * @param band the rubber band or frame draft, or null
 * @param bandIsFrame true when {@code band} is a frame being drawn
 * @param guides alignment guides as lines
 * @param connect the link being dragged out, or null
 * @param target the component the dragged link would end at, or null
 * @param handles the component whose connection handles show, or null
 * @param ghost the outline of a component about to be placed, or null
 * @param ghostLabel what the ghost would be, such as "Service"
 */
public record Overlay(
        Rect band,
        boolean bandIsFrame,
        List<Line> guides,
        Line connect,
        String target,
        String handles,
        Rect ghost,
        String ghostLabel) {
    public static final Overlay NONE = new Overlay(null, false, List.of(), null, null, null, null, null);

    /** A straight line from (x1, y1) to (x2, y2). */
    public record Line(double x1, double y1, double x2, double y2) {}

    public Overlay {
        guides = List.copyOf(guides);
    }

    public Overlay withBand(Rect value, boolean frame) {
        return new Overlay(value, frame, guides, connect, target, handles, ghost, ghostLabel);
    }

    public Overlay withGuides(List<Line> value) {
        return new Overlay(band, bandIsFrame, value, connect, target, handles, ghost, ghostLabel);
    }

    public Overlay withConnect(Line value, String targetId) {
        return new Overlay(band, bandIsFrame, guides, value, targetId, handles, ghost, ghostLabel);
    }

    public Overlay withHandles(String componentId) {
        return new Overlay(band, bandIsFrame, guides, connect, target, componentId, ghost, ghostLabel);
    }

    public Overlay withGhost(Rect value, String label) {
        return new Overlay(band, bandIsFrame, guides, connect, target, handles, value, label);
    }

    /** The four connection handles of a box: the middle of each side, as {x, y} pairs. */
    public static double[][] handlesOf(Rect box) {
        return new double[][] {
            {box.centerX(), box.y()}, {box.maxX(), box.centerY()}, {box.centerX(), box.maxY()}, {box.x(), box.centerY()}
        };
    }
}
