package dsw.simulation.balancing;

import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/** The eligible backend that owns the request's key on a {@link HashRing}. Immutable. */
final class ConsistentHash implements Strategy {
    private final HashRing ring;

    ConsistentHash(HashRing ring) {
        this.ring = ring;
    }

    @Override
    public int choose(Balancer backends, IntPredicate eligible, RandomGenerator random, int key) {
        return ring.owner(key, eligible);
    }
}
