package dsw.simulation.balancing;

import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * Two different eligible backends drawn at random; the one with fewer calls in flight wins (the
 * first drawn on a tie). Nearly as good as least connections without looking at every backend.
 * Stateless.
 */
final class PowerOfTwoChoices implements Strategy {
    @Override
    public int choose(Balancer backends, IntPredicate eligible, RandomGenerator random, int key) {
        int[] candidates = backends.eligible(eligible);
        if (candidates.length < 2) {
            return candidates.length == 0 ? -1 : candidates[0];
        }
        int first = random.nextInt(candidates.length);
        int second = random.nextInt(candidates.length - 1);
        if (second >= first) {
            second++;
        }
        int a = candidates[first];
        int b = candidates[second];
        return backends.inFlight(b) < backends.inFlight(a) ? b : a;
    }
}
