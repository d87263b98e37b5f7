package dsw.simulation.balancing;

import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * Smooth weighted round robin as nginx does it: every eligible backend earns its weight each
 * turn, the richest is picked and pays back the sum, so weights 3 and 1 give a, a, b, a and so
 * on, never a burst of one backend. Not thread-safe.
 */
final class WeightedRoundRobin implements Strategy {
    private long[] current = new long[0];

    @Override
    public int choose(Balancer backends, IntPredicate eligible, RandomGenerator random, int key) {
        if (current.length != backends.size()) {
            current = new long[backends.size()];
        }
        int best = -1;
        long total = 0;
        for (int i = 0; i < current.length; i++) {
            if (eligible.test(i)) {
                current[i] += backends.weight(i);
                total += backends.weight(i);
                if (best < 0 || current[i] > current[best]) {
                    best = i;
                }
            }
        }
        if (best >= 0) {
            current[best] -= total;
        }
        return best;
    }
}
