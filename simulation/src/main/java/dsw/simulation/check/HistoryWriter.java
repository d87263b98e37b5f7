package dsw.simulation.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a client history in one of the {@link HistoryFormat}s, so that {@code ./dsw
 * check-history} and Jepsen's tools read it back: an invocation line per operation and a
 * completion line ({@code ok}, {@code fail}, or {@code info} for an open operation, at the end) in
 * real-time order. dsw's format declares the model and initial value in a header; EDN and Jepsen
 * logs have no header, so a read that returned {@link RunHistory#ABSENT} is written there as nil,
 * which a checker leaves unconstrained. Thread-safe (stateless).
 */
public final class HistoryWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryWriter() {}

    /** One line of the history: an invocation or a completion of {@code op}. */
    private record Line(long at, Operation op, String type, Object value) {}

    /** Writes {@code history} to {@code out} in {@code format}. */
    public static void write(ClientHistory history, HistoryFormat format, Writer out) throws IOException {
        if (format == HistoryFormat.DSW) {
            ObjectNode header = JSON.createObjectNode().put("dsw-history", 1);
            history.model().ifPresent(model -> header.put("model", model));
            history.initial().ifPresent(initial -> header.set("initial", JSON.valueToTree(plain(initial))));
            out.write(header + "\n");
        }
        for (Line line : lines(history)) {
            out.write(
                    switch (format) {
                        case DSW -> json(line);
                        case EDN -> "{:process " + edn(line.op().process()) + ", :type :" + line.type() + ", :f :"
                                + line.op().function() + ", :value " + edn(headerless(line.value())) + "}";
                        case JEPSEN_LOG -> "INFO  jepsen.util - " + line.op().process() + "\t:" + line.type() + "\t:"
                                + line.op().function() + "\t" + edn(headerless(line.value()));
                    });
            out.write('\n');
        }
    }

    private static List<Line> lines(ClientHistory history) {
        List<Line> lines = new ArrayList<>();
        for (Operation op : history.operations()) {
            lines.add(new Line(op.invokedAt(), op, "invoke", op.argument()));
            String type =
                    switch (op.completion()) {
                        case OK -> "ok";
                        case FAIL -> "fail";
                        case OPEN -> "info";
                    };
            lines.add(new Line(
                    op.completedAt(), op, type, op.completion() == Completion.OK ? op.result() : op.argument()));
        }
        lines.sort(Comparator.comparingLong(Line::at)
                .thenComparingInt(line -> line.op().index()));
        return lines;
    }

    private static String json(Line line) {
        ObjectNode node = JSON.createObjectNode()
                .put("process", line.op().process())
                .put("type", line.type())
                .put("f", line.op().function());
        node.set("value", JSON.valueToTree(plain(line.value())));
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as JSON can hold it: a keyword becomes its name. */
    private static Object plain(Object value) {
        if (value instanceof Keyword keyword) {
            return keyword.name();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(HistoryWriter::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(plain(k)), plain(v)));
            return out;
        }
        return value;
    }

    /** A value for a format without a header: {@link RunHistory#ABSENT} becomes nil. */
    private static Object headerless(Object value) {
        if (RunHistory.ABSENT.equals(value) || RunHistory.ABSENT.name().equals(value)) {
            return null;
        }
        if (value instanceof List<?> items) {
            return items.stream().map(HistoryWriter::headerless).toList();
        }
        return value;
    }

    /** {@code value} in EDN: nil, numbers, strings, keywords, vectors and maps. */
    static String edn(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
        if (value instanceof List<?> items) {
            List<String> parts = new ArrayList<>();
            items.forEach(item -> parts.add(edn(item)));
            return "[" + String.join(" ", parts) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(edn(k) + " " + edn(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        return value.toString();
    }
}
