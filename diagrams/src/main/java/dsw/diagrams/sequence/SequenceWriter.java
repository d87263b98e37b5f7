package dsw.diagrams.sequence;

import dsw.diagrams.plantuml.PumlText;
import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import java.util.Arrays;
import java.util.Locale;

/**
 * Writes the PlantUML text of a {@link SequenceDiagram}: header, participants, one line per
 * selected event (a pattern's decision as a note tinted by its family), long gaps as delays, the
 * truncation note and the legend. Text from the trace and
 * the design goes through {@link PumlText}; everything else is the writer's own. Not thread-safe;
 * one writer per diagram.
 */
final class SequenceWriter {
    private static final String LOST = "#C0392B";
    private static final String REPLICATION = "#1F77B4";
    private static final String PROTOCOL = "#7F7F7F";
    private static final String FOCUS = "#E67E22";

    /** A gap this many times the typical gap between steps is drawn as a delay with the time. */
    private static final int DELAY_FACTOR = 4;

    private final Trace trace;
    private final Participants participants;
    private final Selection selection;
    private final Stamps stamps;
    private final SequenceOptions options;
    private final String[] aliases;
    private final StringBuilder out = new StringBuilder(4096);
    /** The families of the pattern decisions drawn, for the legend. */
    private final boolean[] families = new boolean[DecisionTint.values().length];

    SequenceWriter(
            Trace trace, Participants participants, Selection selection, Stamps stamps, SequenceOptions options) {
        this.trace = trace;
        this.participants = participants;
        this.selection = selection;
        this.stamps = stamps;
        this.options = options;
        PumlText.Aliases names = new PumlText.Aliases();
        this.aliases = new String[participants.size()];
        for (int p = 0; p < aliases.length; p++) {
            aliases[p] = names.of(participants.id(p));
        }
    }

    String write(String scope) {
        out.append("@startuml\n");
        out.append("' dsw sequence diagram of \"")
                .append(PumlText.comment(trace.header().design()))
                .append("\", seed ")
                .append(trace.header().seed())
                .append('\n');
        out.append("title ")
                .append(PumlText.escape(trace.header().design()))
                .append(" · seed ")
                .append(trace.header().seed())
                .append("\\n<size:11>")
                .append(PumlText.escape(scope, PumlText.MAX_LABEL_LENGTH * 2))
                .append("</size>\n");
        out.append("skinparam shadowing false\n");
        out.append("skinparam sequenceMessageAlign left\n");
        boolean any = writeParticipants();
        long threshold = delayThreshold();
        long previous = -1;
        for (int i = 0; i < selection.size(); i++) {
            int seq = selection.seq(i);
            long t = trace.time(seq);
            if (previous < 0 && t - options.from() >= threshold) {
                // a quiet start: say when the first thing drawn happened
                out.append("... t = ").append(Micros.humanize(t)).append(" ...\n");
            } else if (previous >= 0 && t - previous >= threshold) {
                out.append("... +")
                        .append(Micros.humanize(t - previous))
                        .append(" (t = ")
                        .append(Micros.humanize(t))
                        .append(") ...\n");
            }
            previous = t;
            writeStep(seq, selection.copy(i));
            if (seq == options.focus()) {
                writeFocus(seq);
            }
        }
        if (!any) {
            out.append("note over ")
                    .append(aliases.length == 0 ? "nobody" : aliases[0])
                    .append(" : no messages or events here\n");
        }
        if (selection.truncated()) {
            writeTruncation();
        }
        boolean decisions = false;
        for (boolean family : families) {
            decisions |= family;
        }
        if (stamps.any() || decisions) {
            writeLegend();
        }
        out.append("@enduml\n");
        return out.toString();
    }

    /** Declares the processes involved, in header order; all of them when none is. */
    private boolean writeParticipants() {
        boolean any = false;
        for (int p = 0; p < participants.size(); p++) {
            any |= selection.involves(p);
        }
        if (participants.size() == 0) {
            out.append("participant \"(no processes)\" as nobody\n");
        }
        for (int p = 0; p < participants.size(); p++) {
            if (!any || selection.involves(p)) {
                out.append(participants.element(p))
                        .append(' ')
                        .append(PumlText.quoted(participants.name(p)))
                        .append(" as ")
                        .append(aliases[p])
                        .append(" <<")
                        .append(PumlText.escape(participants.stereotype(p)))
                        .append(">>\n");
            }
        }
        return any;
    }

    /**
     * The shortest gap shown as a delay: {@value #DELAY_FACTOR} times the median of the positive
     * gaps between consecutive steps, so that bursts read as one stretch and pauses between them
     * stand out whatever the design's time scale.
     */
    private long delayThreshold() {
        long[] gaps = new long[Math.max(0, selection.size() - 1)];
        int n = 0;
        for (int i = 1; i < selection.size(); i++) {
            long gap = trace.time(selection.seq(i)) - trace.time(selection.seq(i - 1));
            if (gap > 0) {
                gaps[n++] = gap;
            }
        }
        if (n == 0) {
            return Long.MAX_VALUE;
        }
        Arrays.sort(gaps, 0, n);
        return Math.max(1, gaps[n / 2] * DELAY_FACTOR);
    }

    private void writeStep(int seq, int copy) {
        EventType type = trace.type(seq);
        switch (type) {
            case RECEIVE, DROP -> writeArrow(seq, type == EventType.DROP, copy);
            case FAULT -> out.append("== ")
                    .append(Micros.humanize(trace.time(seq)))
                    .append(" · ")
                    .append(PumlText.escape(detail(seq)))
                    .append(" ==\n");
            case LOCAL, CRASH, RECOVER, PAUSE, RESUME -> writeNote(seq, type);
            case SEND -> {
                // only the focus send is selected; writeFocus describes it
            }
        }
    }

    private void writeArrow(int seq, boolean lost, int copy) {
        int msg = trace.message(seq);
        MessageKind kind = trace.messageKind(msg);
        boolean dashed = kind == MessageKind.RESPONSE || kind == MessageKind.ACK;
        boolean async = !(kind == MessageKind.REQUEST || kind == MessageKind.RESPONSE);
        String color = null;
        if (lost) {
            color = LOST;
        } else if (seq == options.focus()) {
            color = FOCUS;
        } else if (kind == MessageKind.RESPONSE && !trace.messageStatus(msg).isSuccess()) {
            color = LOST;
        } else if (kind == MessageKind.REPLICATION) {
            color = REPLICATION;
        } else if (kind == MessageKind.HEARTBEAT || kind == MessageKind.VOTE || kind == MessageKind.CONTROL) {
            color = PROTOCOL;
        }
        out.append(aliases[trace.messageFrom(msg)]).append(" -");
        if (color != null) {
            out.append('[').append(color).append(']');
        }
        if (dashed) {
            out.append('-');
        }
        out.append(lost ? ">x" : async ? ">>" : ">");
        out.append(' ')
                .append(aliases[trace.messageTo(msg)])
                .append(" : m")
                .append(msg)
                .append(' ');
        out.append(PumlText.escape(trace.messageLabel(msg)));
        if (copy > 0) {
            out.append(" (duplicate of m").append(msg).append(')');
        }
        if (lost) {
            out.append(" (lost: ").append(trace.reason(seq).wireName()).append(')');
        }
        smallLine(stamps.any() ? stamps.ofMessage(seq) : "");
        out.append('\n');
    }

    private void writeNote(int seq, EventType type) {
        Decision decision = type == EventType.LOCAL ? trace.decision(seq) : Decision.NONE;
        DecisionTint tint = DecisionTint.of(decision);
        if (tint != null) {
            families[tint.ordinal()] = true;
        }
        String shape = tint != null
                ? "hnote over %s " + tint.colour()
                : switch (type) {
                    case CRASH -> "rnote over %s #FFD6D6";
                    case RECOVER -> "rnote over %s #D6F5D6";
                    case PAUSE, RESUME -> "rnote over %s #FFF2CC";
                    default -> "note over %s";
                };
        out.append(String.format(Locale.ROOT, shape, aliases[trace.process(seq)]))
                .append(" : ")
                .append(PumlText.escape(detail(seq)));
        String clocks = stamps.any() ? stamps.ofEvent(seq) : "";
        smallLine(Micros.humanize(trace.time(seq)) + (clocks.isEmpty() ? "" : " · " + clocks));
        out.append('\n');
    }

    private void writeFocus(int seq) {
        out.append("hnote over ").append(aliases[trace.process(seq)]).append(" #Gold : chosen event");
        if (trace.type(seq) == EventType.SEND) {
            int msg = trace.message(seq);
            out.append(": sends m")
                    .append(msg)
                    .append(' ')
                    .append(PumlText.escape(trace.messageLabel(msg)))
                    .append(" to ")
                    .append(PumlText.escape(participants.name(trace.messageTo(msg))));
            String clocks = stamps.any() ? stamps.ofEvent(seq) : "";
            smallLine(Micros.humanize(trace.time(seq)) + (clocks.isEmpty() ? "" : " · " + clocks));
        }
        out.append('\n');
    }

    private void writeTruncation() {
        out.append("note across #FFE0B2 : cut here: showing the first ")
                .append(count(selection.arrowsShown()))
                .append(" of ")
                .append(count(selection.arrowsInScope()))
                .append(" messages; the rest run to ")
                .append(Micros.humanize(selection.lastArrowTime()))
                .append(".\\nShow a shorter time window or allow more messages to see them.\n");
    }

    private void writeLegend() {
        out.append("legend right\n");
        for (DecisionTint tint : DecisionTint.values()) {
            if (families[tint.ordinal()]) {
                out.append("<back:")
                        .append(tint.colour())
                        .append("> ")
                        .append(tint.title())
                        .append(" </back> pattern decisions\n");
            }
        }
        if (options.timestamps().lamport()) {
            out.append("L a→b: Lamport clock at the send → at the receive\n");
        }
        if (options.timestamps().vector()) {
            out.append("[…]: vector clock at the send → at the receive, one count per process:\n");
            StringBuilder order = new StringBuilder();
            for (int p = 0; p < participants.size(); p++) {
                order.append(p == 0 ? "" : ", ").append(participants.name(p));
            }
            out.append(PumlText.escape(order.toString(), PumlText.MAX_LABEL_LENGTH * 5))
                    .append('\n');
        }
        out.append("endlegend\n");
    }

    /** Appends a second, smaller line to a label; nothing for empty text (the writer's own). */
    private void smallLine(String text) {
        if (!text.isEmpty()) {
            out.append("\\n<size:10>").append(text).append("</size>");
        }
    }

    /** The description of a local or fault event, or its decision or type when it has none. */
    private String detail(int seq) {
        String detail = trace.detail(seq);
        if (detail != null && !detail.isBlank()) {
            return detail;
        }
        Decision decision = trace.type(seq) == EventType.LOCAL ? trace.decision(seq) : Decision.NONE;
        return decision != Decision.NONE ? decision.wireName() : trace.type(seq).wireName();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
