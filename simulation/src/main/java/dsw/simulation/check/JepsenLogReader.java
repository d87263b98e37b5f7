package dsw.simulation.check;

import java.util.List;

/**
 * Reads Jepsen's text log, where a history line looks like {@code INFO jepsen.util - 0 :invoke
 * :read nil}: process, type, function and value separated by tabs; the value is EDN. Lines that
 * are not history lines (set-up, nemesis) are skipped. Thread-safe.
 */
final class JepsenLogReader {
    private static final String MARKER = "jepsen.util - ";

    private JepsenLogReader() {}

    /** The history in {@code text}, read from {@code source}. */
    static ClientHistory read(String source, String text) throws HistoryFormatException {
        HistoryRecorder recorder = new HistoryRecorder(source);
        List<String> lines = text.lines().toList();
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int start = line.indexOf(MARKER);
            if (start < 0) {
                continue;
            }
            String[] fields = line.substring(start + MARKER.length()).split("\t", 4);
            if (fields.length < 3 || fields[0].strip().equals(":nemesis")) {
                continue;
            }
            int number = i + 1;
            String process = fields[0].strip();
            String type = keyword(source, number, fields[1]);
            String function = keyword(source, number, fields[2]);
            Object value = fields.length < 4 ? null : value(source, number, fields[3]);
            recorder.event(process, type, function, value, number);
            found++;
        }
        if (found == 0) {
            throw new HistoryFormatException(source, "no history lines ('jepsen.util - P\\t:type\\t:f\\tvalue')");
        }
        return recorder.history();
    }

    private static String keyword(String source, int line, String field) throws HistoryFormatException {
        String word = field.strip();
        if (!word.startsWith(":") || word.length() == 1) {
            throw new HistoryFormatException(
                    source, line, 0, "expected a keyword such as :invoke, found '" + word + "'");
        }
        return word.substring(1);
    }

    private static Object value(String source, int line, String field) throws HistoryFormatException {
        return new EdnReader(source, field, line).single();
    }
}
