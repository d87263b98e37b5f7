package dsw.diagrams.importer;

import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the notes of one import, keeping at most {@link #MAX} so a file of garbage gives a
 * readable report; the rest are counted in a last note. Not thread-safe.
 */
final class ImportNotes {
    static final int MAX = 500;

    /** Longest piece of source text quoted in a note. */
    private static final int QUOTE_LENGTH = 80;

    private final List<ImportNote> notes = new ArrayList<>();
    private int dropped;

    void ignored(int line, String message) {
        add(new ImportNote(line, ImportNote.Kind.IGNORED, message));
    }

    void guessed(int line, String message) {
        add(new ImportNote(line, ImportNote.Kind.GUESSED, message));
    }

    private void add(ImportNote note) {
        if (notes.size() < MAX) {
            notes.add(note);
        } else {
            dropped++;
        }
    }

    /** The notes in line order (stable for notes on the same line). */
    List<ImportNote> list() {
        List<ImportNote> sorted = new ArrayList<>(notes);
        sorted.sort(Comparator.comparingInt(ImportNote::line));
        if (dropped > 0) {
            sorted.add(new ImportNote(
                    0, ImportNote.Kind.IGNORED, "… and " + Text.count(dropped, "more note") + " like the ones above"));
        }
        return sorted;
    }

    /** Source text quoted in backticks, shortened and with control characters escaped. */
    static String quote(String source) {
        return "`" + Text.abbreviate(source.strip(), QUOTE_LENGTH) + "`";
    }

    /** A name quoted for a note, shortened and with control characters escaped. */
    static String name(String name) {
        return "'" + Text.abbreviate(name, QUOTE_LENGTH) + "'";
    }
}
