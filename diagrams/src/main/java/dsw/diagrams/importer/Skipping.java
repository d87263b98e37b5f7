package dsw.diagrams.importer;

import static dsw.diagrams.importer.ImportNotes.quote;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the parser passes over: block comments ({@code /' ... '/}), multi-line blocks it has no
 * use for (notes, legends, styles, skinparam braces, preprocessor definitions), and preprocessor
 * directives, which are noted and never run. Not thread-safe; belongs to one parser.
 */
final class Skipping {
    private final ImportNotes notes;

    private boolean inComment;
    private int commentLine;

    /** The line that ends the block being skipped, or null when none is. */
    private Pattern end;

    /** Open braces of a {@code skinparam} block being skipped; 0 when none is. */
    private int braces;

    private int skipLine;
    private String opener;

    Skipping(ImportNotes notes) {
        this.notes = notes;
    }

    /** True while inside a comment or a skipped block. */
    boolean active() {
        return inComment || end != null || braces > 0;
    }

    /**
     * The line without block comments; a comment may span lines. Lines that are {@code '}
     * comments come back as they are.
     */
    String uncomment(int no, String raw) {
        if (!inComment && raw.stripLeading().startsWith("'")) {
            return raw;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i <= raw.length()) {
            if (inComment) {
                int close = raw.indexOf("'/", i);
                if (close < 0) {
                    break;
                }
                inComment = false;
                i = close + 2;
            } else {
                int open = raw.indexOf("/'", i);
                if (open < 0) {
                    out.append(raw, i, raw.length());
                    break;
                }
                out.append(raw, i, open).append(' ');
                inComment = true;
                commentLine = no;
                i = open + 2;
            }
        }
        return out.toString();
    }

    /** True when the line belongs to a block being skipped (the block's last line included). */
    boolean skips(String text) {
        if (braces > 0) {
            braces += count(text, '{') - count(text, '}');
            return true;
        }
        if (end != null) {
            if (end.matcher(text.strip().toLowerCase(Locale.ROOT)).matches()) {
                end = null;
            }
            return true;
        }
        return false;
    }

    /** Skips the following lines up to and including one that starts with {@code endRegex}. */
    void until(int no, String openingLine, String endRegex) {
        end = Pattern.compile("(?:" + endRegex + ").*");
        skipLine = no;
        opener = openingLine;
    }

    /** Skips a {@code skinparam} line and, when it opens braces, the lines up to their close. */
    void braces(int no, String line) {
        int open = count(line, '{') - count(line, '}');
        if (open > 0) {
            braces = open;
            skipLine = no;
            opener = line;
        }
    }

    /** Notes a preprocessor line and, for a definition, skips its body. Nothing is ever run. */
    void directive(int no, String line, String lower) {
        String word = lower.substring(1).split("[\\s(]", 2)[0];
        if (word.startsWith("include") || word.equals("import")) {
            notes.ignored(no, quote(line) + " ignored: includes are not followed");
            return;
        }
        switch (word) {
            case "pragma":
            case "theme":
                // looks only: nothing for the design
                return;
            case "procedure":
            case "function":
            case "unquoted":
            case "definelong":
                notes.ignored(
                        no,
                        quote(line) + " ignored: definitions are not executed; the lines up to its !end… are"
                                + " skipped");
                until(no, line, "!end\\s*+(?:proc|func|definelong)");
                return;
            case "if":
            case "ifdef":
            case "ifndef":
            case "while":
            case "foreach":
                notes.ignored(
                        no,
                        quote(line) + " ignored: preprocessor conditions and loops are not evaluated; the lines"
                                + " inside are read as they are");
                return;
            case "else":
            case "elseif":
            case "endif":
            case "endwhile":
            case "endfor":
                // the opening line has the note
                return;
            default:
                notes.ignored(no, quote(line) + " ignored: preprocessor directives are not executed");
        }
    }

    /** Notes a comment or block still open at the end of the file. */
    void finish() {
        if (inComment) {
            notes.ignored(
                    commentLine,
                    "the comment opened with `/'` is never closed with `'/`; the rest of the file was skipped");
        }
        if (end != null || braces > 0) {
            notes.ignored(skipLine, quote(opener) + " is never closed; the rest of the file was skipped");
        }
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
