package dsw.app.inspector;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.edit.Command;
import dsw.model.edit.Edits;
import dsw.model.kind.Behavior;
import dsw.model.pattern.ComponentPatterns;
import dsw.model.pattern.ConsistencyAdvice;
import dsw.model.pattern.ConsistencyModel;
import dsw.model.pattern.Replication;
import dsw.model.pattern.Replication.Leaderless;
import dsw.model.pattern.Replication.MultiLeader;
import dsw.model.pattern.Replication.SingleLeader;
import dsw.model.pattern.Replication.SingleLeader.Failover;
import dsw.model.pattern.Replication.SingleLeader.Mode;
import dsw.model.pattern.Replication.SingleLeader.ReadFrom;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The "Replication" part of a database's or cache's property sheet: how its data is replicated
 * (none, single-leader, multi-leader, leaderless) with the chosen protocol's settings grouped
 * under it, the consistency it promises, and the advice on whether the two go together ({@link
 * AdviceFields}). Each change is one undoable edit. Thread-safe (stateless).
 */
final class ReplicationFields {
    static final String SECTION = "Replication";
    static final List<String> TYPES =
            List.of(Replication.NONE.type(), SingleLeader.TYPE, MultiLeader.TYPE, Leaderless.TYPE);

    private ReplicationFields() {}

    static List<FieldSpec> of(Component c) {
        Behavior behavior = c.kind().behavior();
        if (behavior != Behavior.DATABASE && behavior != Behavior.CACHE) {
            return List.of();
        }
        String id = c.id();
        Replication replication = c.patterns().replication();
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.choice(
                        SECTION,
                        PropertyIds.REPLICATION_TYPE,
                        "Type",
                        replication.type(),
                        TYPES,
                        (d, t) -> setType(d, id, t))
                .withDescription("How the " + c.replicas() + " instances keep copies of the data: not at all, one"
                        + " leader with followers, every instance a leader, or leaderless quorums (R and W)."));
        if (replication instanceof SingleLeader s) {
            out.addAll(singleLeader(id, s));
        } else if (replication instanceof MultiLeader m) {
            out.add(choice(
                    "resolution",
                    "Conflict resolution",
                    m.resolution(),
                    MultiLeader.Resolution.values(),
                    "How concurrent writes to one key at different leaders are reconciled.",
                    (d, t) -> {
                        MultiLeader.Resolution value = pick(MultiLeader.Resolution.values(), t, "conflict resolution");
                        return change(
                                d,
                                id,
                                MultiLeader.class,
                                x -> new MultiLeader(value),
                                n -> "Set conflict resolution of " + n + " to " + words(value));
                    }));
        } else if (replication instanceof Leaderless l) {
            out.addAll(leaderless(id, l, c.replicas()));
        }
        out.add(FieldSpec.choice(
                        SECTION,
                        PropertyIds.CONSISTENCY,
                        "Promise",
                        ConsistencyAdvice.words(c.patterns().consistency()),
                        Arrays.stream(ConsistencyModel.values())
                                .map(ConsistencyAdvice::words)
                                .toList(),
                        (d, t) -> setPromise(d, id, t))
                .withDescription("The consistency clients may count on, from none to linearizable. dsw says"
                        + " below whether the replication settings can keep it."));
        out.addAll(AdviceFields.of(c));
        return out;
    }

    private static List<FieldSpec> singleLeader(String id, SingleLeader s) {
        List<FieldSpec> out = new ArrayList<>();
        out.add(choice(
                "mode",
                "Mode",
                s.mode(),
                Mode.values(),
                "When the leader acknowledges a write: after every follower holds it (synchronous), at once"
                        + " (asynchronous) or after one follower (semi-synchronous).",
                (d, t) -> {
                    Mode value = pick(Mode.values(), t, "mode");
                    return change(
                            d,
                            id,
                            SingleLeader.class,
                            x -> new SingleLeader(value, x.readFrom(), x.failover(), x.failoverTimeout(), x.fencing()),
                            n -> "Set replication mode of " + n + " to " + words(value));
                }));
        out.add(choice(
                "readFrom",
                "Reads from",
                s.readFrom(),
                ReadFrom.values(),
                "Which instances answer reads: only the leader, or any follower from what it holds.",
                (d, t) -> {
                    ReadFrom value = pick(ReadFrom.values(), t, "choice of reads");
                    return change(
                            d,
                            id,
                            SingleLeader.class,
                            x -> new SingleLeader(x.mode(), value, x.failover(), x.failoverTimeout(), x.fencing()),
                            n -> "Set " + n + " to read from "
                                    + (value == ReadFrom.LEADER ? "the leader" : "followers"));
                }));
        out.add(choice(
                "failover",
                "Failover",
                s.failover(),
                Failover.values(),
                "What happens when the leader stops answering: nothing until an operator promotes a follower"
                        + " (manual), or a follower takes over after the failover timeout (automatic).",
                (d, t) -> {
                    Failover value = pick(Failover.values(), t, "failover");
                    return change(
                            d,
                            id,
                            SingleLeader.class,
                            x -> new SingleLeader(x.mode(), x.readFrom(), value, x.failoverTimeout(), x.fencing()),
                            n -> "Set failover of " + n + " to " + words(value));
                }));
        if (s.failover() == Failover.AUTOMATIC) {
            out.add(setting(
                            "failoverTimeout",
                            "Failover timeout",
                            FieldKind.TEXT,
                            Micros.format(s.failoverTimeout()),
                            "How long followers wait for the leader's heartbeat before the first of them takes"
                                    + " over. A duration such as 250ms or 1.5s.",
                            (d, t) -> {
                                long value = Micros.parse(t == null ? "" : t.strip());
                                if (value <= 0) {
                                    throw new IllegalArgumentException("the failover timeout must be longer than 0");
                                }
                                return change(
                                        d,
                                        id,
                                        SingleLeader.class,
                                        x -> new SingleLeader(x.mode(), x.readFrom(), x.failover(), value, x.fencing()),
                                        n -> "Set failover timeout of " + n + " to " + Micros.format(value));
                            })
                    .withPrompt("500ms"));
        }
        out.add(toggle(
                id,
                "fencing",
                "Fencing",
                s.fencing(),
                "A new leader's term fences the old one: writes from an older term are refused, so a deposed"
                        + " leader cannot accept writes (no split brain).",
                (x, on) -> new SingleLeader(x.mode(), x.readFrom(), x.failover(), x.failoverTimeout(), on),
                SingleLeader.class));
        return out;
    }

    private static List<FieldSpec> leaderless(String id, Leaderless l, int replicas) {
        List<FieldSpec> out = new ArrayList<>();
        out.add(quorum(id, "r", "R (reads)", l.r(), replicas, "How many replicas must answer a read."));
        out.add(quorum(id, "w", "W (writes)", l.w(), replicas, "How many replicas must store a write."));
        out.add(toggle(
                id,
                "readRepair",
                "Read repair",
                l.readRepair(),
                "After a read, send the newest version to the replicas that answered an older one.",
                (x, on) -> new Leaderless(x.r(), x.w(), on, x.hintedHandoff()),
                Leaderless.class));
        out.add(toggle(
                id,
                "hintedHandoff",
                "Hinted handoff",
                l.hintedHandoff(),
                "Keep a write a replica did not acknowledge in time and deliver it when that replica answers"
                        + " again. The hint does not count towards W.",
                (x, on) -> new Leaderless(x.r(), x.w(), x.readRepair(), on),
                Leaderless.class));
        return out;
    }

    private static FieldSpec quorum(String id, String key, String label, int value, int replicas, String about) {
        String name = key.toUpperCase(Locale.ROOT);
        return setting(
                        key,
                        label,
                        FieldKind.TEXT,
                        Integer.toString(value),
                        about + " Between 1 and the replica count, " + replicas + ".",
                        (d, t) -> {
                            int n = d.requireComponent(id).replicas();
                            int count = count(name, t, n);
                            return change(
                                    d,
                                    id,
                                    Leaderless.class,
                                    x -> key.equals("r")
                                            ? new Leaderless(count, x.w(), x.readRepair(), x.hintedHandoff())
                                            : new Leaderless(x.r(), count, x.readRepair(), x.hintedHandoff()),
                                    c -> "Set " + name + " of " + c + " to " + count);
                        })
                .withUnit("of " + replicas);
    }

    /** R or W as typed, between 1 and the replica count. */
    static int count(String name, String text, int replicas) {
        String t = text == null ? "" : text.strip();
        String range = name + " must be a whole number from 1 to " + replicas + " (the replica count)";
        int value;
        try {
            value = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(range + ", not \"" + Text.abbreviate(t, 20) + "\"", e);
        }
        if (value < 1 || value > replicas) {
            throw new IllegalArgumentException(range + ", not " + value);
        }
        return value;
    }

    private static <T extends Replication> FieldSpec toggle(
            String id,
            String key,
            String label,
            boolean on,
            String description,
            ToggleChange<T> change,
            Class<T> type) {
        return setting(key, label, FieldKind.CHECK, Boolean.toString(on), description, (d, t) -> {
            boolean value = Boolean.parseBoolean(t == null ? "" : t.strip());
            return change(
                    d,
                    id,
                    type,
                    x -> change.apply(x, value),
                    n -> "Switch " + (value ? "on " : "off ") + Wording.lower(label) + " on " + n);
        });
    }

    /** A protocol with one switch set. */
    @FunctionalInterface
    private interface ToggleChange<T extends Replication> {
        Replication apply(T replication, boolean on);
    }

    private static <E extends Enum<E>> FieldSpec choice(
            String key, String label, E value, E[] values, String description, FieldEdit edit) {
        return FieldSpec.choice(
                        SECTION,
                        PropertyIds.replication(key),
                        label,
                        words(value),
                        Arrays.stream(values).map(ReplicationFields::words).toList(),
                        edit)
                .withDescription(description)
                .withGroup(PropertyIds.REPLICATION_TYPE);
    }

    private static FieldSpec setting(
            String key, String label, FieldKind kind, String text, String description, FieldEdit edit) {
        return FieldSpec.editable(SECTION, PropertyIds.replication(key), label, kind, text, edit)
                .withDescription(description)
                .withGroup(PropertyIds.REPLICATION_TYPE);
    }

    /** A setting in the sheet's words: "semi-synchronous", "last writer wins", "CRDT counter". */
    static String words(Enum<?> value) {
        return value.name()
                .toLowerCase(Locale.ROOT)
                .replace("semi_", "semi-")
                .replace('_', ' ')
                .replace("crdt", "CRDT");
    }

    private static <E extends Enum<E>> E pick(E[] values, String text, String what) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values)
                .filter(v -> Wording.sameWord(words(v), t) || Wording.sameWord(v.name(), t.replace('-', '_')))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no " + what + " called \""
                        + Text.abbreviate(t, 40) + "\"; choose "
                        + String.join(
                                ", ",
                                Arrays.stream(values)
                                        .map(ReplicationFields::words)
                                        .toList())));
    }

    private static <T extends Replication> Optional<Command> change(
            Design design,
            String id,
            Class<T> type,
            Function<T, Replication> change,
            Function<String, String> description) {
        Component c = design.requireComponent(id);
        Replication current = c.patterns().replication();
        if (!type.isInstance(current)) {
            throw new IllegalArgumentException(c.name() + " no longer uses this replication");
        }
        Replication next = change.apply(type.cast(current));
        if (next.equals(current)) {
            return Optional.empty();
        }
        return Optional.of(setReplication(design, c, next, description.apply(c.name())));
    }

    private static Optional<Command> setType(Design design, String id, String text) {
        Component c = design.requireComponent(id);
        String t = text == null ? "" : text.strip();
        String type = TYPES.stream()
                .filter(x -> Wording.sameWord(x, t))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no replication called \""
                        + Text.abbreviate(t, 40) + "\"; choose " + String.join(", ", TYPES)));
        if (type.equals(c.patterns().replication().type())) {
            return Optional.empty();
        }
        int majority = c.replicas() / 2 + 1;
        Replication next =
                switch (type) {
                    case SingleLeader.TYPE -> new SingleLeader(Mode.ASYNCHRONOUS);
                    case MultiLeader.TYPE -> new MultiLeader(MultiLeader.Resolution.LAST_WRITER_WINS);
                    case Leaderless.TYPE -> new Leaderless(majority, majority);
                    default -> Replication.NONE;
                };
        return Optional.of(setReplication(design, c, next, "Set replication of " + c.name() + " to " + type));
    }

    private static Optional<Command> setPromise(Design design, String id, String text) {
        Component c = design.requireComponent(id);
        String t = text == null ? "" : text.strip();
        ConsistencyModel promise = Arrays.stream(ConsistencyModel.values())
                .filter(m -> Wording.sameWord(ConsistencyAdvice.words(m), t) || Wording.sameWord(m.fileName(), t))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no promise called \"" + Text.abbreviate(t, 40)
                        + "\"; choose one from none to linearizable"));
        if (promise == c.patterns().consistency()) {
            return Optional.empty();
        }
        return Optional.of(Edits.updateComponent(
                design,
                id,
                x -> x.withPatterns(new ComponentPatterns(
                        x.patterns().replication(), promise, x.patterns().enabled())),
                "Set the promise of " + c.name() + " to " + ConsistencyAdvice.words(promise)));
    }

    /** Replaces the replication of {@code c}: one undoable edit called {@code description}. */
    static Command setReplication(Design design, Component c, Replication next, String description) {
        return Edits.updateComponent(
                design,
                c.id(),
                x -> x.withPatterns(new ComponentPatterns(
                        next, x.patterns().consistency(), x.patterns().enabled())),
                description);
    }
}
