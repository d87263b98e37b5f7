package dsw.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pure parts of the shell: title format, command line, example list. */
class SmallShellTest {
    @Test
    void theTitleNamesTheDesignAndFileAndMarksUnsavedChanges() {
        assertThat(WindowTitle.format(null, null, false)).isEqualTo("dsw");
        assertThat(WindowTitle.format(TestDesigns.small(), null, false)).isEqualTo("Small - dsw");
        assertThat(WindowTitle.format(TestDesigns.small(), Path.of("/d/small.dsw.json"), false))
                .isEqualTo("Small (small.dsw.json) - dsw");
        assertThat(WindowTitle.format(TestDesigns.small(), Path.of("/d/small.dsw.json"), true))
                .isEqualTo("*Small (small.dsw.json) - dsw");
    }

    @Test
    void theCommandLineTakesOneFileAndTheSmokeTestFlag() {
        StartOptions none = StartOptions.parse(List.of());
        assertThat(none.file()).isEmpty();
        assertThat(none.smokeTest()).isFalse();
        StartOptions both = StartOptions.parse(List.of("--smoke-test", "a.dsw.json"));
        assertThat(both.file()).contains(Path.of("a.dsw.json"));
        assertThat(both.smokeTest()).isTrue();
        StartOptions odd = StartOptions.parse(List.of("a.dsw.json", "b.dsw.json", "--weird"));
        assertThat(odd.file()).contains(Path.of("a.dsw.json"));
        assertThat(odd.ignored()).containsExactly("b.dsw.json", "--weird");
    }

    @Test
    void theBundledExamplesAreListedByName() {
        ExampleCatalog catalog = ExampleCatalog.bundled();
        assertThat(catalog.all())
                .extracting(Example::name)
                .contains("Three-tier web application", "Mobile app and backend")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        Example example = catalog.byName("Three-tier web application").orElseThrow();
        assertThat(example.fileName()).isEqualTo("three-tier-web.dsw.json");
        assertThat(example.components()).isEqualTo(7);
    }

    @Test
    void everyShortcutHasKeys() {
        assertThat(Shortcuts.all()).allSatisfy(e -> assertThat(e.keys()).isNotBlank());
    }
}
