package dsw.app.eventlog;

import dsw.model.trace.EventType;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which events the event log lists: the event types ticked and, optionally, one component or
 * process. A network event (a drop) belongs to the processes at both ends of its message; an
 * environment event (a fault) to none. Immutable, thread-safe.
 *
 * @param types the event types listed
 * @param decisionsOnly list only the local events that record a pattern's decision (a retry, a
 *     breaker opening, a request shed, ...)
 * @param process a component id (all its instances) or a process id such as {@code api#2}, or
 *     null for every process
 */
record EventFilter(Set<EventType> types, String process, boolean decisionsOnly) {
    static final EventFilter ALL = new EventFilter(EnumSet.allOf(EventType.class), null);

    EventFilter(Set<EventType> types, String process) {
        this(types, process, false);
    }

    EventFilter {
        types = types.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(types);
        process = process == null || process.isBlank() ? null : process.trim();
    }

    /** This filter applied to one trace, with the process choice resolved. */
    Matcher matcher(TraceHeader header) {
        boolean[] processOn = null;
        if (process != null) {
            List<ProcessInfo> processes = header.processes();
            processOn = new boolean[processes.size()];
            for (int p = 0; p < processOn.length; p++) {
                ProcessInfo info = processes.get(p);
                processOn[p] = info.id().equals(process) || info.component().equals(process);
            }
        }
        return new Matcher(
                EnumSet.copyOf(types.isEmpty() ? EnumSet.noneOf(EventType.class) : types), processOn, decisionsOnly);
    }

    /** Tests events of one trace against the filter. Immutable, thread-safe. */
    static final class Matcher {
        private final EnumSet<EventType> typeOn;
        private final boolean[] processOn;
        private final boolean decisionsOnly;

        private Matcher(EnumSet<EventType> typeOn, boolean[] processOn, boolean decisionsOnly) {
            this.typeOn = typeOn;
            this.processOn = processOn;
            this.decisionsOnly = decisionsOnly;
        }

        boolean test(Trace trace, int seq) {
            if (!typeOn.contains(trace.type(seq))) {
                return false;
            }
            if (decisionsOnly
                    && (trace.type(seq) != EventType.LOCAL || trace.decision(seq) == dsw.model.trace.Decision.NONE)) {
                return false;
            }
            if (processOn == null) {
                return true;
            }
            int p = trace.process(seq);
            if (p >= 0) {
                return processOn[p];
            }
            int msg = trace.message(seq);
            return msg >= 0 && (processOn[trace.messageFrom(msg)] || processOn[trace.messageTo(msg)]);
        }
    }

    EventFilter withTypes(Set<EventType> value) {
        return new EventFilter(value, process, decisionsOnly);
    }

    EventFilter withProcess(String value) {
        return Objects.equals(value, process) ? this : new EventFilter(types, value, decisionsOnly);
    }

    EventFilter withDecisionsOnly(boolean value) {
        return new EventFilter(types, process, value);
    }
}
