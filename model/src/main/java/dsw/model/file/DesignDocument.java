package dsw.model.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The file form of a design, schema version {@value DesignFiles#SCHEMA_VERSION}: plain records that
 * Jackson reads and writes, kept apart from the in-memory model so the file format can evolve with
 * migrations. Field order here is the order in files.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "name", "description", "components", "links", "groups", "scenario"})
record DesignDocument(
        Integer schemaVersion,
        String name,
        String description,
        List<ComponentEntry> components,
        List<LinkEntry> links,
        List<GroupEntry> groups,
        ScenarioEntry scenario) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "kind", "group", "x", "y", "properties", "patterns"})
    record ComponentEntry(
            String id,
            String name,
            String kind,
            String group,
            Double x,
            Double y,
            Map<String, JsonNode> properties,
            Map<String, JsonNode> patterns) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "id",
        "from",
        "to",
        "direction",
        "mode",
        "label",
        "latency",
        "loss",
        "duplication",
        "reorder",
        "corruption",
        "bandwidth",
        "patterns"
    })
    record LinkEntry(
            String id,
            String from,
            String to,
            String direction,
            String mode,
            String label,
            JsonNode latency,
            Double loss,
            Double duplication,
            Double reorder,
            Double corruption,
            String bandwidth,
            Map<String, JsonNode> patterns) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "kind", "parent", "x", "y", "width", "height"})
    record GroupEntry(
            String id, String name, String kind, String parent, Double x, Double y, Double width, Double height) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"seed", "duration", "workload", "faults"})
    record ScenarioEntry(Long seed, JsonNode duration, List<WorkloadEntry> workload, List<FaultEntry> faults) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "client",
        "target",
        "load",
        "rate",
        "arrival",
        "users",
        "thinkTime",
        "readRatio",
        "keys",
        "zipf",
        "start",
        "stop",
        "payloadBytes",
        "writes"
    })
    record WorkloadEntry(
            String client,
            String target,
            String load,
            Double rate,
            String arrival,
            Long users,
            JsonNode thinkTime,
            Double readRatio,
            Long keys,
            Double zipf,
            JsonNode start,
            JsonNode stop,
            Long payloadBytes,
            String writes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "at",
        "type",
        "target",
        "link",
        "partition",
        "sideA",
        "sideB",
        "oneWay",
        "duration",
        "offset",
        "driftPpm",
        "loss",
        "drain"
    })
    record FaultEntry(
            JsonNode at,
            String type,
            String target,
            String link,
            String partition,
            List<String> sideA,
            List<String> sideB,
            Boolean oneWay,
            JsonNode duration,
            JsonNode offset,
            Double driftPpm,
            Double loss,
            JsonNode drain) {}
}
