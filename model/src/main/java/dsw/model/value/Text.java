package dsw.model.value;

import java.util.Locale;

/** Small checks and helpers for user-supplied text (names, labels). Thread-safe (stateless). */
public final class Text {
    /** Longest display name or label dsw keeps; longer text is refused, not cut silently. */
    public static final int MAX_NAME_LENGTH = 200;

    /** Longest free-text description. */
    public static final int MAX_DESCRIPTION_LENGTH = 20_000;

    private Text() {}

    /** A count with its noun, singular for one: "1 link", "3 links". */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Shortens text for an error message, marking the cut, and shows line breaks, tabs and other
     * control characters as escapes (a line break as backslash-n, ESC as backslash-u001B), so a
     * message stays one line and cannot play tricks on a terminal.
     */
    public static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder oneLine = new StringBuilder();
        for (int i = 0; i < text.length() && oneLine.length() <= max; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                oneLine.append("\\n");
            } else if (c == '\r') {
                oneLine.append("\\r");
            } else if (c == '\t') {
                oneLine.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                // never pass control characters (a terminal's escape sequences) through to a message
                oneLine.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                oneLine.append(c);
            }
        }
        if (oneLine.length() <= max) {
            return oneLine.toString();
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
            cut--;
        }
        return oneLine.substring(0, cut) + "…";
    }

    /**
     * Checks a single-line display text (a component name, a link label).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String requireName(String what, String text, boolean allowEmpty) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (!allowEmpty && text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (text.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    what + " is " + text.length() + " characters long; at most " + MAX_NAME_LENGTH + " are allowed");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                throw new IllegalArgumentException(what + " contains a line break at position " + (i + 1)
                        + "; names and labels are a single line of text");
            }
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(what + " contains a control character (U+"
                        + String.format("%04X", (int) c) + ") at position " + (i + 1)
                        + "; names and labels are a single line of text");
            }
        }
        return text;
    }

    /** Checks a multi-line description: no control characters other than line breaks and tabs. */
    public static String requireDescription(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("description is " + text.length() + " characters long; at most "
                    + MAX_DESCRIPTION_LENGTH + " are allowed");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                throw new IllegalArgumentException("description contains a control character (U+"
                        + String.format("%04X", (int) c) + ") at position " + (i + 1));
            }
        }
        return text;
    }
}
