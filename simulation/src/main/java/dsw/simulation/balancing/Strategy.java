package dsw.simulation.balancing;

import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/** How a {@link Balancer} picks one of its backends for a request. Implementations are not thread-safe. */
interface Strategy {
    /**
     * The backend (from 0) of {@code backends} that gets a request on {@code key}, among those
     * {@code eligible}, or -1 when none is.
     */
    int choose(Balancer backends, IntPredicate eligible, RandomGenerator random, int key);
}
