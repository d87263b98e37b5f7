package dsw.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.session.DesignSession;
import dsw.model.Design;
import dsw.model.KeyPartitioning;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Trace;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The inspector's Keys section: shown only for a partitioned database, one row per partition with
 * its keys and its replica group, and what it shows is where the run sends each key.
 */
class KeyFieldsTest {
    private static final Pattern RANGE = Pattern.compile("k(\\d+)–k(\\d+) \\(\\d+ keys\\)");

    private final DesignSession session = new DesignSession();
    private final InspectorViewModel inspector = new InspectorViewModel(session);

    private List<String> keyRows() {
        return inspector.fields().stream()
                .filter(f -> f.section().equals(KeyFields.SECTION))
                .map(PropertyField::id)
                .toList();
    }

    private String text(String id) {
        return inspector
                .field(id)
                .orElseThrow(() -> new AssertionError("no field " + id + " in " + keyRows()))
                .textProperty()
                .get();
    }

    @Test
    void anUnpartitionedDatabaseHasNoKeysSection() {
        session.open(TestDesigns.example("quorum-reads.dsw.json"), null);
        session.selection().select("db");

        assertThat(inspector.field("prop-partitions")).isPresent();
        assertThat(keyRows()).isEmpty();
    }

    @Test
    void hashPartitionsListTheirBucketAndTheirReplicaGroup() {
        session.open(TestDesigns.partitionedQuorumReads(2, "hash", 40), null);
        session.selection().select("db");

        assertThat(keyRows()).containsExactly("keys-split", "keys-partition-0", "keys-partition-1");
        assertThat(text("keys-split")).isEqualTo("hash mod 2");
        assertThat(text("keys-partition-0")).matches("k\\d+, k\\d+, k\\d+, k\\d+, … \\(\\d+ keys\\)\ndb#1–db#3");
        assertThat(text("keys-partition-1")).matches("k\\d+, k\\d+, k\\d+, k\\d+, … \\(\\d+ keys\\)\ndb#4–db#6");
    }

    @Test
    void rangePartitionsListTheirRunOfKeys() {
        session.open(TestDesigns.partitionedQuorumReads(4, "range", 10), null);
        session.selection().select("db");

        assertThat(text("keys-split")).isEqualTo("4 ranges of k0–k9");
        assertThat(List.of(
                        text("keys-partition-0"),
                        text("keys-partition-1"),
                        text("keys-partition-2"),
                        text("keys-partition-3")))
                .containsExactly(
                        "k0–k2 (3 keys)\ndb#1–db#3",
                        "k3–k4 (2 keys)\ndb#4–db#6",
                        "k5–k7 (3 keys)\ndb#7–db#9",
                        "k8–k9 (2 keys)\ndb#10–db#12");
    }

    @Test
    void editingThePartitionsRedrawsTheSection() {
        session.open(TestDesigns.partitionedQuorumReads(2, "hash", 40), null);
        session.selection().select("db");

        assertThat(inspector.commit("prop-partitions", "3")).isTrue();

        assertThat(keyRows()).containsExactly("keys-split", "keys-partition-0", "keys-partition-1", "keys-partition-2");
        assertThat(text("keys-partition-2")).endsWith("\ndb#7–db#9");
    }

    @Test
    void theMappingShownIsTheMappingTheRunUses() {
        for (Design design : List.of(
                TestDesigns.partitionedQuorumReads(2, "hash", 40),
                TestDesigns.partitionedQuorumReads(3, "range", 40))) {
            session.open(design, null);
            session.selection().select("db");
            Map<String, Integer> rowOf = new HashMap<>();
            List<List<Integer>> shownKeys = new ArrayList<>();
            for (int p = 0; p < KeyPartitioning.partitionsOf(design.requireComponent("db")); p++) {
                String[] lines = text(KeyFields.partitionId(p)).split("\n");
                for (String instance : instancesNamedIn(lines[1])) {
                    rowOf.put(instance, p);
                }
                shownKeys.add(keysNamedIn(lines[0]));
            }
            Simulation run = Simulation.of(design);
            run.runToEnd(RunMonitor.NONE);
            Trace trace = run.trace();

            String by = design.requireComponent("db").textProperty(KeyPartitioning.PARTITION_BY);
            int requests = 0;
            int named = 0;
            for (int msg = 0; msg < trace.messageCount(); msg++) {
                String to = trace.header().processes().get(trace.messageTo(msg)).id();
                String from =
                        trace.header().processes().get(trace.messageFrom(msg)).id();
                if (trace.messageKind(msg) != MessageKind.REQUEST
                        || !rowOf.containsKey(to)
                        || rowOf.containsKey(from)) {
                    continue;
                }
                int key = trace.messageKey(msg);
                List<Integer> showing = IntStream.range(0, shownKeys.size())
                        .filter(p -> shownKeys.get(p).contains(key))
                        .boxed()
                        .toList();
                String what = by + ": k" + key + " went to " + to + " of partition " + rowOf.get(to);
                if (by.equals("range")) {
                    assertThat(showing).as(what).containsExactly(rowOf.get(to));
                } else {
                    assertThat(showing).as(what).isSubsetOf(rowOf.get(to));
                }
                requests++;
                named += showing.size();
            }
            assertThat(named).as("%s: requests for keys a row names", by).isGreaterThan(20);
            assertThat(requests).isGreaterThan(100);
        }
    }

    /** The instances a row names: "db#1, db#2", or "db#4–db#6" for a run. */
    private static List<String> instancesNamedIn(String line) {
        Matcher run = Pattern.compile("(.+)#(\\d+)–\\1#(\\d+)").matcher(line);
        if (!run.matches()) {
            return List.of(line.split(", "));
        }
        return IntStream.rangeClosed(Integer.parseInt(run.group(2)), Integer.parseInt(run.group(3)))
                .mapToObj(i -> run.group(1) + "#" + i)
                .toList();
    }

    /** The keys a row names: every key of a range, or the examples of a hash bucket. */
    private static List<Integer> keysNamedIn(String line) {
        Matcher range = RANGE.matcher(line);
        if (range.matches()) {
            List<Integer> keys = new ArrayList<>();
            for (int k = Integer.parseInt(range.group(1)); k <= Integer.parseInt(range.group(2)); k++) {
                keys.add(k);
            }
            return keys;
        }
        String examples = line.substring(0, line.indexOf(" ("));
        return Arrays.stream(examples.split(", "))
                .filter(k -> k.startsWith("k"))
                .map(k -> Integer.parseInt(k.substring(1)))
                .toList();
    }
}
