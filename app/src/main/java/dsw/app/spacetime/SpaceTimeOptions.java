package dsw.app.spacetime;

import java.util.Objects;

/**
 * How the space-time diagram is drawn: the labels, the x axis (virtual time or the Lamport total
 * order), whether future events are hidden or faded, and the sizes that follow the text size
 * (larger in presenter mode). Immutable, thread-safe.
 *
 * @param labelMode what each event's label says
 * @param lamportOrder x positions by rank in the Lamport total order instead of virtual time
 * @param hideFuture hide events at or after the playback position instead of fading them
 * @param fontSize the text size in pixels; lanes, dots and the label column scale with it
 */
public record SpaceTimeOptions(LabelMode labelMode, boolean lamportOrder, boolean hideFuture, double fontSize) {
    public static final SpaceTimeOptions DEFAULTS = new SpaceTimeOptions(LabelMode.LAMPORT, false, false, 13);

    public SpaceTimeOptions {
        Objects.requireNonNull(labelMode, "labelMode");
        if (!(fontSize > 0)) {
            throw new IllegalArgumentException("font size must be positive, got " + fontSize);
        }
    }

    public SpaceTimeOptions withLabelMode(LabelMode value) {
        return new SpaceTimeOptions(value, lamportOrder, hideFuture, fontSize);
    }

    public SpaceTimeOptions withLamportOrder(boolean value) {
        return new SpaceTimeOptions(labelMode, value, hideFuture, fontSize);
    }

    public SpaceTimeOptions withHideFuture(boolean value) {
        return new SpaceTimeOptions(labelMode, lamportOrder, value, fontSize);
    }

    public SpaceTimeOptions withFontSize(double value) {
        return new SpaceTimeOptions(labelMode, lamportOrder, hideFuture, value);
    }

    /** The height of one process lane. */
    public double laneHeight() {
        return Math.round(fontSize * 2.8);
    }

    /** The width of the sticky column of process names at the left. */
    public double gutter() {
        return Math.round(fontSize * 10);
    }

    /** The height of the time axis above the lanes. */
    public double axisHeight() {
        return Math.round(fontSize * 1.9);
    }

    /** An event dot's radius. */
    public double dotRadius() {
        return Math.max(3.5, fontSize * 0.32);
    }

    /** An estimate of the width of one character, enough to keep labels apart without font metrics. */
    public double charWidth() {
        return fontSize * 0.62;
    }
}
