package dsw.model.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dsw.model.Severity;
import dsw.model.value.Text;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains why the bytes of a design file are not readable JSON, in words for someone who has never
 * seen a parser's messages: wrong encoding, a missing comma, a comment, a duplicate field. Each
 * problem points at the offending character. Thread-safe (stateless).
 */
final class SyntaxErrors {
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.+?)'");
    private static final Pattern CODE = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");

    private SyntaxErrors() {}

    /**
     * A problem with the encoding (binary data, UTF-16, bytes that are not UTF-8), located at the
     * first bad byte; null when the content is UTF-8 text.
     */
    static FileProblem encoding(String name, byte[] content) {
        if (content.length >= 2
                && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            return problem(
                    name,
                    content,
                    0,
                    "",
                    "the file is UTF-16 text; dsw reads design files in UTF-8 only (save it again as UTF-8)");
        }
        int bad = firstMalformed(content);
        int scan = Math.min(content.length, 8192);
        for (int i = 0; i < scan; i++) {
            if (content[i] == 0) {
                return problem(
                        name,
                        content,
                        bad >= 0 ? Math.min(bad, i) : i,
                        "",
                        "this is a binary file, not a dsw design (a design file is JSON text; it contains a zero"
                                + " byte)");
            }
        }
        if (bad < 0) {
            return null;
        }
        return problem(
                name,
                content,
                bad,
                "",
                String.format(
                        Locale.ROOT,
                        "the file is not UTF-8 text: the byte 0x%02X here is not valid UTF-8 (was it saved as"
                                + " Latin-1 or Windows-1252? Save it again as UTF-8)",
                        content[bad] & 0xFF));
    }

    /** What a parse failure means, at the character where it happened. */
    static FileProblem describe(String name, byte[] content, JsonParser parser, JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String first = original.lines().findFirst().orElse("");
        JsonLocation at = e.getLocation() != null && e.getLocation().getByteOffset() >= 0
                ? e.getLocation()
                : parser.currentTokenLocation();
        long offset = Math.max(0, at.getByteOffset());
        String lower = first.toLowerCase(Locale.ROOT);
        String pointer = "";
        String message;

        Matcher duplicate = DUPLICATE.matcher(first);
        Matcher token = TOKEN.matcher(first);
        Matcher close = CLOSE.matcher(first);
        Matcher character = CHARACTER.matcher(first);
        Matcher escape = ESCAPE.matcher(first);
        if (duplicate.find()) {
            offset = startOfName(content, offset);
            pointer = pointer(parser);
            message = "the field \"" + Text.abbreviate(duplicate.group(1), 40)
                    + "\" appears twice in the same object; keep only one of them";
        } else if (lower.contains("nesting depth")) {
            offset = Math.max(0, parser.currentTokenLocation().getByteOffset());
            message = "the JSON is nested more than " + DesignFiles.MAX_DEPTH
                    + " levels deep here; a dsw design never is (the file is damaged or not a design)";
        } else if (lower.contains("string value length")) {
            offset = Math.max(0, parser.currentTokenLocation().getByteOffset());
            pointer = pointer(parser);
            message = "this text is longer than " + DesignFiles.MAX_TEXT
                    + " characters; no text in a dsw design is that long";
        } else if (lower.contains("number value length") || lower.contains("number length")) {
            offset = Math.max(0, parser.currentTokenLocation().getByteOffset());
            pointer = pointer(parser);
            message = "this number has too many digits to be part of a dsw design";
        } else if (lower.contains("unexpected end-of-input")) {
            offset = content.length;
            message = "the file ends in the middle of the JSON (is it cut off? An object or list is not closed)";
        } else if (lower.contains("maybe a (non-standard) comment")) {
            message = "JSON does not allow comments (// or /* */); remove them";
        } else if (token.find()) {
            String word = token.group(1);
            offset = startOfToken(content, offset, word);
            if (word.equals("NaN") || word.endsWith("Infinity") || word.endsWith("INF")) {
                message = word + " is not a number JSON allows; write an ordinary number";
            } else {
                message = "unexpected word '" + Text.abbreviate(word, 40)
                        + "': text must be in double quotes, and the only bare words JSON knows are true, false"
                        + " and null";
            }
        } else if (close.find()) {
            message = "'" + close.group(1) + "' here does not match: the innermost open "
                    + (close.group(2).equals("]")
                            ? "list [ ... must be closed with ]"
                            : "object { ... must be closed with }");
        } else if (character.find()) {
            message = unexpectedCharacter(character(character), lower);
        } else if (escape.find()) {
            message = "unknown escape \\" + escape.group(1) + " in text; write a backslash as \\\\";
        } else if (lower.contains("illegal unquoted character")) {
            Matcher code = CODE.matcher(first);
            int c = code.find() ? Integer.parseInt(code.group(1)) : -1;
            message = c == '\n' || c == '\r'
                    ? "a line break inside text in quotes; JSON text must stay on one line (write \\n for a line"
                            + " break)"
                    : "a control character inside text in quotes; JSON text must escape it (such as \\t for a tab)";
        } else if (lower.contains("illegal character")) {
            message = "a control character outside of any text; is this really a design file?";
        } else if (lower.contains("leading zeroes") || lower.contains("leading zeros")) {
            message = "a number must not start with 0 (write 7, not 07)";
        } else if (lower.contains("invalid numeric value") || lower.contains("numeric value")) {
            message = "this is not a valid JSON number";
        } else {
            message = "not valid JSON here: " + clean(first);
        }
        return problem(name, content, offset, pointer, message);
    }

    /** Content after the design's closing brace. */
    static FileProblem trailing(String name, byte[] content, long offset) {
        return problem(
                name,
                content,
                offset,
                "",
                "there is more text after the end of the design (it ends with the } that closes the first {);"
                        + " remove what follows");
    }

    private static String unexpectedCharacter(String c, String lower) {
        String shown = "'" + c + "'";
        if (lower.contains("double-quote to start field name")) {
            if (c.equals("}")) {
                return "a comma before " + shown + "; JSON allows no comma after the last field of an object";
            }
            return "unexpected " + shown + ": expected a field name in double quotes";
        }
        if (lower.contains("comma to separate object")) {
            return "expected a comma or } after the value, found " + shown + " (is a comma missing?)";
        }
        if (lower.contains("comma to separate array")) {
            return "expected a comma or ] after the list element, found " + shown + " (is a comma missing?)";
        }
        if (lower.contains("colon to separate")) {
            return "expected a colon after the field name, found " + shown;
        }
        if (lower.contains("expected a valid value")) {
            if (c.equals("]")) {
                return "a comma before " + shown + "; JSON allows no comma after the last element of a list";
            }
            if (c.equals("'")) {
                return "text must be in double quotes, not single quotes";
            }
            return "unexpected " + shown + " where a value should be (text in double quotes, a number, true,"
                    + " false, null, a list [...] or an object {...})";
        }
        return "unexpected " + shown;
    }

    private static String character(Matcher m) {
        int code = Integer.parseInt(m.group(2));
        if (code < 32 || code == 127) {
            return String.format(Locale.ROOT, "\\u%04X", code);
        }
        return m.group(1);
    }

    /** Drops the parts of a parser message that only a Java programmer could read. */
    private static String clean(String message) {
        String out = message.replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("\\s*\\([^()]*`[^()]*\\)", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll("(?i)\\s*enable\\s.*", "")
                .trim();
        return Text.abbreviate(out.isEmpty() ? "unexpected text" : out, 120);
    }

    private static String pointer(JsonParser parser) {
        try {
            return parser.getParsingContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Jackson reports a duplicate name after its closing quote; editors want its opening quote. */
    private static long startOfName(byte[] content, long after) {
        int i = (int) Math.min(after, content.length) - 1;
        while (i >= 0 && content[i] != '"') {
            i--;
        }
        for (i--; i >= 0; i--) {
            if (content[i] == '"' && !escaped(content, i)) {
                return i;
            }
        }
        return after;
    }

    private static boolean escaped(byte[] content, int quote) {
        int backslashes = 0;
        for (int i = quote - 1; i >= 0 && content[i] == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Jackson reports an unknown word after its end; editors want its start. */
    private static long startOfToken(byte[] content, long after, String token) {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        long start = after - bytes.length;
        if (start < 0 || after > content.length) {
            return after;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (content[(int) start + i] != bytes[i]) {
                return after;
            }
        }
        return start;
    }

    /** The offset of the first byte that is not part of valid UTF-8, or -1 when all are. */
    private static int firstMalformed(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static FileProblem problem(String name, byte[] content, long offset, String pointer, String message) {
        JsonLocator.Place place = JsonLocator.place(content, offset);
        return new FileProblem(Severity.ERROR, name, pointer, place.line(), place.column(), message);
    }
}
