package dsw.simulation.balancing;

import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/** Each backend in turn, skipping the ineligible ones. Not thread-safe. */
final class RoundRobin implements Strategy {
    private int next;

    @Override
    public int choose(Balancer backends, IntPredicate eligible, RandomGenerator random, int key) {
        int n = backends.size();
        for (int tries = 0; tries < n; tries++) {
            int i = Math.floorMod(next, n);
            next = i + 1;
            if (eligible.test(i)) {
                return i;
            }
        }
        return -1;
    }
}
