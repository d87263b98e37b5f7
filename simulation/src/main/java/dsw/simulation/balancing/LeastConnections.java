package dsw.simulation.balancing;

import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * The eligible backend with the fewest calls in flight from this balancer; ties go round robin, so
 * idle backends share the load. Not thread-safe.
 */
final class LeastConnections implements Strategy {
    private int next;

    @Override
    public int choose(Balancer backends, IntPredicate eligible, RandomGenerator random, int key) {
        int n = backends.size();
        int best = -1;
        for (int k = 0; k < n; k++) {
            int i = Math.floorMod(next + k, n);
            if (eligible.test(i) && (best < 0 || backends.inFlight(i) < backends.inFlight(best))) {
                best = i;
            }
        }
        if (best >= 0) {
            next = best + 1;
        }
        return best;
    }
}
