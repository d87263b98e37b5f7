package dsw.simulation.check;

import java.util.Map;

/**
 * Reads a Jepsen/Knossos EDN history: maps {@code {:process P, :type T, :f F, :value V}}, one per
 * line or inside one vector; entries of the {@code :nemesis} process are skipped. Thread-safe.
 */
final class EdnHistoryReader {
    private static final Keyword PROCESS = new Keyword("process");
    private static final Keyword TYPE = new Keyword("type");
    private static final Keyword FUNCTION = new Keyword("f");
    private static final Keyword VALUE = new Keyword("value");

    private EdnHistoryReader() {}

    /** The history in {@code text}, read from {@code source}. */
    static ClientHistory read(String source, String text) throws HistoryFormatException {
        HistoryRecorder recorder = new HistoryRecorder(source);
        for (EdnReader.Form form : new EdnReader(source, text).forms()) {
            if (!(form.value() instanceof Map<?, ?> entry)) {
                throw new HistoryFormatException(
                        source, form.line(), form.column(), "expected a map {:process .. :type .. :f ..}");
            }
            Object process = entry.get(PROCESS);
            if (process instanceof Keyword keyword && keyword.name().equals("nemesis")) {
                continue;
            }
            recorder.event(
                    name(source, form, process, "process"),
                    name(source, form, entry.get(TYPE), "type"),
                    name(source, form, entry.get(FUNCTION), "f"),
                    entry.get(VALUE),
                    form.line());
        }
        return recorder.history();
    }

    private static String name(String source, EdnReader.Form form, Object value, String key)
            throws HistoryFormatException {
        if (value instanceof Keyword keyword) {
            return keyword.name();
        }
        if (value instanceof Long || value instanceof String) {
            return value.toString();
        }
        throw new HistoryFormatException(
                source,
                form.line(),
                form.column(),
                value == null ? "the map has no :" + key : ":" + key + " " + value + " is not a name or number");
    }
}
