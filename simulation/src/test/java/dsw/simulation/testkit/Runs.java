package dsw.simulation.testkit;

import dsw.model.Design;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Trace;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Runs hand-built designs and looks things up in their traces, for behaviour tests. Thread-safe (stateless). */
public final class Runs {
    private Runs() {}

    /** The trace of a run of {@code design} under its scenario, to the end. */
    public static Trace finished(Design design) {
        Simulation simulation = Simulation.of(design);
        simulation.runToEnd(RunMonitor.NONE);
        return simulation.trace();
    }

    /** The process number of a process name such as {@code svc} or {@code svc#2}. */
    public static int process(Trace trace, String name) {
        int p = trace.header().indexOf(name);
        if (p < 0) {
            throw new IllegalArgumentException(
                    "no process " + name + " in " + trace.header().processes());
        }
        return p;
    }

    /** The seqs of the events that match, in order. */
    public static List<Integer> events(Trace trace, IntPredicate matches) {
        List<Integer> seqs = new ArrayList<>();
        for (int seq = 0; seq < trace.size(); seq++) {
            if (matches.test(seq)) {
                seqs.add(seq);
            }
        }
        return seqs;
    }

    /** The seqs of events of {@code type} at process {@code process} (a name), in order. */
    public static List<Integer> events(Trace trace, EventType type, String process) {
        int p = process(trace, process);
        return events(trace, seq -> trace.type(seq) == type && trace.process(seq) == p);
    }

    /** The ids of messages of {@code kind} from process {@code from} to process {@code to}, in send order. */
    public static List<Integer> messages(Trace trace, MessageKind kind, String from, String to) {
        int f = process(trace, from);
        int t = process(trace, to);
        List<Integer> ids = new ArrayList<>();
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            if (trace.messageKind(msg) == kind && trace.messageFrom(msg) == f && trace.messageTo(msg) == t) {
                ids.add(msg);
            }
        }
        return ids;
    }

    /** The seqs of the events of {@code type} (receive or drop) that carry message {@code msg}. */
    public static List<Integer> fates(Trace trace, int msg, EventType type) {
        return events(trace, seq -> trace.type(seq) == type && trace.message(seq) == msg);
    }

    /** When message {@code msg} was sent. */
    public static long sentAt(Trace trace, int msg) {
        return trace.time(trace.sendSeq(msg));
    }
}
