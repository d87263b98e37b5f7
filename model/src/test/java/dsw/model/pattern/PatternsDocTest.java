package dsw.model.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.kind.PropertySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/patterns.md stays true: every pattern of the catalog and every one of its settings is described. */
class PatternsDocTest {
    @Test
    void everyPatternAndSettingIsDocumented() throws Exception {
        Path doc = Path.of("..", "docs", "patterns.md");
        String text = Files.readString(doc);
        for (PatternKind kind : PatternCatalog.standard().all()) {
            assertThat(text).contains("### " + kind.name() + " (`" + kind.id() + "`)");
            for (PropertySpec p : kind.properties()) {
                assertThat(text)
                        .as("setting %s of %s", p.key(), kind.id())
                        .contains("| `" + p.key() + "` | " + p.type().fileName() + " | ");
            }
        }
    }
}
