package dsw.model.trace;

/**
 * One trace event as a value, for code that handles a few events at a time. Immutable,
 * thread-safe. Fields that do not apply are null, or -1 for numbers.
 *
 * @param process the process name, or null for network and environment events
 * @param msg the message id, or -1
 * @param from the sending process of the message, or null
 * @param to the receiving process of the message, or null
 * @param link the link id the message travels on, or null
 * @param label the message label, or the description of a local or fault event, or null
 * @param lamport the Lamport clock after a process event; 0 otherwise
 */
public record TraceEvent(
        int seq,
        long t,
        EventType type,
        String process,
        int msg,
        String from,
        String to,
        String link,
        String label,
        MessageKind kind,
        DropReason reason,
        long lamport,
        long physical) {

    static TraceEvent of(Trace trace, int seq) {
        TraceHeader header = trace.header();
        int p = trace.process(seq);
        int msg = trace.message(seq);
        String from = null;
        String to = null;
        String link = null;
        String label = trace.detail(seq);
        MessageKind kind = null;
        if (msg >= 0) {
            from = header.processName(trace.messageFrom(msg));
            to = header.processName(trace.messageTo(msg));
            int l = trace.messageLink(msg);
            link = l >= 0 ? header.links().get(l) : null;
            kind = trace.messageKind(msg);
            if (label == null) {
                label = trace.messageLabel(msg);
            }
        }
        return new TraceEvent(
                seq,
                trace.time(seq),
                trace.type(seq),
                p >= 0 ? header.processName(p) : null,
                msg,
                from,
                to,
                link,
                label,
                kind,
                trace.reason(seq),
                trace.lamport(seq),
                trace.physical(seq));
    }
}
