package dsw.app.animation;

import dsw.model.trace.MessageKind;

/**
 * A message copy as drawn: where on the screen (pixels), what kind, how far along its link.
 * Immutable, thread-safe.
 *
 * @param duplicate the network duplicated the message: it travels as two copies
 * @param estimated its end is not yet in the available trace, so its place is a guess
 */
public record Glyph(
        int msg,
        int copy,
        MessageKind kind,
        double x,
        double y,
        double fraction,
        boolean duplicate,
        boolean estimated) {}
