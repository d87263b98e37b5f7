package dsw.diagrams.sequence;

import dsw.diagrams.plantuml.PumlText;
import dsw.model.Design;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import java.util.Objects;

/**
 * A run drawn as a PlantUML sequence diagram: one participant per process in the trace header's
 * order, one arrow per message copy received or lost (at the moment it arrived or was lost),
 * notes for what processes did on their own (timeouts, crashes, pauses), dividers for faults of
 * the environment, and the virtual time of long gaps. Every text from the trace or the design is
 * escaped with {@link PumlText}. The same trace and options give the same text, byte for byte.
 * Immutable, thread-safe.
 */
public final class SequenceDiagram {
    private final String puml;
    private final int messagesShown;
    private final int messagesInScope;

    private SequenceDiagram(String puml, int messagesShown, int messagesInScope) {
        this.puml = puml;
        this.messagesShown = messagesShown;
        this.messagesInScope = messagesInScope;
    }

    /** The diagram of a trace, its processes named by their component ids. */
    public static SequenceDiagram of(Trace trace, SequenceOptions options) {
        return of(trace, null, options);
    }

    /**
     * The diagram of a trace of {@code design}, its processes named after the design's components.
     *
     * @param design the design the trace is a run of, or null to name processes by component id
     * @throws IllegalArgumentException when the options' focus is not a process event of the trace
     */
    public static SequenceDiagram of(Trace trace, Design design, SequenceOptions options) {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(options, "options");
        Selection selection = Selection.of(trace, options);
        Participants participants = Participants.of(trace.header(), design);
        Stamps stamps = Stamps.of(trace, selection, options.timestamps());
        String text = new SequenceWriter(trace, participants, selection, stamps, options)
                .write(scope(trace, participants, options));
        return new SequenceDiagram(text, selection.arrowsShown(), selection.arrowsInScope());
    }

    /** The PlantUML source, from {@code @startuml} to {@code @enduml} and a final line break. */
    public String puml() {
        return puml;
    }

    /** The arrows drawn: message copies received or lost. */
    public int messagesShown() {
        return messagesShown;
    }

    /** The arrows the window and focus held; more than {@link #messagesShown()} when cut. */
    public int messagesInScope() {
        return messagesInScope;
    }

    /** Whether the diagram stops before the end of its window because of the options' limit. */
    public boolean truncated() {
        return messagesShown < messagesInScope;
    }

    /** The subtitle: what part of the run the diagram shows, unescaped. */
    private static String scope(Trace trace, Participants participants, SequenceOptions options) {
        StringBuilder text = new StringBuilder();
        if (options.focus() >= 0) {
            int seq = options.focus();
            text.append(options.withFuture() ? "causes and effects of " : "causal history of ")
                    .append(describe(trace, participants, seq))
                    .append(" at ")
                    .append(Micros.humanize(trace.time(seq)));
            if (!options.isWholeRun()) {
                text.append(", ");
            }
        }
        if (options.isWholeRun()) {
            if (options.focus() < 0) {
                text.append("whole run");
            }
        } else if (options.to() == Long.MAX_VALUE) {
            text.append("from ").append(Micros.humanize(options.from()));
        } else {
            text.append("from ")
                    .append(Micros.humanize(options.from()))
                    .append(" to ")
                    .append(Micros.humanize(options.to()));
        }
        return text.toString();
    }

    /** Such as {@code receive of m12 GET k42 at Orders DB (seq 45)}. */
    private static String describe(Trace trace, Participants participants, int seq) {
        EventType type = trace.type(seq);
        StringBuilder text = new StringBuilder(type.wireName());
        int msg = trace.message(seq);
        if (msg >= 0) {
            text.append(" of m").append(msg).append(' ').append(trace.messageLabel(msg));
        }
        int process = trace.process(seq);
        if (process >= 0) {
            text.append(" at ").append(participants.name(process));
        }
        return text.append(" (seq ").append(seq).append(')').toString();
    }
}
