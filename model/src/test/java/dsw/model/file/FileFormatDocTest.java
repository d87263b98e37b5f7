package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/file-format.md stays true: its kind table matches kinds.json and its example loads. */
class FileFormatDocTest {
    private static String doc() throws Exception {
        Path examples = TestFiles.examples().get(0).getParent();
        return Files.readString(examples.resolveSibling("docs").resolve("file-format.md"));
    }

    @Test
    void theKindTableListsEveryKindAndProperty() throws Exception {
        String doc = doc();
        for (ComponentKind kind : KindCatalog.standard().all()) {
            assertThat(doc)
                    .contains("| `" + kind.id() + "` (" + kind.name() + ") | "
                            + kind.behavior().fileName() + " | ");
            for (PropertySpec p : kind.properties()) {
                assertThat(doc).contains("| `" + p.key() + "` | " + p.type().fileName() + " | ");
            }
        }
        long rows = doc.lines()
                .filter(l -> l.matches("\\| (`[a-z-]+` \\(.*\\))? \\|.*"))
                .count();
        long properties = KindCatalog.standard().all().stream()
                .mapToLong(k -> k.properties().size())
                .sum();
        assertThat(rows).as("one table row per property").isEqualTo(properties);
    }

    @Test
    void theExampleLoads() throws Exception {
        Matcher json = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(doc());
        assertThat(json.find()).isTrue();

        LoadResult result = DesignFiles.read("doc.dsw.json", json.group(1).getBytes(StandardCharsets.UTF_8));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.design().components()).hasSize(2);
    }
}
