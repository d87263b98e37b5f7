package dsw.diagrams.shiviz;

import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import dsw.model.trace.VectorClocks;
import dsw.model.value.Micros;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a trace as a ShiViz log file, as ShiViz's "upload a file" reads it: the first line is
 * the log parsing expression (empty: ShiViz's default, an event line followed by
 * {@code host {json vector clock}}), the second the multiple-executions delimiter (empty: one
 * execution), then two lines per process event. Drops and network faults, which happen at no
 * process, are left out; each host's own clock entry starts at 1 and rises by exactly 1 per
 * event. Stateless and thread-safe.
 */
public final class ShivizLog {
    private ShivizLog() {}

    /** Writes the whole trace (its published events) to {@code out} as UTF-8; does not close it. */
    public static void write(Trace trace, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write("\n\n");
        TraceHeader header = trace.header();
        StringBuilder line = new StringBuilder(256);
        try {
            VectorClocks.forEachVector(trace, (seq, clock) -> {
                line.setLength(0);
                describe(trace, header, seq, line);
                line.append('\n').append(header.processName(clock.process())).append(" {");
                boolean first = true;
                for (int q = 0; q < clock.size(); q++) {
                    int count = clock.get(q);
                    if (count != 0) {
                        if (!first) {
                            line.append(", ");
                        }
                        first = false;
                        line.append('"')
                                .append(header.processName(q))
                                .append("\": ")
                                .append(count);
                    }
                }
                line.append("}\n");
                try {
                    writer.append(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    /** The event line: what happened, with the message, virtual time and Lamport clock. */
    static void describe(Trace trace, TraceHeader header, int seq, StringBuilder line) {
        EventType type = trace.type(seq);
        int msg = trace.message(seq);
        line.append(type.wireName());
        if (msg >= 0) {
            line.append(' ').append(trace.messageLabel(msg));
            if (type == EventType.SEND) {
                line.append(" to ").append(header.processName(trace.messageTo(msg)));
            } else if (type == EventType.RECEIVE) {
                line.append(" from ").append(header.processName(trace.messageFrom(msg)));
            }
            line.append(" (msg ").append(msg).append(')');
        } else {
            String detail = trace.detail(seq);
            if (detail != null && !detail.equals(type.wireName())) {
                line.append(": ").append(oneLine(detail));
            }
        }
        line.append(" at ").append(Micros.humanize(trace.time(seq)));
        line.append(", lamport ").append(trace.lamport(seq));
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
