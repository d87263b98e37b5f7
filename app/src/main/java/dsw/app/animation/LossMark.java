package dsw.app.animation;

import dsw.model.trace.DropReason;

/** A red cross where a message copy was dropped lately, at screen (x, y). Immutable, thread-safe. */
public record LossMark(int msg, DropReason reason, double x, double y) {}
