package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file written by a newer dsw, or edited by hand, may have fields this dsw does not know. It
 * still loads; each such field is a warning naming the field and its line.
 */
class UnknownFieldsTest {
    private static final Path THREE_TIER = TestFiles.examples().stream()
            .filter(f -> f.getFileName().toString().equals("three-tier-web.dsw.json"))
            .findFirst()
            .orElseThrow();

    @Test
    void extraFieldsLoadWithAWarningForEachNamingFieldAndLine() throws Exception {
        String text = Files.readString(THREE_TIER)
                .replace(
                        "  \"name\": \"Three-tier web application\",\n",
                        "  \"name\": \"Three-tier web application\",\n  \"author\": \"Ada\",\n")
                .replace(
                        "      \"label\": \"REST\",\n",
                        "      \"label\": \"REST\",\n      \"colour\": \"#ff0000\",\n"
                                + "      \"notes\": {\"review\": [1, 2, {\"deep\": true}]},\n")
                .replace("        \"zipf\": 1.0,\n", "        \"zipf\": 1.0,\n        \"burst\": [3, 4],\n")
                .replace("      \"height\": 500.0\n", "      \"height\": 500.0,\n      \"colour\": \"blue\"\n")
                .replace(
                        "        \"target\": \"db-primary\"\n",
                        "        \"target\": \"db-primary\",\n        \"reason\": \"chaos day\"\n")
                .replace("    \"seed\": 1,\n", "    \"seed\": 1,\n    \"speed\": 2,\n");

        LoadResult result = DesignFiles.read("extra.dsw.json", text.getBytes(StandardCharsets.UTF_8));

        assertThat(result.design()).isEqualTo(DesignFiles.read(THREE_TIER).design());
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.severity()).isEqualTo(Severity.WARNING));
        List<String> lines = text.lines().toList();
        assertThat(result.warnings())
                .extracting(w -> FileProblem.readablePath(w.pointer()))
                .containsExactly(
                        "author",
                        "links[2].colour",
                        "links[2].notes",
                        "groups[1].colour",
                        "scenario.speed",
                        "scenario.workload[0].burst",
                        "scenario.faults[0].reason");
        for (FileProblem warning : result.warnings()) {
            String field = warning.pointer().substring(warning.pointer().lastIndexOf('/') + 1);
            assertThat(warning.message()).startsWith("unknown field \"" + field + "\" ignored");
            assertThat(lines.get(warning.line() - 1).substring(warning.column() - 1))
                    .as("line %s, column %s", warning.line(), warning.column())
                    .startsWith("\"" + field + "\":");
            assertThat(warning.format())
                    .startsWith("extra.dsw.json:" + warning.line() + ":" + warning.column() + ": warning: ");
        }
        assertThat(result.warnings().get(0).format())
                .isEqualTo("extra.dsw.json:4:3: warning: author: unknown field \"author\" ignored: this dsw does not"
                        + " know it and will not save it");
        assertThat(result.warnings().get(4).message()).endsWith("did you mean \"seed\"?");
    }

    @Test
    void anUnknownFieldIsDroppedOnSave() throws Exception {
        String text = Files.readString(THREE_TIER).replace("  \"name\":", "  \"editor\": {\"zoom\": 2},\n  \"name\":");

        LoadResult result = DesignFiles.read("extra.dsw.json", text.getBytes(StandardCharsets.UTF_8));

        assertThat(DesignFiles.toJson(result.design())).isEqualTo(Files.readString(THREE_TIER));
    }

    @Test
    void warningsComeAfterErrorsWhenTheFileIsAlsoBroken() throws Exception {
        String text = Files.readString(THREE_TIER)
                .replace("  \"name\":", "  \"colour\": \"red\",\n  \"name\":")
                .replace("\"to\": \"db-replica\"", "\"to\": \"db-replika\"");

        DesignFileException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                DesignFileException.class,
                () -> DesignFiles.read("both.dsw.json", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(e.problems()).extracting(FileProblem::severity).startsWith(Severity.ERROR);
        assertThat(e.problems()).extracting(FileProblem::severity).endsWith(Severity.WARNING);
        assertThat(e.getMessage()).contains("warning: colour: unknown field \"colour\"");
    }
}
