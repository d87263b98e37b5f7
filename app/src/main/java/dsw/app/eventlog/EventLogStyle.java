package dsw.app.eventlog;

import java.net.URL;

/**
 * The event log's style classes and its stylesheet, whose colours come from the theme's looked-up
 * colours so light and dark themes both work. Constants only; thread-safe.
 */
public final class EventLogStyle {
    /** On the event log's root. */
    public static final String ROOT = "event-log";

    /** A row whose message the network dropped. */
    public static final String DROP_STYLE_CLASS = "event-drop";

    /** A row where a process crashed. */
    public static final String CRASH_STYLE_CLASS = "event-crash";

    /** A fault, a pause or a resume. */
    public static final String FAULT_STYLE_CLASS = "event-fault";

    /** A process recovering. */
    public static final String RECOVER_STYLE_CLASS = "event-recover";

    /** Sending or receiving an answer that reports an error or a rejection. */
    public static final String ERROR_STYLE_CLASS = "event-error";

    /** An event after the playback position, listed when all available events are shown. */
    public static final String FUTURE_STYLE_CLASS = "event-future";

    /** An event a checker points at: part of the operations that broke a consistency promise. */
    public static final String MARKED_STYLE_CLASS = "event-marked";

    /** An event the search text matches. */
    public static final String MATCH_STYLE_CLASS = "event-match";

    /** The note under the table when the selected event is not listed. */
    public static final String NOTE_STYLE_CLASS = "event-log-note";

    private EventLogStyle() {}

    /** The URL of the event log's stylesheet, for the scene's stylesheets. */
    public static String stylesheet() {
        URL url = EventLogStyle.class.getResource("eventlog.css");
        if (url == null) {
            throw new IllegalStateException("the stylesheet dsw/app/eventlog/eventlog.css is missing from the app");
        }
        return url.toExternalForm();
    }
}
