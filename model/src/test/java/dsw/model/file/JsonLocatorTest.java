package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lines and columns as an editor shows them, whatever the line endings and characters. */
class JsonLocatorTest {
    private static final String JSON =
            """
            {
              "components": [
                {"id": "a"},
                {
                  "id": "b",
                  "name": "Zürich 東京", "kind": "x"
                }
              ]
            }
            """;

    @Test
    void findsFieldsAtTheirNameAndListElementsAtTheirStart() {
        Map<String, JsonLocator.Place> places = locate(JSON, "/components/0", "/components/1", "/components/1/kind");

        assertThat(places.get("/components/0")).isEqualTo(new JsonLocator.Place(3, 5));
        assertThat(places.get("/components/1")).isEqualTo(new JsonLocator.Place(4, 5));
        // the column counts characters: ü and 東京 are one column each, not two or three bytes
        assertThat(places.get("/components/1/kind")).isEqualTo(new JsonLocator.Place(6, 28));
        assertThat(JSON.lines().toList().get(5).substring(27)).startsWith("\"kind\"");
    }

    @Test
    void aMissingFieldIsPlacedAtTheObjectThatLacksIt() {
        Map<String, JsonLocator.Place> places = locate(JSON, "/components/0/name", "/components/7/to", "/nothing");

        assertThat(places.get("/components/0/name")).isEqualTo(new JsonLocator.Place(3, 5));
        assertThat(places.get("/components/7/to")).isEqualTo(new JsonLocator.Place(2, 3));
        assertThat(places.get("/nothing")).isEqualTo(new JsonLocator.Place(1, 1));
    }

    @Test
    void windowsAndOldMacLineEndingsCountAsOneLineEach() {
        String crlf = JSON.replace("\n", "\r\n");
        String cr = JSON.replace("\n", "\r");

        assertThat(locate(crlf, "/components/1/kind").get("/components/1/kind"))
                .isEqualTo(new JsonLocator.Place(6, 28));
        assertThat(locate(cr, "/components/1/kind").get("/components/1/kind")).isEqualTo(new JsonLocator.Place(6, 28));
    }

    @Test
    void aFileWithWindowsLineEndingsGetsTheSameLinesAsWithUnixOnes() throws Exception {
        byte[] unix = Files.readAllBytes(TestFiles.malformedDir().resolve("link-unknown-endpoint.dsw.json"));
        byte[] windows =
                new String(unix, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

        DesignFileException e =
                catchThrowableOfType(DesignFileException.class, () -> DesignFiles.read("crlf.dsw.json", windows));

        assertThat(e.getMessage()).startsWith("crlf.dsw.json:139:7: error: links[2].to: ");
    }

    @Test
    void aColumnAfterAccentedTextCountsCharacters() {
        String json = "{\"schemaVersion\": 1, \"name\": \"Café Zürich\", \"description\": \"ünïcödé\", \"components\":"
                + " [{\"id\": \"é\", \"name\": \"x\", \"kind\": \"service\"}]}";

        DesignFileException e = catchThrowableOfType(
                DesignFileException.class,
                () -> DesignFiles.read("one-line.dsw.json", json.getBytes(StandardCharsets.UTF_8)));

        int column = json.indexOf("\"id\"") + 1;
        assertThat(e.getMessage()).startsWith("one-line.dsw.json:1:" + column + ": error: components[0].id: ");
    }

    @Test
    void aByteOrderMarkIsNotAColumn() {
        String json = "{\"schemaVersion\": 1, \"name\": \"x\", \"components\": [{\"id\": \"a b\", \"name\": \"n\","
                + " \"kind\": \"service\"}]}";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + bytes.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(bytes, 0, withBom, bom.length, bytes.length);

        DesignFileException e =
                catchThrowableOfType(DesignFileException.class, () -> DesignFiles.read("bom.dsw.json", withBom));

        assertThat(e.getMessage()).startsWith("bom.dsw.json:1:" + (json.indexOf("\"id\"") + 1) + ": error: ");
    }

    private static Map<String, JsonLocator.Place> locate(String json, String... pointers) {
        return JsonLocator.locate(new JsonFactory(), json.getBytes(StandardCharsets.UTF_8), List.of(pointers));
    }
}
