package dsw.simulation.behavior;

import dsw.model.pattern.PatternSettings;
import dsw.simulation.kernel.Route;

/** Reads the load-balancing link patterns: a backend link's weight and a caller's discovery. */
final class BalancingPatterns {
    private static final String WEIGHT = "weight";

    private BalancingPatterns() {}

    /** The {@code weight} pattern's weight on the route's link, 1 without it. */
    static int weight(Route route) {
        return route.model()
                .patterns()
                .find(WEIGHT)
                .map(s -> (int) s.integer(WEIGHT))
                .orElse(1);
    }

    /** True when {@code balancing} settings look instances up in a registry. */
    static boolean discoversByRegistry(PatternSettings balancing) {
        return "registry".equals(balancing.text("discovery"));
    }
}
