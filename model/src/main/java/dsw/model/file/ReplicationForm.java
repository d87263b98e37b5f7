package dsw.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsw.model.json.FieldException;
import dsw.model.json.ValueCodec;
import dsw.model.pattern.Replication;
import dsw.model.value.Text;
import java.util.Iterator;
import java.util.Set;

/**
 * The file form of a component's {@code "replication"}: {@code {"type": "none"}} or {@code
 * {"type": "leaderless", "r": 2, "w": 2, "readRepair": true, "hintedHandoff": false}}. Thread-safe
 * (stateless).
 */
final class ReplicationForm {
    private static final String POINTER = "/patterns/replication";
    private static final Set<String> LEADERLESS_FIELDS = Set.of("type", "r", "w", "readRepair", "hintedHandoff");

    private ReplicationForm() {}

    /** The replication an object of the file describes, where {@code type} is its already-read type. */
    static Replication read(JsonNode node, String type) {
        return switch (type) {
            case "none" -> Replication.NONE;
            case Replication.Leaderless.TYPE -> leaderless(node);
            default -> throw new FieldException(
                    POINTER + "/type",
                    "unknown replication \"" + Text.abbreviate(type, 40) + "\"; this version of dsw knows: none, "
                            + Replication.Leaderless.TYPE);
        };
    }

    private static Replication leaderless(JsonNode node) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!LEADERLESS_FIELDS.contains(name)) {
                throw new FieldException(
                        POINTER + "/" + ValueCodec.escape(name),
                        "leaderless replication has no setting \"" + Text.abbreviate(name, 40)
                                + "\"; its settings are r, w, readRepair and hintedHandoff");
            }
        }
        int r = quorum(node, "r", "replicas a read asks");
        int w = quorum(node, "w", "replicas that must acknowledge a write");
        boolean readRepair = flag(node, "readRepair", true);
        boolean hintedHandoff = flag(node, "hintedHandoff", false);
        return new Replication.Leaderless(r, w, readRepair, hintedHandoff);
    }

    private static int quorum(JsonNode node, String name, String meaning) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
            throw new FieldException(
                    POINTER + "/" + name,
                    "leaderless replication needs \"" + name + "\", the number of " + meaning
                            + ": a whole number from 1 to the replica count, found " + ValueCodec.describe(value));
        }
        return value.intValue();
    }

    private static boolean flag(JsonNode node, String name, boolean absent) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw new FieldException(
                    POINTER + "/" + name,
                    "expected true or false for " + name + ", found " + ValueCodec.describe(value));
        }
        return value.booleanValue();
    }

    /** The object a file holds for {@code replication}; every setting is written, defaults included. */
    static ObjectNode write(Replication replication) {
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("type", replication.type());
        if (replication instanceof Replication.Leaderless quorum) {
            out.put("r", quorum.r())
                    .put("w", quorum.w())
                    .put("readRepair", quorum.readRepair())
                    .put("hintedHandoff", quorum.hintedHandoff());
        }
        return out;
    }
}
