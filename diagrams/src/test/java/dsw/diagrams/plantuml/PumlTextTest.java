package dsw.diagrams.plantuml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PumlTextTest {
    static List<String> hostile() {
        return List.of(
                "!include /etc/passwd",
                "x\n!include /etc/passwd",
                "x\r\n!includeurl http://example.com/evil.puml",
                "x\r@enduml\n@startuml",
                "home %getenv(\"HOME\") %getenv(HOME) %date() %%date() %$x % %",
                "%load_json(\"/etc/passwd\")",
                "$x !$y = 1 !define FOO",
                "quote \" backslash \\ \\n tab\tend",
                "<b>bold</b> <img:/etc/passwd> <&folder> <color:red>x</color>",
                "[[http://example.com link]] **b** //i// --s-- __u__ \"\"m\"\" ~~w~~ ~x",
                "unicode é 漢字 😀 \u202Eevil\u202C \u0000 \u0007 \u200B",
                "C:\\new\\table",
                "emoji tail \uD83D",
                "' not a comment",
                "a".repeat(5000));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileTextRendersAsAPlainLabel(String text) throws DiagramException {
        String src = "@startuml\n!pragma layout smetana\nnode " + PumlText.quoted(text) + " as n1\nnode "
                + PumlText.quoted(text) + " as n2\nn1 --> n2 : " + PumlText.escape(text) + "\n@enduml\n";

        assertThat(src.lines()).hasSize(6);
        assertThat(src.lines().skip(2).limit(3))
                .noneMatch(line -> line.startsWith("!") || line.startsWith("@") || line.startsWith("%"));
        Rendered rendered = render(src);
        assertThat(rendered.svgLines).as("the label text").isNotEmpty();
        assertThat(rendered.svgText).doesNotContain(System.getProperty("user.home"));
    }

    @Test
    void theRenderedLabelShowsTheTextAsTyped() throws DiagramException {
        String text = "%getenv(HOME) !include x @enduml \"q\" \\ <b>b</b> [[l]] **s** é 漢字 😀 ~x $v";
        Rendered rendered =
                render("@startuml\n!pragma layout smetana\nnode " + PumlText.quoted(text) + " as n\n@enduml\n");

        assertThat(rendered.svgText).contains(text);
    }

    @Test
    void lineBreaksBecomeLabelLineBreaks() throws DiagramException {
        Rendered rendered = render("@startuml\n!pragma layout smetana\nnode "
                + PumlText.quoted("first\nsecond\r\nthird") + " as n\n@enduml\n");

        assertThat(rendered.svgLines).contains("first", "second", "third");
    }

    @Test
    void invisibleCharactersShowVisibly() throws DiagramException {
        Rendered rendered = render(
                "@startuml\n!pragma layout smetana\nnode " + PumlText.quoted("a\u202Eb\u0000c") + " as n\n@enduml\n");

        assertThat(rendered.svgText).contains("a\\u202Eb\\u0000c");
    }

    @Test
    void escapedTextHoldsNoPlantUmlSpecials() {
        for (String text : hostile()) {
            assertThat(PumlText.escape(text)).doesNotContain("\n", "\r", "\"", "!", "@", "$", "<", ">", "[", "]");
            assertThat(PumlText.escape(text)).doesNotContainPattern("%[^ ,;)]");
            assertThat(PumlText.escape(text)).doesNotContainPattern("[A-Za-z0-9_]\\(");
        }
    }

    @Test
    void plainNamesStayReadable() {
        assertThat(PumlText.quoted("Orders DB")).isEqualTo("\"Orders DB\"");
        assertThat(PumlText.escape("api-gateway (eu-west-1), v2.1: ok?"))
                .isEqualTo("api-gateway (eu-west-1), v2.1: ok?");
        assertThat(PumlText.escape("Bob's")).isEqualTo("Bob's");
        assertThat(PumlText.escape("loss 0.1%, 2% (max 5%)")).isEqualTo("loss 0.1%, 2% (max 5%)");
        assertThat(PumlText.escape("100%getenv")).isEqualTo("100&#37;getenv");
    }

    @Test
    void longTextIsShortened() {
        assertThat(PumlText.escape("a".repeat(5000))).isEqualTo("a".repeat(PumlText.MAX_LABEL_LENGTH) + "\u2026");
        assertThat(PumlText.escape("a\n".repeat(50)).split("\\\\n")).hasSize(PumlText.MAX_LABEL_LINES);
    }

    @Test
    void commentsStayOnOneLine() {
        assertThat(PumlText.comment(" Shop\n!include x\r@enduml ")).isEqualTo("Shop !include x @enduml");
    }

    @Test
    void identifiersAreValidAndNeverKeywords() {
        assertThat(PumlText.identifier("orders-db")).isEqualTo("orders_db");
        assertThat(PumlText.identifier("node")).isEqualTo("id_node");
        assertThat(PumlText.identifier("9lives")).isEqualTo("id_9lives");
        assertThat(PumlText.identifier("!@#")).isEqualTo("id");
        assertThat(PumlText.identifier("é漢 x")).isEqualTo("x");
        assertThat(PumlText.identifier("x\n!include y")).isEqualTo("x_include_y");
    }

    @Test
    void aliasesAreUniqueAndStable() {
        PumlText.Aliases aliases = new PumlText.Aliases();

        assertThat(aliases.of("orders-db")).isEqualTo("orders_db");
        assertThat(aliases.of("orders_db")).isEqualTo("orders_db_2");
        assertThat(aliases.of("Orders.DB")).isEqualTo("Orders_DB_3");
        assertThat(aliases.of("orders-db")).isEqualTo("orders_db");
    }

    private record Rendered(String svgText, List<String> svgLines) {}

    /** Renders with the sandboxed renderer, which fails on anything but a clean diagram. */
    private static Rendered render(String src) throws DiagramException {
        List<String> lines = SvgText.lines(Renderer.svg(src));
        return new Rendered(String.join(" ", lines), lines);
    }
}
