package dsw.diagrams.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical side of the PlantUML subset: element references, arrows and the tokens of a
 * declaration. Patterns follow PlantUML's own description-diagram commands and use possessive
 * quantifiers, so no line makes them backtrack for long. Thread-safe (stateless).
 */
final class PumlSyntax {
    /** A plain code: letters, digits and {@code _}, with single dots inside ({@code a..>b} is an arrow). */
    static final String CODE = "[\\p{L}\\p{N}_]++(?:\\.[\\p{L}\\p{N}_]++)*+";

    private static final String REF = "(?:" + CODE + "|\"[^\"]++\"|\\(\\)\\s*+(?:" + CODE + "|\"[^\"]++\")"
            + "|:[^:]++:/?|\\[(?!\\*\\])[^\\[\\]]++\\]|\\((?!\\*\\))[^()]++\\)/?)";
    private static final String STYLE = "\\[[^\\]]*+\\]";
    private static final String ARROW = "(?<lh><\\|?|<<|[*o+#^}]|\\(0\\)|\\(0|0\\)|0|\\)|\\()?"
            + "(?<b1>[-=.~]++)"
            + "(?<s1>" + STYLE + ")?"
            + "(?<dir>(?:left|right|up|down|le|ri|do|l|r|u|d)(?=[-=.~\\[]))?"
            + "(?<s2>" + STYLE + ")?"
            + "(?<b2>[-=.~]*+)"
            + "(?<rh>\\|?>|>>|[*o+#^{]|\\(0\\)|0\\)|\\(0|0|\\(|\\))?";
    private static final Pattern LINK = Pattern.compile("(?<a>" + REF + ")(?:\\s*+\"[^\"]*+\")?\\s*+" + ARROW
            + "\\s*+(?:\"[^\"]*+\"\\s*+)?(?<b>" + REF + ")\\s*+(?::\\s*+(?<label>.*+))?");
    private static final Pattern CODE_ONLY = Pattern.compile(CODE);
    private static final Pattern LINES = Pattern.compile("\\\\n|\\R");
    private static final Pattern COUNT_LINE =
            Pattern.compile("(\\d{1,9})\\s*+(?:replicas?|instances?|nodes?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile(
            "</?+(?:b|i|u|s|w|strike|del|size|color|back|font|sub|sup|code|plain|img)(?:[:= ][^<>]*+)?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("&#(\\d{1,7});");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]++");
    private static final Pattern LINE_BREAK = Pattern.compile("\\\\n|\\\\r|\\\\t|\\R|[\\s\\p{Cc}]++");

    private PumlSyntax() {}

    /** The arrow this line is, or empty when it is not one. */
    static Optional<PumlArrow> arrow(int line, String text, PumlElement scope) {
        Matcher m = LINK.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String lh = m.group("lh");
        String rh = m.group("rh");
        String style = (m.group("s1") == null ? "" : m.group("s1")) + (m.group("s2") == null ? "" : m.group("s2"));
        style = style.toLowerCase(Locale.ROOT);
        String body = m.group("b1") + m.group("b2");
        boolean dashed = body.indexOf('.') >= 0 || style.contains("dashed") || style.contains("dotted");
        return Optional.of(new PumlArrow(
                line,
                ref(m.group("a")),
                ref(m.group("b")),
                lh != null && lh.startsWith("<"),
                rh != null && rh.endsWith(">"),
                dashed,
                style.contains("hidden"),
                label(m.group("label")),
                scope,
                text));
    }

    /** The reference an arrow end's text makes. */
    static PumlRef ref(String text) {
        if (text.startsWith("\"")) {
            return new PumlRef(display(text.substring(1, text.length() - 1)), null, true);
        }
        if (text.startsWith("[")) {
            return new PumlRef(display(text.substring(1, text.length() - 1)), "component", false);
        }
        if (text.startsWith(":")) {
            return new PumlRef(display(text.substring(1, text.lastIndexOf(':'))), "actor", false);
        }
        if (text.startsWith("()")) {
            String rest = text.substring(2).strip();
            return new PumlRef(display(unquote(rest)), "interface", false);
        }
        if (text.startsWith("(")) {
            return new PumlRef(display(text.substring(1, text.lastIndexOf(')'))), "usecase", false);
        }
        return new PumlRef(text, null, false);
    }

    /** True when the text is a plain code ({@code db}, {@code svc.orders}). */
    static boolean isCode(String text) {
        return CODE_ONLY.matcher(text).matches();
    }

    /**
     * Shown text as one line, as PlantUML shows it: its {@code \n} and real line breaks become
     * spaces, formatting tags such as {@code <b>} or {@code <size:11>} go, decimal character
     * references such as {@code &#35;} become their character (control characters a space), and
     * runs of white space one space.
     */
    static String display(String text) {
        String oneLine = LINE_BREAK.matcher(text).replaceAll(" ");
        if (oneLine.indexOf('<') >= 0) {
            oneLine = TAG.matcher(oneLine).replaceAll("");
        }
        if (oneLine.contains("&#")) {
            oneLine = SPACES.matcher(decode(oneLine)).replaceAll(" ");
        }
        return oneLine.strip();
    }

    private static String decode(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            int c = Integer.parseInt(m.group(1));
            boolean visible = Character.isValidCodePoint(c)
                    && !Character.isISOControl(c)
                    && !Character.isWhitespace(c)
                    && !Character.isSurrogate((char) c)
                    && Character.getType(c) != Character.UNASSIGNED;
            m.appendReplacement(out, visible ? Matcher.quoteReplacement(Character.toString(c)) : " ");
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A shown name and the instance count on its last line, as dsw's own export writes it
     * ({@code "Web tier\\n3 replicas"}).
     *
     * @param count the count, or null when the last line is not one (or there is one line only)
     */
    record Counted(String name, Integer count) {}

    /** Splits an instance count off the last line of a shown name. */
    static Counted counted(String raw) {
        String[] lines = LINES.split(raw.strip());
        if (lines.length >= 2) {
            Matcher m = COUNT_LINE.matcher(lines[lines.length - 1].strip());
            String name = display(String.join(" ", java.util.Arrays.copyOf(lines, lines.length - 1)));
            if (m.matches() && !name.isEmpty()) {
                return new Counted(name, Integer.valueOf(m.group(1)));
            }
        }
        return new Counted(display(raw), null);
    }

    /** An arrow's label: without surrounding quotes and the {@code <} / {@code >} reading hints. */
    static String label(String text) {
        if (text == null) {
            return "";
        }
        String label = text.strip();
        if (label.startsWith("<") && !label.startsWith("<<")) {
            label = label.substring(1).strip();
        }
        if (label.endsWith(">") && !label.endsWith(">>")) {
            label = label.substring(0, label.length() - 1).strip();
        }
        return display(unquote(label));
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    /** The kinds of token in a declaration. */
    enum TokenType {
        CODE,
        QUOTED,
        BRACKET,
        COLON,
        PAREN,
        INTERFACE,
        STEREOTYPE,
        COLOR,
        URL,
        TAG,
        OPEN,
        CLOSE,
        /** A {@code [} that the line does not close: a description over several lines. */
        OPEN_DESCRIPTION,
        OTHER
    }

    /**
     * One token of a declaration.
     *
     * @param text the content: without quotes, brackets or angle brackets where the type has them
     * @param source the token as written
     */
    record Token(TokenType type, String text, String source) {
        boolean isName() {
            return type == TokenType.CODE
                    || type == TokenType.QUOTED
                    || type == TokenType.BRACKET
                    || type == TokenType.COLON
                    || type == TokenType.PAREN;
        }
    }

    /** Splits the rest of a declaration (after its keyword) into tokens. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            TokenType type;
            if (c == '"') {
                end = close(text, i + 1, "\"");
                type = TokenType.QUOTED;
            } else if (text.startsWith("[[", i)) {
                end = close(text, i + 2, "]]");
                type = TokenType.URL;
            } else if (c == '[') {
                end = close(text, i + 1, "]");
                type = end < 0 ? TokenType.OPEN_DESCRIPTION : TokenType.BRACKET;
                if (end < 0) {
                    tokens.add(new Token(type, text.substring(i + 1), text.substring(i)));
                    break;
                }
            } else if (c == ':') {
                end = close(text, i + 1, ":");
                type = TokenType.COLON;
            } else if (text.startsWith("()", i)) {
                end = i + 2;
                type = TokenType.INTERFACE;
            } else if (c == '(') {
                end = close(text, i + 1, ")");
                type = TokenType.PAREN;
            } else if (text.startsWith("<<", i)) {
                end = close(text, i + 2, ">>");
                type = TokenType.STEREOTYPE;
            } else if (c == '#') {
                end = runOf(text, i + 1, "{}");
                type = TokenType.COLOR;
            } else if (c == '$') {
                end = runOf(text, i + 1, "{}");
                type = TokenType.TAG;
            } else if (c == '{') {
                end = i + 1;
                type = TokenType.OPEN;
            } else if (c == '}') {
                end = i + 1;
                type = TokenType.CLOSE;
            } else if (isCodeChar(c)) {
                end = i + 1;
                while (end < n && (isCodeChar(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                type = TokenType.CODE;
            } else {
                end = runOf(text, i + 1, "{}\"[");
                type = TokenType.OTHER;
            }
            if (end < 0) {
                tokens.add(new Token(TokenType.OTHER, text.substring(i), text.substring(i)));
                break;
            }
            String source = text.substring(i, end);
            tokens.add(new Token(type, content(type, source), source));
            i = end;
        }
        return tokens;
    }

    private static String content(TokenType type, String source) {
        switch (type) {
            case QUOTED:
            case BRACKET:
            case COLON:
            case PAREN:
                return source.substring(1, source.length() - 1);
            case URL:
            case STEREOTYPE:
                return source.substring(2, source.length() - 2);
            default:
                return source;
        }
    }

    /** The index just after {@code closer} found from {@code from}, or -1 when there is none. */
    private static int close(String text, int from, String closer) {
        int at = text.indexOf(closer, from);
        return at < 0 ? -1 : at + closer.length();
    }

    /** The end of a run of characters that are neither white space nor in {@code stops}. */
    private static int runOf(String text, int from, String stops) {
        int end = from;
        while (end < text.length()
                && !Character.isWhitespace(text.charAt(end))
                && stops.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static boolean isCodeChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
