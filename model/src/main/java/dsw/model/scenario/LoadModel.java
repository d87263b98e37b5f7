package dsw.model.scenario;

import dsw.model.value.Distribution;
import java.util.Objects;

/** How a client decides when to send its next request. Immutable, thread-safe. */
public sealed interface LoadModel {

    /** The name used in files: {@code open} or {@code closed}. */
    String type();

    /**
     * Open loop: requests arrive at a rate whatever happens to earlier ones, as users on the
     * internet do. Arrivals are a Poisson process or evenly spaced.
     */
    record OpenLoop(double ratePerSecond, boolean poisson) implements LoadModel {
        public static final double MAX_RATE = 1_000_000;

        public OpenLoop {
            if (!Double.isFinite(ratePerSecond) || ratePerSecond <= 0 || ratePerSecond > MAX_RATE) {
                throw new IllegalArgumentException("rate must be above 0 and at most " + (long) MAX_RATE
                        + " requests per second, got " + ratePerSecond);
            }
        }

        @Override
        public String type() {
            return "open";
        }
    }

    /**
     * Closed loop: a fixed number of users each send a request, wait for its answer (or timeout),
     * think, and send the next.
     */
    record ClosedLoop(int users, Distribution thinkTime) implements LoadModel {
        public static final int MAX_USERS = 100_000;

        public ClosedLoop {
            if (users < 1 || users > MAX_USERS) {
                throw new IllegalArgumentException("users must be from 1 to " + MAX_USERS + ", got " + users);
            }
            Objects.requireNonNull(thinkTime, "thinkTime");
        }

        @Override
        public String type() {
            return "closed";
        }
    }
}
