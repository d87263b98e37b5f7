package dsw.diagrams.importer;

import static dsw.diagrams.importer.ImportNotes.name;
import static dsw.diagrams.importer.ImportNotes.quote;

import dsw.diagrams.importer.PumlSyntax.Token;
import dsw.diagrams.importer.PumlSyntax.TokenType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads PlantUML source line by line into a {@link PumlDiagram}: element declarations, nesting
 * braces, arrows; it skips comments, styling and multi-line blocks it has no use for, and notes
 * what it did not understand. Preprocessor directives are never run. Not thread-safe; one
 * parser reads one source.
 */
final class PumlParser {
    /** Braces nested deeper than this are refused: no real diagram needs them. */
    static final int MAX_DEPTH = 32;

    /** Longer lines are skipped with a note. */
    static final int MAX_LINE_LENGTH = 10_000;

    private static final Set<String> ELEMENT_KEYWORDS = Set.of(
            "action",
            "actor",
            "actor/",
            "agent",
            "artifact",
            "boundary",
            "card",
            "circle",
            "cloud",
            "collections",
            "component",
            "control",
            "database",
            "entity",
            "file",
            "folder",
            "frame",
            "hexagon",
            "interface",
            "label",
            "namespace",
            "node",
            "package",
            "person",
            "port",
            "portin",
            "portout",
            "process",
            "queue",
            "rectangle",
            "stack",
            "storage",
            "usecase",
            "usecase/");

    /** Statements about looks, not content, that are skipped without a note. */
    private static final Set<String> STYLING =
            Set.of("hide", "show", "scale", "caption", "allowmixing", "allow_mixing", "set", "remove", "restore");

    /** First words that only other kinds of diagram use, with the kind. */
    private static final Map<String, String> OTHER_DIAGRAMS = Map.of(
            "participant", "sequence",
            "activate", "sequence",
            "deactivate", "sequence",
            "autonumber", "sequence",
            "state", "state",
            "class", "class",
            "abstract", "class",
            "enum", "class");

    private final ImportNotes notes;
    private final PumlDiagram diagram = new PumlDiagram();
    private final Deque<Block> blocks = new ArrayDeque<>();
    private final Skipping skipping;

    /** The element whose multi-line description is being read, or null. */
    private PumlElement describing;

    private int describingLine;

    /** An open pair of braces: an element's, or a transparent {@code together} (element null). */
    private record Block(int line, PumlElement element, PumlElement scope) {}

    private PumlParser(ImportNotes notes) {
        this.notes = notes;
        this.skipping = new Skipping(notes);
    }

    /** Parses the whole source; notes go to {@code notes}. */
    static PumlDiagram parse(List<String> lines, ImportNotes notes) throws PumlImportException {
        PumlParser parser = new PumlParser(notes);
        int first = parser.start(lines);
        for (int i = first; i < lines.size(); i++) {
            String text = lines.get(i);
            if (!parser.skipping.active()
                    && text.strip().toLowerCase(Locale.ROOT).startsWith("@enduml")) {
                parser.afterEnd(lines, i + 1);
                break;
            }
            parser.line(i + 1, text);
        }
        parser.finish();
        return parser.diagram;
    }

    /** The index of the first line inside {@code @startuml}, or 0 when the source has no such line. */
    private int start(List<String> lines) throws PumlImportException {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip().toLowerCase(Locale.ROOT);
            if (t.startsWith("@start")) {
                if (!t.startsWith("@startuml")) {
                    throw new PumlImportException("line " + (i + 1) + ": " + quote(lines.get(i))
                            + " starts a diagram dsw does not import; dsw imports deployment and component diagrams"
                            + " (@startuml)");
                }
                return i + 1;
            }
        }
        return 0;
    }

    private void afterEnd(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                notes.ignored(i + 1, "the text after @enduml is ignored; only the first diagram is imported");
                return;
            }
        }
    }

    private void line(int no, String raw) throws PumlImportException {
        String text = skipping.uncomment(no, raw);
        if (text == null || skipping.skips(text)) {
            return;
        }
        String t = text.strip();
        if (describing != null) {
            describe(t);
            return;
        }
        if (t.isEmpty() || t.startsWith("'")) {
            return;
        }
        if (t.length() > MAX_LINE_LENGTH) {
            notes.ignored(
                    no,
                    "a line of " + t.length() + " characters ignored; lines are read up to " + MAX_LINE_LENGTH
                            + " characters");
            return;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.startsWith("!")) {
            skipping.directive(no, t, lower);
        } else if (t.startsWith("}")) {
            close(no, t);
        } else if (lower.matches("together\\s*\\{\\s*")) {
            open(no, null, t);
        } else {
            Optional<PumlArrow> arrow = PumlSyntax.arrow(no, t, scope());
            if (arrow.isPresent()) {
                diagram.add(arrow.get());
            } else if (!declaration(no, t) && !statement(no, t, lower)) {
                refuseOtherDiagrams(no, t, lower);
                notes.ignored(no, quote(t) + " not understood; ignored");
            }
        }
    }

    /**
     * Refuses a line that only a sequence, state or class diagram has: importing one of those as a
     * topology would make a design that means something else.
     */
    private static void refuseOtherDiagrams(int no, String t, String lower) throws PumlImportException {
        String word = lower.split("[\\s(]", 2)[0];
        String kind = OTHER_DIAGRAMS.get(word);
        if (kind == null && lower.startsWith("[*]")) {
            kind = "state";
        }
        if (kind != null) {
            throw new PumlImportException("line " + no + ": " + quote(t) + " belongs to a " + kind
                    + " diagram; dsw imports deployment and component diagrams");
        }
    }

    /** Statements with nothing for the design, skipped quietly or with a note; false if not one. */
    private boolean statement(int no, String t, String lower) {
        String word = lower.split("[\\s{(]", 2)[0];
        String rest = t.substring(Math.min(t.length(), word.length())).strip();
        if (STYLING.contains(word)) {
            return true;
        }
        switch (word) {
            case "skinparam":
                skipping.braces(no, t);
                return true;
            case "left":
            case "top":
                return lower.matches("(left to right|top to bottom) direction");
            case "title":
                if (rest.isEmpty()) {
                    skipping.until(no, t, "end ?title");
                } else {
                    diagram.title(PumlSyntax.display(rest));
                }
                return true;
            case "header":
            case "footer":
                if (rest.isEmpty()) {
                    skipping.until(no, t, "end ?" + word);
                }
                return true;
            case "legend":
                skipping.until(no, t, "end ?legend");
                return true;
            case "note":
                notes.ignored(no, "a note is not imported: dsw designs have no notes");
                if (!lower.contains(":") && !lower.matches("note\\s+\".*")) {
                    skipping.until(no, t, "end ?note");
                }
                return true;
            case "<style>":
                skipping.until(no, t, "</style>");
                return true;
            case "sprite":
                notes.ignored(no, "a sprite is not imported");
                if (t.endsWith("{") || t.endsWith("[")) {
                    skipping.until(no, t, "[}\\]]");
                }
                return true;
            default:
                return false;
        }
    }

    /** An element declaration; false when the line is not one. */
    private boolean declaration(int no, String t) throws PumlImportException {
        String keyword;
        String rest;
        char c = t.charAt(0);
        boolean keywordless = c == '[' || c == ':' || c == '(';
        if (keywordless) {
            keyword = t.startsWith("()") ? "interface" : c == '[' ? "component" : c == ':' ? "actor" : "usecase";
            rest = t;
        } else {
            String[] parts = t.split("\\s+", 2);
            keyword = parts[0].toLowerCase(Locale.ROOT);
            if (parts.length < 2 || !ELEMENT_KEYWORDS.contains(keyword)) {
                return false;
            }
            rest = parts[1];
        }
        List<Token> tokens = new ArrayList<>(PumlSyntax.tokens(rest));
        if (!tokens.isEmpty() && tokens.get(0).type() == TokenType.INTERFACE) {
            tokens.remove(0);
        }
        Declaration d = Declaration.of(tokens);
        if (d == null || (keywordless && (!d.leftover().isEmpty() || d.code().equals("*")))) {
            // without a keyword, only a clean [Name], :Name: or (Name) declares something
            return false;
        }
        if (keyword.equals("label") || keyword.startsWith("port")) {
            notes.ignored(no, "a PlantUML " + keyword + " (" + name(d.display()) + ") is not imported");
            if (d.opens() && !d.closes()) {
                open(no, null, t);
            }
            return true;
        }
        if (!d.leftover().isEmpty()) {
            notes.ignored(no, quote(d.leftover()) + " after " + name(d.display()) + " not understood; ignored");
        }
        PumlElement element = declare(no, keyword, d);
        if (d.opens() && !d.closes()) {
            open(no, element, t);
        }
        if (d.describes()) {
            describing = element;
            describingLine = no;
            if (!d.description().isBlank() && element.display.equals(element.code)) {
                element.display = PumlSyntax.display(d.description());
            }
        }
        return true;
    }

    private PumlElement declare(int no, String keyword, Declaration d) {
        Optional<PumlElement> known = diagram.find(d.code());
        if (known.isPresent()) {
            notes.ignored(
                    no,
                    name(d.code()) + " is already declared on line " + known.get().line
                            + "; this declaration is ignored");
            return known.get();
        }
        PumlElement element = new PumlElement(
                no, keyword.replace("/", ""), d.code(), d.display(), d.replicas(), d.stereotypes(), scope(), false);
        diagram.add(element);
        return element;
    }

    /** A line inside a {@code [ ... ]} description: the first line of text names the element. */
    private void describe(String t) {
        if (t.startsWith("]")) {
            describing = null;
            return;
        }
        String text = PumlSyntax.display(t);
        if (describing.display.equals(describing.code) && !text.isEmpty() && !text.matches("[-=._ ]+")) {
            describing.display = text;
        }
    }

    private void open(int no, PumlElement element, String t) throws PumlImportException {
        if (blocks.size() >= MAX_DEPTH) {
            throw new PumlImportException("line " + no + ": " + quote(t) + " nests braces more than " + MAX_DEPTH
                    + " deep; dsw does not import diagrams nested this deep");
        }
        blocks.push(new Block(no, element, element == null ? scope() : element));
    }

    private void close(int no, String t) {
        int at = 0;
        while (at < t.length() && (t.charAt(at) == '}' || Character.isWhitespace(t.charAt(at)))) {
            if (t.charAt(at) == '}') {
                if (blocks.isEmpty()) {
                    notes.ignored(no, "`}` closes no open `{`; ignored (are the braces unbalanced?)");
                } else {
                    blocks.pop();
                }
            }
            at++;
        }
        if (at < t.length()) {
            notes.ignored(no, quote(t.substring(at)) + " after `}` not understood; ignored");
        }
    }

    /** The element whose braces the current line is in, or null at the top level. */
    private PumlElement scope() {
        return blocks.isEmpty() ? null : blocks.peek().scope();
    }

    private void finish() {
        skipping.finish();
        if (describing != null) {
            notes.ignored(
                    describingLine,
                    "the description of " + name(describing.code) + " opened with `[` is never closed with `]`;"
                            + " the rest of the file was read as its description");
        }
        while (!blocks.isEmpty()) {
            Block open = blocks.pop();
            String what = open.element() == null ? "`together {`" : "the `{` of " + name(open.element().code);
            notes.ignored(
                    open.line(),
                    what + " is never closed with `}`; it is closed at the end of the file (unbalanced braces?)");
        }
    }

    /**
     * The parts of a declaration after its keyword.
     *
     * @param replicas the count a last line such as {@code \\n3 replicas} gives, or null
     * @param leftover tokens not understood, as written; empty when there are none
     * @param description the first line of a description opened with {@code [} and not closed
     */
    record Declaration(
            String code,
            String display,
            Integer replicas,
            List<String> stereotypes,
            boolean opens,
            boolean closes,
            boolean describes,
            String description,
            String leftover) {

        /** Reads the tokens, or returns null when they do not start with a name. */
        static Declaration of(List<Token> tokens) {
            if (tokens.isEmpty() || !tokens.get(0).isName()) {
                return null;
            }
            Token first = tokens.get(0);
            Token second = null;
            String description = null;
            boolean describes = false;
            boolean opens = false;
            boolean closes = false;
            List<String> stereotypes = new ArrayList<>();
            StringBuilder leftover = new StringBuilder();
            for (int i = 1; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (second == null
                        && token.type() == TokenType.CODE
                        && token.text().equalsIgnoreCase("as")
                        && i + 1 < tokens.size()
                        && tokens.get(i + 1).isName()) {
                    second = tokens.get(++i);
                } else if (token.type() == TokenType.BRACKET && description == null && !opens) {
                    description = token.text();
                } else if (token.type() == TokenType.OPEN_DESCRIPTION && !opens) {
                    describes = true;
                    description = token.text();
                } else if (token.type() == TokenType.STEREOTYPE) {
                    stereotypes.add(PumlSyntax.display(token.text()));
                } else if (token.type() == TokenType.OPEN && !opens) {
                    opens = true;
                } else if (token.type() == TokenType.CLOSE && opens && !closes) {
                    closes = true;
                } else if (token.type() != TokenType.COLOR
                        && token.type() != TokenType.URL
                        && token.type() != TokenType.TAG) {
                    leftover.append(leftover.length() == 0 ? "" : " ").append(token.source());
                }
            }
            String code;
            Token shown;
            if (second == null) {
                code = nameOf(first);
                shown = first;
            } else if (first.type() == TokenType.CODE && second.type() != TokenType.CODE) {
                code = first.text();
                shown = second;
            } else {
                code = nameOf(second);
                shown = first;
            }
            if (code.isEmpty()) {
                return null;
            }
            PumlSyntax.Counted display = description != null && !describes && second == null
                    ? PumlSyntax.counted(description)
                    : PumlSyntax.counted(shown.text());
            return new Declaration(
                    code,
                    display.name().isEmpty() ? code : display.name(),
                    display.count(),
                    stereotypes,
                    opens,
                    closes,
                    describes,
                    description == null ? "" : description,
                    leftover.toString());
        }

        private static String nameOf(Token token) {
            return token.type() == TokenType.CODE ? token.text() : PumlSyntax.display(token.text());
        }
    }
}
