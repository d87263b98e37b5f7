package dsw.simulation.balancing;

import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/** A backend drawn at random among the eligible ones. Stateless. */
final class RandomChoice implements Strategy {
    @Override
    public int choose(Balancer backends, IntPredicate eligible, RandomGenerator random, int key) {
        int[] candidates = backends.eligible(eligible);
        return candidates.length == 0 ? -1 : candidates[random.nextInt(candidates.length)];
    }
}
