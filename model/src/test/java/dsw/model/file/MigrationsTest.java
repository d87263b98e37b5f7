package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsw.model.Link;
import dsw.model.kind.KindCatalog;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The migration chain, tried with a made-up schema version 2 in which a link's latency moved from
 * a bare {@code "latencyMs": 5} (version 1) to the {@code "latency": "5ms"} of today's files.
 */
class MigrationsTest {
    /** Version 1 to 2: {@code latencyMs} becomes {@code latency}. */
    private static final class LatencyMsToLatency implements Migration {
        final List<Integer> applied = new ArrayList<>();

        @Override
        public int from() {
            return 1;
        }

        @Override
        public void apply(ObjectNode document) {
            applied.add(document.path("schemaVersion").intValue());
            for (JsonNode link : document.path("links")) {
                if (link instanceof ObjectNode l && l.has("latencyMs")) {
                    JsonNode ms = l.remove("latencyMs");
                    if (!ms.isNumber()) {
                        throw new IllegalArgumentException("latencyMs must be a number of milliseconds");
                    }
                    l.put("latency", ms.asLong() + "ms");
                }
            }
        }
    }

    /** Version 2 to 3: nothing changes, but the step is recorded. */
    private static final class Noop implements Migration {
        private final int from;
        private final List<Integer> log;

        Noop(int from, List<Integer> log) {
            this.from = from;
            this.log = log;
        }

        @Override
        public int from() {
            return from;
        }

        @Override
        public void apply(ObjectNode document) {
            log.add(from);
        }
    }

    private static final String VERSION_1 =
            """
            {
              "schemaVersion": 1,
              "name": "Old design",
              "components": [
                {"id": "web", "name": "Web", "kind": "web-browser"},
                {"id": "api", "name": "API", "kind": "service"}
              ],
              "links": [
                {"id": "web-api", "from": "web", "to": "api", "latencyMs": 5}
              ]
            }
            """;

    @Test
    void anOldFileIsUpgradedThenLoaded() throws Exception {
        LatencyMsToLatency step = new LatencyMsToLatency();
        DesignFiles files = new DesignFiles(KindCatalog.standard(), new Migrations(2, List.of(step)));

        LoadResult result = files.load("old.dsw.json", VERSION_1.getBytes(StandardCharsets.UTF_8));

        Link link = result.design().link("web-api").orElseThrow();
        assertThat(link.network().latency()).isEqualTo(new Distribution.Constant(5 * Micros.PER_MILLISECOND));
        assertThat(result.warnings())
                .as("latencyMs was migrated, not left as an unknown field")
                .isEmpty();
        assertThat(step.applied).containsExactly(1);
    }

    @Test
    void savingWritesTheCurrentVersionWhichIsNotMigratedAgain() throws Exception {
        LatencyMsToLatency step = new LatencyMsToLatency();
        DesignFiles files = new DesignFiles(KindCatalog.standard(), new Migrations(2, List.of(step)));
        LoadResult old = files.load("old.dsw.json", VERSION_1.getBytes(StandardCharsets.UTF_8));

        String saved = files.format(old.design());
        LoadResult again = files.load("new.dsw.json", saved.getBytes(StandardCharsets.UTF_8));

        assertThat(saved).startsWith("{\n  \"schemaVersion\": 2,\n");
        assertThat(again.design()).isEqualTo(old.design());
        assertThat(step.applied).as("only the old file went through the step").containsExactly(1);
    }

    @Test
    void stepsRunInOrderFromTheFilesVersion() throws Exception {
        List<Integer> log = new ArrayList<>();
        DesignFiles files = new DesignFiles(
                KindCatalog.standard(),
                new Migrations(4, List.of(new Noop(3, log), new Noop(1, log), new Noop(2, log))));

        files.load(
                "v1.dsw.json",
                VERSION_1.replace("\"latencyMs\": 5", "\"label\": \"x\"").getBytes(StandardCharsets.UTF_8));
        files.load(
                "v3.dsw.json",
                VERSION_1
                        .replace("\"schemaVersion\": 1", "\"schemaVersion\": 3")
                        .replace("\"latencyMs\": 5", "\"label\": \"x\"")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(log).containsExactly(1, 2, 3, 3);
    }

    @Test
    void aMissingStepIsCaughtWhenTheChainIsBuilt() {
        assertThatThrownBy(() -> new Migrations(3, List.of(new LatencyMsToLatency())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no migration from schema version 2");
    }

    @Test
    void aFileNewerThanTheChainIsRefusedWithAClearMessage() {
        DesignFiles files =
                new DesignFiles(KindCatalog.standard(), new Migrations(2, List.of(new LatencyMsToLatency())));

        DesignFileException e = catchThrowableOfType(
                DesignFileException.class,
                () -> files.load(
                        "new.dsw.json",
                        VERSION_1
                                .replace("\"schemaVersion\": 1", "\"schemaVersion\": 3")
                                .getBytes(StandardCharsets.UTF_8)));

        assertThat(e.getMessage())
                .isEqualTo("new.dsw.json:2:3: error: schemaVersion: this file has schema version 3, written by a"
                        + " newer dsw; this dsw reads versions 1 to 2. Update dsw to open it.");
    }

    @Test
    void anOldFileTheMigrationCannotUpgradeGivesAnErrorNotACrash() {
        DesignFiles files =
                new DesignFiles(KindCatalog.standard(), new Migrations(2, List.of(new LatencyMsToLatency())));

        DesignFileException e = catchThrowableOfType(
                DesignFileException.class,
                () -> files.load(
                        "odd.dsw.json",
                        VERSION_1
                                .replace("\"latencyMs\": 5", "\"latencyMs\": \"five\"")
                                .getBytes(StandardCharsets.UTF_8)));

        assertThat(e.getMessage())
                .isEqualTo("odd.dsw.json:2:3: error: schemaVersion: this file has schema version 1 and could not be"
                        + " upgraded to version 2: latencyMs must be a number of milliseconds; is it damaged?");
    }

    @Test
    void theStandardChainReadsTheVersionThisDswWrites() throws Exception {
        Migrations standard = Migrations.standard();

        assertThat(standard.current()).isEqualTo(DesignFiles.SCHEMA_VERSION);
        assertThat(Migrations.OLDEST).isLessThanOrEqualTo(standard.current());
        assertThat(DesignFiles.toJson(
                        DesignFiles.read(TestFiles.examples().get(0)).design()))
                .startsWith("{\n  \"schemaVersion\": " + DesignFiles.SCHEMA_VERSION + ",\n");
        assertThat(Files.readString(TestFiles.examples().get(0)))
                .startsWith("{\n  \"schemaVersion\": " + DesignFiles.SCHEMA_VERSION + ",\n");
    }
}
