package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dsw.model.Design;
import dsw.model.pattern.Replication;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Replication in design files: read, written back whole, and refused with a clear message when wrong. */
class ReplicationFilesTest {
    private static String design(String kind, int replicas, String replication) {
        return """
                {
                  "schemaVersion": 1,
                  "name": "shop",
                  "components": [
                    {"id": "web", "name": "Web", "kind": "client"},
                    {"id": "orders-db", "name": "Orders", "kind": "%s", "properties": {"replicas": %d},
                     "patterns": {"replication": %s}}
                  ],
                  "links": [{"id": "l1", "from": "web", "to": "orders-db"}]
                }
                """
                .formatted(kind, replicas, replication);
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

    private static Replication replicationOf(Design design) {
        return design.requireComponent("orders-db").patterns().replication();
    }

    @Test
    void leaderlessTakesRAndWAndDefaultsTheOptions() throws Exception {
        Design design = load(design("database", 3, "{\"type\": \"leaderless\", \"r\": 2, \"w\": 3}"));

        assertThat(replicationOf(design)).isEqualTo(new Replication.Leaderless(2, 3, true, false));
    }

    @Test
    void singleLeaderDefaultsToAsynchronousLeaderReadsAndFencedAutomaticFailover() throws Exception {
        Design design = load(design("database", 3, "{\"type\": \"single-leader\"}"));

        assertThat(replicationOf(design))
                .isEqualTo(new Replication.SingleLeader(Replication.SingleLeader.Mode.ASYNCHRONOUS));
    }

    @Test
    void singleLeaderAndMultiLeaderSettingsSurviveWritingAndReading() throws Exception {
        for (String replication : new String[] {
            "{\"type\": \"single-leader\", \"mode\": \"semi-synchronous\", \"readFrom\": \"followers\","
                    + " \"failover\": \"manual\", \"failoverTimeout\": \"2s\", \"fencing\": false}",
            "{\"type\": \"multi-leader\", \"resolution\": \"crdt-counter\"}"
        }) {
            Design design = load(design("database", 3, replication));

            assertThat(load(DesignFiles.toJson(design))).as(replication).isEqualTo(design);
        }
    }

    @Test
    void unknownModesAndResolutionsNameTheChoices() {
        assertThat(error(design("database", 3, "{\"type\": \"single-leader\", \"mode\": \"eventually\"}")))
                .contains("components[1].patterns.replication.mode")
                .contains("unknown mode \"eventually\"; expected one of synchronous, asynchronous, semi-synchronous");
        assertThat(error(design("database", 3, "{\"type\": \"multi-leader\", \"resolution\": 3}")))
                .contains("expected one of last-writer-wins, siblings, crdt-counter, crdt-set for resolution");
        assertThat(error(design("database", 3, "{\"type\": \"single-leader\", \"failoverTimeout\": \"-1s\"}")))
                .contains("expected a positive duration");
    }

    @Test
    void writingAndReadingAgainKeepsEverySetting() throws Exception {
        Design design = load(design(
                "cache",
                5,
                "{\"type\": \"leaderless\", \"r\": 1, \"w\": 4, \"readRepair\": false, \"hintedHandoff\": true}"));

        String json = DesignFiles.toJson(design);

        assertThat(load(json)).isEqualTo(design);
        assertThat(replicationOf(load(json))).isEqualTo(new Replication.Leaderless(1, 4, false, true));
        assertThat(json).contains("\"type\": \"leaderless\"").contains("\"hintedHandoff\": true");
    }

    @Test
    void noReplicationStaysTheDefault() throws Exception {
        Design design = load(design("database", 3, "{\"type\": \"none\"}"));

        assertThat(replicationOf(design)).isEqualTo(Replication.NONE);
        assertThat(DesignFiles.toJson(design)).doesNotContain("replication");
    }

    @Test
    void aQuorumLargerThanTheReplicasIsRefusedNamingTheComponent() {
        String message = error(design("database", 3, "{\"type\": \"leaderless\", \"r\": 2, \"w\": 4}"));

        assertThat(message)
                .contains("orders-db: W is 4 but it has 3 replicas")
                .contains("components[1].patterns.replication.w")
                .startsWith("shop.dsw.json:7:");
    }

    @Test
    void badValuesAreRefusedWithWhatIsExpected() {
        assertThat(error(design("database", 3, "{\"type\": \"leaderless\", \"w\": 2}")))
                .contains("patterns.replication.r")
                .contains("needs \"r\"")
                .contains("a whole number from 1 to the replica count, found nothing");
        assertThat(error(design("database", 3, "{\"type\": \"leaderless\", \"r\": 0, \"w\": 2}")))
                .contains("found the number 0");
        assertThat(error(design("database", 3, "{\"type\": \"leaderless\", \"r\": 1, \"w\": \"two\"}")))
                .contains("patterns.replication.w");
        assertThat(error(design("database", 3, "{\"type\": \"leaderless\", \"r\": 1, \"w\": 1, \"readRepair\": 1}")))
                .contains("expected true or false for readRepair");
        assertThat(error(design("database", 3, "{\"type\": \"leaderless\", \"r\": 1, \"w\": 1, \"n\": 3}")))
                .contains("no setting \"n\"");
        assertThat(error(design("database", 3, "{\"type\": \"quorum\"}")))
                .contains("knows: none, single-leader, multi-leader, leaderless");
    }

    @Test
    void onlyDataComponentsReplicate() {
        assertThat(error(design("service", 3, "{\"type\": \"leaderless\", \"r\": 1, \"w\": 1}")))
                .contains("only a database or a cache can use leaderless replication");
    }

    private static String withPartition(String side) {
        return design("database", 3, "{\"type\": \"leaderless\", \"r\": 1, \"w\": 1}")
                .replace(
                        "  \"links\"",
                        "  \"scenario\": {\"faults\": [{\"at\": \"1s\", \"type\": \"partition\", \"partition\": \"cut\","
                                + " \"sideA\": [\"" + side + "\"], \"sideB\": [\"web\"]}]},\n  \"links\"");
    }

    @Test
    void aPartitionMayCutOffOneReplica() throws Exception {
        Design design = load(withPartition("orders-db#3"));

        assertThat(design.scenario().faults().get(0).fault().targets()).contains("orders-db#3");
        assertThat(error(withPartition("orders-db#4")))
                .contains("\"orders-db#4\" names instance 4 but orders-db has 3 replicas");
        assertThat(error(withPartition("orders-db#x"))).contains("use a number from 1");
    }
}
