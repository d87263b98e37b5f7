package dsw.diagrams.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Garbage, damaged diagrams and random bytes are either imported, with notes on lines of the
 * source, or refused with a {@link PumlImportException}; never another exception. jqwik prints the
 * seed of a failing case; {@code new Random(seed)} rebuilds its input.
 */
class PumlImportHostileProperties {
    private static final String[] PIECES = {
        "node",
        "database",
        "queue",
        "actor",
        "agent",
        "collections",
        "cloud",
        "frame",
        "package",
        "rectangle",
        "together",
        "component",
        "interface",
        "usecase",
        "label",
        "port",
        "skinparam",
        "note",
        "end note",
        "title",
        "legend",
        "<style>",
        "</style>",
        "as",
        " as ",
        "\"",
        "\"a b\"",
        "[",
        "]",
        "[Web]",
        "(",
        ")",
        "()",
        ":",
        ":x:",
        "{",
        "}",
        "{\n",
        "}\n",
        "<<",
        ">>",
        "<<db>>",
        "#red",
        "-->",
        "->",
        "<-",
        "<-->",
        "..>",
        "-[",
        "]->",
        "-[#red;dashed]->",
        "-r[hidden]-",
        "-up->",
        "--",
        "'",
        "/'",
        "'/",
        "!include x",
        "!procedure $p()",
        "!endprocedure",
        "!if",
        "!define",
        "@startuml",
        "@enduml",
        "@startmindmap",
        "\n",
        "\n",
        "\n",
        " ",
        " ",
        "\t",
        "\r",
        "a",
        "b",
        "Kafka",
        "LB",
        "0",
        "x.y",
        "é",
        "\u2028",
        "\u0007",
        "\u001b[2J",
        "\uD83D\uDE00",
        "\\n",
        "\\n3 replicas",
        "\\n0 replicas",
        "&#35;",
        "&#10;",
        "&#55357;",
        "&#99999999;",
        "<b>",
        "<size:11>",
        "participant",
        "[*]",
        "<<cache>>",
        "<<zone>>"
    };

    @Property(tries = 600)
    void garbageOfPlantUmlPiecesIsImportedOrRefused(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(200); i > 0; i--) {
            if (random.nextInt(8) == 0) {
                text.append((char) random.nextInt(0x10000));
            } else {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
        }
        check(text.toString());
    }

    @Property(tries = 300)
    void damagedSeedDiagramsAreImportedOrRefused(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        List<String> names = List.of(
                "seed003-mobile-application.puml", "seed003-microservices.puml", "seed003-sharded-monolith.puml");
        String text = Files.readString(
                SeedDiagramsImportTest.resource(names.get(random.nextInt(names.size()))), StandardCharsets.UTF_8);
        for (int i = random.nextInt(6) + 1; i > 0; i--) {
            int at = random.nextInt(text.length() + 1);
            int end = Math.min(text.length(), at + random.nextInt(20));
            switch (random.nextInt(3)) {
                case 0 -> text = text.substring(0, at) + text.substring(end);
                case 1 -> text = text.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + text.substring(at);
                default -> text = text.substring(0, end) + text.substring(at, end) + text.substring(end);
            }
        }
        check(text);
    }

    @Property(tries = 200)
    void randomBytesAreImportedOrRefused(@ForAll long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (bytes[i] & 0x7f);
            }
        }
        try {
            ImportResult result = PumlImport.importBytes("random.puml", bytes);
            assertThat(result.design().isLaidOut()).isTrue();
        } catch (PumlImportException e) {
            assertThat(e.getMessage()).startsWith("random.puml: ").doesNotContain("Exception");
        }
    }

    private static void check(String text) {
        long lines = text.lines().count();
        try {
            ImportResult result = PumlImport.importText("garbage.puml", text);
            assertThat(result.design().components()).isNotEmpty();
            assertThat(result.design().isLaidOut()).isTrue();
            assertNotes(result.notes(), lines);
        } catch (PumlImportException e) {
            assertThat(e.getMessage()).startsWith("garbage.puml: ").doesNotContain("Exception");
            assertThat(e.getMessage().chars()).noneMatch(Character::isISOControl);
            assertNotes(e.notes(), lines);
        }
    }

    private static void assertNotes(List<ImportNote> notes, long lines) {
        assertThat(notes.size()).isLessThanOrEqualTo(ImportNotes.MAX + 1);
        for (ImportNote note : notes) {
            assertThat((long) note.line()).as(note.format()).isBetween(0L, lines);
            assertThat(note.message().chars()).as(note.format()).noneMatch(Character::isISOControl);
        }
    }
}
