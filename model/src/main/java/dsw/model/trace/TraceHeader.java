package dsw.model.trace;

import java.util.List;
import java.util.Objects;

/**
 * What a trace is a trace of: the seed, the design's name, its processes (index = process
 * number in the trace) and its link ids (index = link number). Immutable, thread-safe.
 */
public record TraceHeader(long seed, String design, List<ProcessInfo> processes, List<String> links) {
    public static final String FORMAT = "dsw-trace";
    public static final int VERSION = 1;

    public TraceHeader {
        Objects.requireNonNull(design, "design");
        processes = List.copyOf(processes);
        links = List.copyOf(links);
    }

    public int processCount() {
        return processes.size();
    }

    public String processName(int process) {
        return processes.get(process).id();
    }

    /** The process number of a process name, or -1. */
    public int indexOf(String processName) {
        for (int i = 0; i < processes.size(); i++) {
            if (processes.get(i).id().equals(processName)) {
                return i;
            }
        }
        return -1;
    }
}
