package dsw.app.spacetime;

/** How an event or a message arrow of the space-time diagram relates to the selection. Immutable. */
public enum Highlight {
    /** Nothing is selected, or the item is not a process event. */
    NONE,
    /** The selected event. */
    SELECTED,
    /** The event compared with the selected one. */
    COMPARED,
    /** In the selected event's causal past (or a message along a path into it). */
    PAST,
    /** In the selected event's causal future (or a message along a path out of it). */
    FUTURE,
    /** Concurrent with the selected event, or a message on no causal path of it: drawn dimmed. */
    CONCURRENT
}
