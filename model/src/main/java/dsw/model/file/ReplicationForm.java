package dsw.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsw.model.json.FieldException;
import dsw.model.json.ValueCodec;
import dsw.model.pattern.Replication;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The file form of a component's {@code "replication"}: {@code {"type": "none"}}, {@code {"type":
 * "single-leader", "mode": "asynchronous", "readFrom": "leader", "failover": "automatic",
 * "failoverTimeout": "500ms", "fencing": true}}, {@code {"type": "multi-leader", "resolution":
 * "last-writer-wins"}} or {@code {"type": "leaderless", "r": 2, "w": 2, "readRepair": true,
 * "hintedHandoff": false}}. Thread-safe (stateless).
 */
final class ReplicationForm {
    private static final String POINTER = "/patterns/replication";
    private static final Set<String> LEADERLESS_FIELDS = Set.of("type", "r", "w", "readRepair", "hintedHandoff");
    private static final Set<String> SINGLE_LEADER_FIELDS =
            Set.of("type", "mode", "readFrom", "failover", "failoverTimeout", "fencing");
    private static final Set<String> MULTI_LEADER_FIELDS = Set.of("type", "resolution");

    private ReplicationForm() {}

    /** The replication an object of the file describes, where {@code type} is its already-read type. */
    static Replication read(JsonNode node, String type) {
        return switch (type) {
            case "none" -> Replication.NONE;
            case Replication.SingleLeader.TYPE -> singleLeader(node);
            case Replication.MultiLeader.TYPE -> multiLeader(node);
            case Replication.Leaderless.TYPE -> leaderless(node);
            default -> throw new FieldException(
                    POINTER + "/type",
                    "unknown replication \"" + Text.abbreviate(type, 40) + "\"; this version of dsw knows: none, "
                            + Replication.SingleLeader.TYPE + ", " + Replication.MultiLeader.TYPE + ", "
                            + Replication.Leaderless.TYPE);
        };
    }

    private static Replication singleLeader(JsonNode node) {
        onlyFields(
                node, "single-leader", SINGLE_LEADER_FIELDS, "mode, readFrom, failover, failoverTimeout and fencing");
        Replication.SingleLeader.Mode mode = choice(
                node, "mode", Replication.SingleLeader.Mode.values(), Replication.SingleLeader.Mode.ASYNCHRONOUS);
        Replication.SingleLeader.ReadFrom readFrom = choice(
                node, "readFrom", Replication.SingleLeader.ReadFrom.values(), Replication.SingleLeader.ReadFrom.LEADER);
        Replication.SingleLeader.Failover failover = choice(
                node,
                "failover",
                Replication.SingleLeader.Failover.values(),
                Replication.SingleLeader.Failover.AUTOMATIC);
        long timeout = duration(node, "failoverTimeout", Replication.SingleLeader.DEFAULT_FAILOVER_TIMEOUT);
        boolean fencing = flag(node, "fencing", true);
        return new Replication.SingleLeader(mode, readFrom, failover, timeout, fencing);
    }

    private static Replication multiLeader(JsonNode node) {
        onlyFields(node, "multi-leader", MULTI_LEADER_FIELDS, "resolution");
        return new Replication.MultiLeader(choice(
                node,
                "resolution",
                Replication.MultiLeader.Resolution.values(),
                Replication.MultiLeader.Resolution.LAST_WRITER_WINS));
    }

    private static Replication leaderless(JsonNode node) {
        onlyFields(node, "leaderless", LEADERLESS_FIELDS, "r, w, readRepair and hintedHandoff");
        int r = quorum(node, "r", "replicas a read asks");
        int w = quorum(node, "w", "replicas that must acknowledge a write");
        boolean readRepair = flag(node, "readRepair", true);
        boolean hintedHandoff = flag(node, "hintedHandoff", false);
        return new Replication.Leaderless(r, w, readRepair, hintedHandoff);
    }

    private static void onlyFields(JsonNode node, String type, Set<String> fields, String settings) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new FieldException(
                        POINTER + "/" + ValueCodec.escape(name),
                        type + " replication has no setting \"" + Text.abbreviate(name, 40) + "\"; its settings are "
                                + settings);
            }
        }
    }

    private static <E extends Enum<E>> E choice(JsonNode node, String name, E[] values, E absent) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return absent;
        }
        String names = Arrays.stream(values).map(ReplicationForm::fileName).collect(Collectors.joining(", "));
        if (!value.isTextual()) {
            throw new FieldException(
                    POINTER + "/" + name,
                    "expected one of " + names + " for " + name + ", found " + ValueCodec.describe(value));
        }
        return Arrays.stream(values)
                .filter(v -> fileName(v).equals(value.textValue()))
                .findFirst()
                .orElseThrow(() -> new FieldException(
                        POINTER + "/" + name,
                        "unknown " + name + " \"" + Text.abbreviate(value.textValue(), 40) + "\"; expected one of "
                                + names));
    }

    private static String fileName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static long duration(JsonNode node, String name, long absent) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return absent;
        }
        try {
            long micros = value.isTextual() ? Micros.parse(value.textValue()) : -1;
            if (micros > 0) {
                return micros;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the value found
        }
        throw new FieldException(
                POINTER + "/" + name,
                "expected a positive duration such as \"500ms\" for " + name + ", found " + ValueCodec.describe(value));
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
        } else if (replication instanceof Replication.SingleLeader leader) {
            out.put("mode", leader.mode().fileName())
                    .put("readFrom", leader.readFrom().fileName())
                    .put("failover", leader.failover().fileName())
                    .put("failoverTimeout", Micros.format(leader.failoverTimeout()))
                    .put("fencing", leader.fencing());
        } else if (replication instanceof Replication.MultiLeader multi) {
            out.put("resolution", multi.resolution().fileName());
        }
        return out;
    }
}
