package dsw.simulation.behavior;

import dsw.model.Component;
import dsw.model.pattern.Replication;
import dsw.model.pattern.Replication.MultiLeader.Resolution;
import dsw.model.trace.Decision;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.value.Micros;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.KeyState;
import dsw.simulation.message.LeaderSync;
import dsw.simulation.message.Message;
import dsw.simulation.message.PeerWrite;
import dsw.simulation.message.Request;
import dsw.simulation.message.Timer;
import dsw.simulation.message.VersionVector;
import dsw.simulation.message.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One instance of a database or cache under multi-leader replication. Every instance is a leader:
 * it answers the reads and writes it receives at once from what it holds, and sends each key it
 * wrote to its peers ({@link PeerWrite}); every {@link #SYNC_INTERVAL} it also sends them the
 * state of every key it holds ({@link LeaderSync}, anti-entropy), so replicas converge after a
 * partition heals. Concurrent writes at different leaders are reconciled by the resolution: the
 * later physical-clock stamp wins (last writer wins), concurrent versions are kept as siblings, or
 * the key is a grow-only counter or set. A delete is a tombstone that replicates and merges like a
 * write (last writer wins, siblings); a grow-only counter or set refuses it. Not thread-safe.
 */
final class MultiLeaderReplica {
    /** How often a replica sends its whole state to its peers. */
    static final long SYNC_INTERVAL = Micros.PER_SECOND;

    /** How a request is answered: status, value bytes, and the value read (or null). */
    record Reply(Status status, int valueBytes, Versioned data) {
        static final Reply OK = new Reply(Status.OK, 0, null);
        static final Reply REJECTED = new Reply(Status.REJECTED, 0, null);
        static final Reply NOT_FOUND = new Reply(Status.NOT_FOUND, 0, null);
    }

    private final Resolution resolution;
    private final Topology topology;
    /** This replica's instance, from 1 (stamps and names) ... */
    private final int instance;
    /** ... and its place in version vectors, from 0. */
    private final int slot;

    private final int[] members;
    private final int[] peers;
    /** By key, in key order so that a sync lists keys the same way every run. */
    private final Map<Integer, KeyState> data = new TreeMap<>();

    private MultiLeaderReplica(Topology topology, int process, Resolution resolution) {
        this.resolution = resolution;
        this.topology = topology;
        this.instance = topology.process(process).instance();
        this.slot = instance - 1;
        this.members = ReplicaGroup.members(topology, process);
        this.peers = ReplicaGroup.peers(topology, process);
    }

    /** The replica protocol {@code process} runs when its component is replicated multi-leader, else null. */
    static MultiLeaderReplica of(Topology topology, int process) {
        return topology.componentOf(process).patterns().replication() instanceof Replication.MultiLeader m
                ? new MultiLeaderReplica(topology, process, m.resolution())
                : null;
    }

    /** Whether {@code component} counts increments itself (a CRDT counter), so callers send them as they are. */
    static boolean countsIncrements(Component component) {
        return component.patterns().replication() instanceof Replication.MultiLeader m
                && m.resolution() == Resolution.CRDT_COUNTER;
    }

    /** Starts the anti-entropy rounds (again after a recovery). */
    void start(Node node) {
        node.setTimer(SYNC_INTERVAL, new Timer.AntiEntropy());
    }

    /** Answers a read, write or increment this replica received, and sends a write on to the peers. */
    Reply accept(Node node, Message body) {
        if (body.operation() == Operation.READ) {
            return read(node, body.key());
        }
        KeyState written = write(node, body);
        if (written == null) {
            node.local("k" + body.key() + " " + refusal(body.operation()) + ": "
                    + ServerHandler.describe(body.operation(), body.key()) + " refused");
            return Reply.REJECTED;
        }
        KeyState held = merge(node, written, true);
        for (int peer : peers) {
            node.sendToPeer(peer, new PeerWrite(body.request(), held));
        }
        return Reply.OK;
    }

    /** Why a CRDT refuses {@code operation}. */
    private String refusal(Operation operation) {
        String crdt = resolution == Resolution.CRDT_COUNTER ? "counter" : "set";
        if (operation == Operation.DELETE) {
            return "is a grow-only " + crdt + ", which the next sync would grow back";
        }
        return "takes " + (resolution == Resolution.CRDT_COUNTER ? "increments" : "writes") + " only";
    }

    /**
     * The new state of the key after {@code body}, before merging it with what this replica holds;
     * null when refused. A delete is a tombstone: stamped under last writer wins, superseding every
     * version this replica has seen under siblings; a grow-only counter or set refuses it.
     */
    private KeyState write(Node node, Message body) {
        int key = body.key();
        KeyState old = data.get(key);
        boolean increment = body.operation() == Operation.INCREMENT;
        boolean delete = body.operation() == Operation.DELETE;
        Versioned based = body instanceof Request request ? request.data() : null;
        return switch (resolution) {
            case LAST_WRITER_WINS -> {
                if (delete) {
                    yield KeyState.Lww.tombstone(key, body.request(), node.physicalTime(), instance, node.now());
                }
                long value = based != null ? based.value() : body.request();
                if (increment) {
                    value = old instanceof KeyState.Lww held && !held.deleted() ? held.value() + 1 : 1;
                }
                yield new KeyState.Lww(
                        key, value, body.request(), body.size(), node.physicalTime(), instance, node.now());
            }
            case SIBLINGS -> {
                KeyState.Siblings held = old instanceof KeyState.Siblings s ? s : new KeyState.Siblings(key, List.of());
                VersionVector seen = held.context().merge(based == null ? VersionVector.EMPTY : based.context());
                if (delete) {
                    yield new KeyState.Siblings(key, List.of(KeyState.Sibling.tombstone(seen.tick(slot))));
                }
                long value = based != null ? based.value() : body.request();
                if (increment) {
                    value = held.values().stream()
                                    .mapToLong(Long::longValue)
                                    .max()
                                    .orElse(0)
                            + 1;
                }
                yield new KeyState.Siblings(key, List.of(new KeyState.Sibling(value, body.size(), seen.tick(slot))));
            }
            case CRDT_COUNTER -> {
                if (!increment) {
                    yield null; // a write, or a delete: see refusal
                }
                VersionVector counts = old instanceof KeyState.Counter c ? c.counts() : VersionVector.EMPTY;
                yield new KeyState.Counter(key, counts.tick(slot));
            }
            case CRDT_SET -> increment || delete ? null : new KeyState.Members(key, List.of((long) body.request()));
        };
    }

    private Reply read(Node node, int key) {
        KeyState held = data.get(key);
        if (held == null) {
            return Reply.NOT_FOUND;
        }
        if (held instanceof KeyState.Lww w) {
            if (w.deleted()) {
                return Reply.NOT_FOUND;
            }
            return new Reply(Status.OK, w.size(), new Versioned(w.value(), w.stamp()));
        }
        if (held instanceof KeyState.Counter c) {
            long total = c.counts().total();
            return new Reply(Status.OK, Long.BYTES, new Versioned(total, total));
        }
        if (held instanceof KeyState.Members m) {
            int size = m.values().size();
            return new Reply(Status.OK, m.bytes(), new Versioned(size, size, m.values(), VersionVector.EMPTY));
        }
        KeyState.Siblings s = (KeyState.Siblings) held;
        List<Long> values = s.values();
        if (values.isEmpty()) {
            return Reply.NOT_FOUND;
        }
        if (values.size() > 1) {
            node.decide(
                    Decision.SIBLINGS,
                    "k" + key + " has " + values.size() + " siblings: "
                            + String.join(
                                    ", ", values.stream().map(String::valueOf).toList()));
        }
        long largest = values.stream().mapToLong(Long::longValue).max().orElse(0);
        int bytes = s.versions().stream().mapToInt(KeyState.Sibling::size).sum();
        VersionVector context = s.context();
        return new Reply(Status.OK, bytes, new Versioned(largest, context.total(), values, context));
    }

    /** A peer's write or sync: merges every state it carries. False for other messages. */
    boolean onMessage(Node node, Envelope envelope) {
        if (envelope.body() instanceof PeerWrite write) {
            merge(node, write.state(), false);
        } else if (envelope.body() instanceof LeaderSync sync) {
            sync.states().forEach(state -> merge(node, state, false));
        } else {
            return false;
        }
        return true;
    }

    /** Anti-entropy: sends every key held to every peer, then waits for the next round. */
    void sync(Node node) {
        if (!data.isEmpty()) {
            List<KeyState> states = new ArrayList<>(data.values());
            for (int peer : peers) {
                node.sendToPeer(peer, new LeaderSync(states));
            }
        }
        node.setTimer(SYNC_INTERVAL, new Timer.AntiEntropy());
    }

    /**
     * Merges {@code offered} into what this replica holds for its key and returns the result. Under
     * last writer wins, notes a write this replica accepted that loses to one written earlier in
     * real time ({@code local}: {@code offered} was just accepted here).
     */
    private KeyState merge(Node node, KeyState offered, boolean local) {
        KeyState old = data.get(offered.key());
        if (old == null) {
            data.put(offered.key(), offered);
            return offered;
        }
        if (old instanceof KeyState.Lww held && offered instanceof KeyState.Lww fresh) {
            if (local && held.beats(fresh)) {
                noteDiscarded(node, fresh, held);
            } else if (!local && fresh.beats(held) && held.instance() == instance) {
                noteDiscarded(node, held, fresh);
            }
        }
        KeyState merged = old.merge(offered);
        data.put(offered.key(), merged);
        return merged;
    }

    /** Records that {@code lost}, accepted here, was discarded for {@code won} although {@code won} happened first. */
    private void noteDiscarded(Node node, KeyState.Lww lost, KeyState.Lww won) {
        if (lost.acceptedAt() <= won.acceptedAt()) {
            return; // the earlier write lost to a later one: last writer wins as meant
        }
        node.decide(
                Decision.LWW_DISCARDED,
                "k" + lost.key() + ": write of request " + lost.request() + " at " + Micros.humanize(lost.acceptedAt())
                        + " discarded; request " + won.request() + "'s stamp " + Micros.humanize(won.stamp())
                        + " (clock of " + name(won.instance()) + ", " + offset(won.stamp() - won.acceptedAt())
                        + ") wins over " + Micros.humanize(lost.stamp()));
    }

    private static String offset(long ahead) {
        if (ahead == 0) {
            return "right";
        }
        return Micros.humanize(Math.abs(ahead)) + (ahead > 0 ? " ahead" : " behind");
    }

    private String name(int of) {
        return topology.process(members[of - 1]).id();
    }

    /**
     * What this replica holds, as a read here would answer it, keys ascending: a value (last
     * writer wins), the siblings' values, a counter's total or a set's members, values ascending.
     * A deleted key (only tombstones) is absent.
     */
    SortedMap<Integer, List<Long>> held() {
        SortedMap<Integer, List<Long>> held = new TreeMap<>();
        data.forEach((key, state) -> {
            List<Long> values = values(state);
            if (!values.isEmpty()) {
                held.put(key, values);
            }
        });
        return held;
    }

    private static List<Long> values(KeyState state) {
        if (state instanceof KeyState.Lww w) {
            return w.deleted() ? List.of() : List.of(w.value());
        }
        if (state instanceof KeyState.Counter c) {
            return List.of(c.counts().total());
        }
        if (state instanceof KeyState.Members m) {
            return m.values().stream().sorted().toList();
        }
        return ((KeyState.Siblings) state).values().stream().sorted().toList();
    }

    /** A crash of a cache loses its data; a database keeps it. */
    void onCrash(boolean volatileData) {
        if (volatileData) {
            data.clear();
        }
    }
}
