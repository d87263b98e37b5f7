package dsw.simulation.balancing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * One caller's view of the backends it balances over: their names and weights, the calls it has
 * in flight to each, which of them are members (healthy, or listed by a registry), and the
 * strategy that picks among the members. Not thread-safe.
 */
public final class Balancer {
    /** The strategy names, as the {@code strategy} choices spell them. */
    public static final String ROUND_ROBIN = "round-robin";

    public static final String WEIGHTED_ROUND_ROBIN = "weighted-round-robin";
    public static final String RANDOM = "random";
    public static final String LEAST_CONNECTIONS = "least-connections";
    public static final String POWER_OF_TWO = "power-of-two";
    public static final String CONSISTENT_HASH = "consistent-hash";

    /** Virtual nodes per backend on a consistent-hash ring when nothing says otherwise. */
    public static final int DEFAULT_VIRTUAL_NODES = 100;

    private final List<String> names;
    private final int[] weights;
    private final int[] inFlight;
    private final boolean[] members;
    private final HashRing ring;
    private final Strategy strategy;

    /**
     * @param strategy one of the strategy names; an unknown one means round robin
     * @param names the backends' names, as labels show them
     * @param weights each backend's weight (weighted round robin)
     */
    public Balancer(String strategy, List<String> names, int[] weights, int virtualNodes) {
        this.names = List.copyOf(names);
        this.weights = weights.clone();
        this.inFlight = new int[names.size()];
        this.members = new boolean[names.size()];
        Arrays.fill(members, true);
        this.ring = strategy.equals(CONSISTENT_HASH) ? HashRing.of(this.names, Math.max(1, virtualNodes)) : null;
        this.strategy = switch (strategy) {
            case WEIGHTED_ROUND_ROBIN -> new WeightedRoundRobin();
            case RANDOM -> new RandomChoice();
            case LEAST_CONNECTIONS -> new LeastConnections();
            case POWER_OF_TWO -> new PowerOfTwoChoices();
            case CONSISTENT_HASH -> new ConsistentHash(ring);
            default -> new RoundRobin();
        };
    }

    public int size() {
        return names.size();
    }

    public String name(int backend) {
        return names.get(backend);
    }

    int weight(int backend) {
        return weights[backend];
    }

    int inFlight(int backend) {
        return inFlight[backend];
    }

    /** The eligible backends, in order. */
    int[] eligible(IntPredicate eligible) {
        int[] all = new int[names.size()];
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (eligible.test(i)) {
                all[n++] = i;
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** The member backend for a request on {@code key} among those {@code allowed}, or -1. */
    public int pick(RandomGenerator random, IntPredicate allowed, int key) {
        return strategy.choose(this, i -> members[i] && allowed.test(i), random, key);
    }

    /** A call to {@code backend} was sent. */
    public void started(int backend) {
        inFlight[backend]++;
    }

    /** A call to {@code backend} was answered or given up on. */
    public void ended(int backend) {
        inFlight[backend] = Math.max(0, inFlight[backend] - 1);
    }

    /** Forgets the calls in flight and makes every backend a member again, as after a crash. */
    public void reset() {
        Arrays.fill(inFlight, 0);
        Arrays.fill(members, true);
    }

    public boolean isMember(int backend) {
        return members[backend];
    }

    /**
     * Makes the backends that pass {@code member} the members. On a consistent-hash ring whose
     * membership changed, returns the words for it, such as "ring changed: api#2 left, 26% of keys
     * moved".
     */
    public Optional<String> setMembers(IntPredicate member) {
        boolean[] before = members.clone();
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            members[i] = member.test(i);
            if (members[i] != before[i]) {
                changes.add(names.get(i) + (members[i] ? " joined" : " left"));
            }
        }
        if (ring == null || changes.isEmpty()) {
            return Optional.empty();
        }
        IntPredicate was = i -> before[i];
        IntPredicate now = i -> members[i];
        double moved = ring.movedShare(was, now);
        List<String> examples = new ArrayList<>();
        for (int key : ring.firstMoved(was, now, MOVES_LISTED)) {
            examples.add("k" + key + " " + ownerName(ring.owner(key, was)) + "→" + ownerName(ring.owner(key, now)));
        }
        return Optional.of("ring changed: " + String.join(", ", changes) + ", " + Math.round(moved * 100)
                + "% of keys moved" + (examples.isEmpty() ? "" : " (" + String.join(", ", examples) + ", …)"));
    }

    /** How many moved keys a ring change names, as examples. */
    static final int MOVES_LISTED = 4;

    private String ownerName(int backend) {
        return backend < 0 ? "nobody" : names.get(backend);
    }
}
