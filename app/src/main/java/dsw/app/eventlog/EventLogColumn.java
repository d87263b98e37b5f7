package dsw.app.eventlog;

/** The event log's columns, in display order, with their headings. Immutable, thread-safe. */
public enum EventLogColumn {
    SEQ("#"),
    TIME("Time"),
    PROCESS("Process"),
    TYPE("Event"),
    MESSAGE("Message"),
    ROUTE("From → to"),
    LAMPORT("Lamport"),
    CLOCK("Vector clock"),
    DETAIL("Detail");

    private final String title;

    EventLogColumn(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
