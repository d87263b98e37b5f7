package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dsw.model.Design;
import dsw.model.pattern.PatternSettings;
import dsw.model.value.Micros;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Patterns in design files: switched on by name, settings checked, defaults filled in, written back in order. */
class PatternFilesTest {
    private static String design(String linkPatterns, String cachePatterns) {
        return """
                {
                  "schemaVersion": 1,
                  "name": "shop",
                  "components": [
                    {"id": "web", "name": "Web", "kind": "client"},
                    {"id": "cache", "name": "Cache", "kind": "cache", "patterns": %s}
                  ],
                  "links": [
                    {"id": "l1", "from": "web", "to": "cache", "patterns": %s}
                  ]
                }
                """
                .formatted(cachePatterns, linkPatterns);
    }

    private static Design load(String json) throws DesignFileException {
        return DesignFiles.read("shop.dsw.json", json.getBytes(StandardCharsets.UTF_8))
                .design();
    }

    private static String error(String json) {
        DesignFileException e = catchThrowableOfType(() -> load(json), DesignFileException.class);
        assertThat(e).as("the file must be refused").isNotNull();
        return e.problems().get(0).toString();
    }

    @Test
    void aPatternTakesItsSettingsAndDefaultsTheRest() throws Exception {
        Design design = load(design(
                "{\"retry\": {\"maxAttempts\": 5, \"backoff\": \"exponential\"}, \"timeout\": {}}",
                "{\"consistency\": \"eventual\", \"rateLimiter\": {\"rate\": 10}}"));

        PatternSettings retry =
                design.link("l1").orElseThrow().patterns().find("retry").orElseThrow();
        assertThat(retry.integer("maxAttempts")).isEqualTo(5);
        assertThat(retry.text("backoff")).isEqualTo("exponential");
        assertThat(retry.duration("waitDuration")).isEqualTo(500 * Micros.PER_MILLISECOND);
        assertThat(design.link("l1").orElseThrow().patterns().enabled())
                .extracting(PatternSettings::id)
                .as("catalog order, whatever the file's order")
                .containsExactly("timeout", "retry");
        assertThat(design.requireComponent("cache")
                        .patterns()
                        .find("rateLimiter")
                        .orElseThrow()
                        .number("rate"))
                .isEqualTo(10);
    }

    @Test
    void writingAndReadingAgainKeepsEveryPattern() throws Exception {
        Design design = load(design(
                "{\"circuitBreaker\": {\"waitInOpen\": \"5s\"}}", "{\"idempotency\": {\"retention\": \"10min\"}}"));

        String json = DesignFiles.toJson(design);

        assertThat(load(json)).isEqualTo(design);
        assertThat(json).contains("\"circuitBreaker\": {").contains("\"waitInOpen\": \"5s\"");
    }

    @Test
    void theOldEmptyResilienceObjectStillLoads() throws Exception {
        Design design = load(design("{\"resilience\": {\"type\": \"none\"}}", "{}"));

        assertThat(design.link("l1").orElseThrow().patterns().isDefault()).isTrue();
    }

    @Test
    void anUnknownPatternNamesTheKnownOnes() {
        assertThat(error(design("{\"retries\": {}}", "{}")))
                .contains("links[0].patterns.retries")
                .contains("unknown link pattern \"retries\"")
                .contains("timeout, retry, circuitBreaker");
    }

    @Test
    void aSettingOutOfRangeSaysWhereAndWhy() {
        assertThat(error(design("{\"retry\": {\"maxAttempts\": 0}}", "{}")))
                .contains("links[0].patterns.retry.maxAttempts")
                .contains("at least 1");
    }

    @Test
    void anUnknownSettingListsThePatternsSettings() {
        assertThat(error(design("{\"bulkhead\": {\"size\": 3}}", "{}")))
                .contains("Bulkhead has no setting \"size\"")
                .contains("maxConcurrentCalls, maxWait");
    }

    @Test
    void aComponentPatternOnTheWrongKindIsRefused() {
        assertThat(error(design("{}", "{\"healthCheck\": {}}")))
                .contains("components[1].patterns.healthCheck")
                .contains("Health checks does not apply to a cache");
    }

    @Test
    void aLinkPatternOnAComponentIsRefused() {
        assertThat(error(design("{}", "{\"retry\": {}}"))).contains("unknown component pattern \"retry\"");
    }
}
