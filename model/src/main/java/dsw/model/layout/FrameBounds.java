package dsw.model.layout;

import dsw.model.Bounds;

/**
 * The rectangle of each frame: around the boxes and frames it holds (and the stand-in box of an
 * empty frame), grown by the padding at the sides and bottom and by padding plus title strip at
 * the top. Thread-safe (stateless).
 */
final class FrameBounds {
    /** A rectangle by its edges; unlike {@link Bounds}, it may lie anywhere. */
    record Rect(double left, double top, double right, double bottom) {
        static Rect of(Bounds b) {
            return new Rect(b.x(), b.y(), b.x() + b.width(), b.y() + b.height());
        }

        Bounds toBounds() {
            return new Bounds(left, top, right - left, bottom - top);
        }
    }

    private FrameBounds() {}

    /**
     * The rectangle of each frame around what is placed in it.
     *
     * @param kept bounds to keep as they are (null entries are computed), or null to compute all
     * @return the rectangle of each frame, null for a frame with nothing placed in it
     */
    static Rect[] of(Placement placement, FrameTree frames, LayoutOptions options, Bounds[] kept) {
        double halfWidth = options.boxWidth() / 2;
        double halfHeight = options.boxHeight() / 2;
        Rect[] rects = new Rect[frames.size()];
        for (int g : frames.deepestFirst()) {
            if (kept != null && kept[g] != null) {
                rects[g] = Rect.of(kept[g]);
                continue;
            }
            double left = Double.POSITIVE_INFINITY;
            double top = Double.POSITIVE_INFINITY;
            double right = Double.NEGATIVE_INFINITY;
            double bottom = Double.NEGATIVE_INFINITY;
            for (int c : frames.members(g)) {
                if (placement.isPlaced(c)) {
                    left = Math.min(left, placement.x(c) - halfWidth);
                    right = Math.max(right, placement.x(c) + halfWidth);
                    top = Math.min(top, placement.y(c) - halfHeight);
                    bottom = Math.max(bottom, placement.y(c) + halfHeight);
                }
            }
            if (placement.hasHolder(g)) {
                left = Math.min(left, placement.holderX(g) - halfWidth);
                right = Math.max(right, placement.holderX(g) + halfWidth);
                top = Math.min(top, placement.holderY(g) - halfHeight);
                bottom = Math.max(bottom, placement.holderY(g) + halfHeight);
            }
            for (int h : frames.childFrames(g)) {
                Rect r = rects[h];
                if (r != null) {
                    left = Math.min(left, r.left());
                    right = Math.max(right, r.right());
                    top = Math.min(top, r.top());
                    bottom = Math.max(bottom, r.bottom());
                }
            }
            if (left <= right) {
                rects[g] = new Rect(
                        left - options.framePadding(),
                        top - options.frameTop(),
                        right + options.framePadding(),
                        bottom + options.framePadding());
            }
        }
        return rects;
    }
}
