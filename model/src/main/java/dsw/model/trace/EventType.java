package dsw.model.trace;

import java.util.Locale;

/**
 * What one trace event is. Process events tick the process's own clock entry exactly once;
 * network and environment events ({@link #DROP}, {@link #FAULT}) tick no clock.
 */
public enum EventType {
    SEND(true),
    RECEIVE(true),
    LOCAL(true),
    CRASH(true),
    RECOVER(true),
    PAUSE(true),
    RESUME(true),
    DROP(false),
    FAULT(false);

    private final boolean processEvent;
    private final String wireName;

    EventType(boolean processEvent) {
        this.processEvent = processEvent;
        this.wireName = name().toLowerCase(Locale.ROOT);
    }

    /** True when the event happens at a process and ticks its clocks. */
    public boolean isProcessEvent() {
        return processEvent;
    }

    /** The name in the trace file, such as {@code "receive"}. */
    public String wireName() {
        return wireName;
    }

    public static EventType fromWireName(String name) {
        for (EventType t : values()) {
            if (t.wireName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type \"" + name + "\"");
    }
}
