package dsw.app.animation;

/** What is under the mouse in a frame: a message copy or a component. Immutable, thread-safe. */
public sealed interface Hit {
    /** A message copy's glyph. */
    record Message(int msg, int copy) implements Hit {}

    /** A component's box or badge. */
    record Component(String componentId) implements Hit {}
}
