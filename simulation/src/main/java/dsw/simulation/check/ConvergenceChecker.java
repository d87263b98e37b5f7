package dsw.simulation.check;

import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.ReplicaState;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Eventual consistency as convergence: compares what the replicas of each replica group held at
 * the end of a run (the trace's {@code replica-state} events) and says whether they hold the same
 * values, or names the first component, key and instances (in name order) where they differ. The
 * answer is unknown when the run ended while a replica was down, paused or cut off from its group,
 * or less than {@link #SETTLE} after the last write to the component or the last change of a fault.
 * Stateless, thread-safe.
 */
public final class ConvergenceChecker {
    /** How long replicas get, after the last write and the last fault change, before they must agree. */
    public static final long SETTLE = 2 * Micros.PER_SECOND;

    /** One replica's data at the end of a run: component, replica group, instance, key to values, and its event. Immutable. */
    public record ReplicaSnapshot(
            String component, int group, String instance, SortedMap<Integer, List<Long>> data, int seq) {
        public ReplicaSnapshot {
            data = new TreeMap<>(data);
        }
    }

    /** Where replicas differ: each instance's values of the key (empty when it lacks the key), and a sentence. */
    public record Divergence(
            String component, int key, SortedMap<String, Optional<List<Long>>> values, String sentence) {
        /** The two instances the sentence names: the first, and the first that holds something else. */
        public List<String> named() {
            String first = values.firstKey();
            String other = values.entrySet().stream()
                    .filter(e -> !e.getValue().equals(values.get(first)))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            return List.of(first, other);
        }
    }

    /**
     * The answer for a run: converged (OK), diverged (VIOLATION) or unknown, with a sentence that
     * says why, and the {@code replica-state} events that show it (those of the instances that
     * differ, for a divergence). Immutable.
     */
    public record Convergence(Verdict verdict, String sentence, List<Integer> events) {
        public Convergence {
            events = List.copyOf(events);
        }

        /**
         * The verdict for eventual consistency given also what the clients' reads found: broken when
         * either is, else this answer (the replicas are what eventual consistency is about).
         */
        public Verdict with(Verdict reads) {
            return reads == Verdict.VIOLATION ? Verdict.VIOLATION : verdict;
        }
    }

    private ConvergenceChecker() {}

    /** The run's answer; empty when the trace records no replica's state (no replicated component, or the run has not ended). */
    public static Optional<Convergence> check(Trace trace) {
        List<ReplicaSnapshot> snapshots = snapshots(trace);
        if (snapshots.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> unsettled = unsettled(trace, snapshots);
        if (unsettled.isPresent()) {
            return Optional.of(new Convergence(Verdict.UNKNOWN, unsettled.get(), List.of()));
        }
        Optional<Divergence> divergence = divergence(snapshots);
        if (divergence.isPresent()) {
            Divergence d = divergence.get();
            List<Integer> events = snapshots.stream()
                    .filter(s ->
                            s.component().equals(d.component()) && d.named().contains(s.instance()))
                    .map(ReplicaSnapshot::seq)
                    .toList();
            return Optional.of(new Convergence(Verdict.VIOLATION, d.sentence(), events));
        }
        return Optional.of(new Convergence(Verdict.OK, agreed(snapshots), List.of()));
    }

    /** Every {@code replica-state} event of the trace, in trace order. */
    public static List<ReplicaSnapshot> snapshots(Trace trace) {
        List<ReplicaSnapshot> snapshots = new ArrayList<>();
        for (int seq = 0; seq < trace.size(); seq++) {
            if (trace.type(seq) == EventType.LOCAL && trace.decision(seq) == Decision.REPLICA_STATE) {
                ReplicaState state = trace.replicaState(seq).orElseThrow();
                int process = trace.process(seq);
                snapshots.add(new ReplicaSnapshot(
                        trace.header().processes().get(process).component(),
                        state.group(),
                        trace.header().processName(process),
                        state.data(),
                        seq));
            }
        }
        return snapshots;
    }

    /** The first place, by component, group, key and instance, where the replicas of a group differ; empty when they converged. */
    public static Optional<Divergence> divergence(List<ReplicaSnapshot> snapshots) {
        SortedMap<String, SortedMap<Integer, SortedMap<String, SortedMap<Integer, List<Long>>>>> groups =
                new TreeMap<>();
        for (ReplicaSnapshot s : snapshots) {
            groups.computeIfAbsent(s.component(), c -> new TreeMap<>())
                    .computeIfAbsent(s.group(), g -> new TreeMap<>())
                    .put(s.instance(), s.data());
        }
        for (Map.Entry<String, SortedMap<Integer, SortedMap<String, SortedMap<Integer, List<Long>>>>> component :
                groups.entrySet()) {
            for (SortedMap<String, SortedMap<Integer, List<Long>>> group :
                    component.getValue().values()) {
                TreeSet<Integer> keys = new TreeSet<>();
                group.values().forEach(data -> keys.addAll(data.keySet()));
                for (int key : keys) {
                    SortedMap<String, Optional<List<Long>>> values = new TreeMap<>();
                    group.forEach((instance, data) -> values.put(instance, Optional.ofNullable(data.get(key))));
                    if (values.values().stream().distinct().count() > 1) {
                        return Optional.of(new Divergence(component.getKey(), key, values, sentence(key, values)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "at the end of the run db#1 holds k3 = 7 but db#3 holds 5", the first instance against the first that differs. */
    private static String sentence(int key, SortedMap<String, Optional<List<Long>>> values) {
        List<String> named = new Divergence("", key, values, "").named();
        String k = "k" + key;
        return "at the end of the run " + named.get(0)
                + values.get(named.get(0))
                        .map(v -> " holds " + k + " = " + show(v))
                        .orElse(" does not hold " + k)
                + " but " + named.get(1)
                + values.get(named.get(1)).map(v -> " holds " + show(v)).orElse(" does not hold it");
    }

    private static String show(List<Long> values) {
        return values.size() == 1
                ? values.get(0).toString()
                : values.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
    }

    /** Why the replicas cannot be judged yet, or empty when faults had healed and writes stopped long enough before the end. */
    private static Optional<String> unsettled(Trace trace, List<ReplicaSnapshot> snapshots) {
        TreeSet<String> components =
                snapshots.stream().map(ReplicaSnapshot::component).collect(Collectors.toCollection(TreeSet::new));
        long end = trace.time(snapshots.get(snapshots.size() - 1).seq());
        Map<Integer, String> stillDown = new LinkedHashMap<>();
        long lastWrite = -1;
        long lastFault = -1;
        String lastFaultLabel = "";
        for (int seq = 0; seq < trace.size(); seq++) {
            EventType type = trace.type(seq);
            int process = trace.process(seq);
            if (type == EventType.FAULT) {
                lastFault = trace.time(seq);
                lastFaultLabel = String.valueOf(trace.detail(seq));
                continue;
            }
            if (process < 0
                    || !components.contains(
                            trace.header().processes().get(process).component())) {
                continue;
            }
            switch (type) {
                case CRASH -> stillDown.put(process, "crashed at " + seconds(trace.time(seq)));
                case PAUSE -> stillDown.putIfAbsent(process, "paused at " + seconds(trace.time(seq)));
                case RECOVER, RESUME -> {
                    stillDown.remove(process);
                    lastFault = Math.max(lastFault, trace.time(seq));
                    lastFaultLabel = trace.header().processName(process)
                            + (type == EventType.RECOVER ? " recovered" : " resumed");
                }
                case RECEIVE -> {
                    int msg = trace.message(seq);
                    if (trace.messageKind(msg) == MessageKind.REQUEST && isWrite(trace.messageOperation(msg))) {
                        lastWrite = trace.time(seq);
                    }
                }
                default -> {}
            }
        }
        if (!stillDown.isEmpty()) {
            Map.Entry<Integer, String> down = stillDown.entrySet().iterator().next();
            return Optional.of("the run ended while " + trace.header().processName(down.getKey()) + " was still "
                    + (down.getValue().startsWith("crashed") ? "down" : "paused") + " (" + down.getValue()
                    + "), so its replica group cannot be compared");
        }
        Optional<ReplicaSnapshot> mostCut = snapshots.stream()
                .filter(s -> !unreachable(trace, s).isEmpty())
                .max(Comparator.comparingInt(
                                (ReplicaSnapshot s) -> unreachable(trace, s).size())
                        .thenComparing(s -> -s.seq()));
        if (mostCut.isPresent()) {
            ReplicaSnapshot s = mostCut.get();
            return Optional.of("the run ended while a partition still cut " + s.instance() + " off from "
                    + String.join(" and ", unreachable(trace, s))
                    + "; heal it before the end to compare the replicas");
        }
        if (lastWrite >= 0 && end - lastWrite < SETTLE && lastWrite >= lastFault) {
            return Optional.of("writes continued until " + seconds(lastWrite) + "; the run ended at " + seconds(end)
                    + ", before replicas could settle (they get " + seconds(SETTLE) + " after the last write)");
        }
        if (lastFault >= 0 && end - lastFault < SETTLE) {
            return Optional.of("the last fault changed at " + seconds(lastFault) + " (" + lastFaultLabel
                    + "); the run ended at " + seconds(end) + ", before replicas could settle (they get "
                    + seconds(SETTLE) + " after it)");
        }
        return Optional.empty();
    }

    private static List<String> unreachable(Trace trace, ReplicaSnapshot snapshot) {
        return trace.replicaState(snapshot.seq()).orElseThrow().unreachable();
    }

    private static boolean isWrite(Operation operation) {
        return operation == Operation.WRITE || operation == Operation.INCREMENT || operation == Operation.DELETE;
    }

    /** "the 3 replicas of orders-db held the same values of 5 keys", per component. */
    private static String agreed(List<ReplicaSnapshot> snapshots) {
        Map<String, List<ReplicaSnapshot>> byComponent = snapshots.stream()
                .collect(Collectors.groupingBy(ReplicaSnapshot::component, TreeMap::new, Collectors.toList()));
        return "at the end of the run "
                + byComponent.entrySet().stream()
                        .map(e -> {
                            long groups = e.getValue().stream()
                                    .mapToInt(ReplicaSnapshot::group)
                                    .distinct()
                                    .count();
                            long keys = e.getValue().stream()
                                    .flatMap(s -> s.data().keySet().stream().map(k -> s.group() + ":" + k))
                                    .distinct()
                                    .count();
                            return "the " + e.getValue().size() + " replicas of " + e.getKey()
                                    + (groups > 1 ? " (in " + groups + " replica groups)" : "")
                                    + " held the same values of " + Text.count(keys, "key");
                        })
                        .collect(Collectors.joining("; "));
    }

    private static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.1f s", micros / (double) Micros.PER_SECOND);
    }
}
