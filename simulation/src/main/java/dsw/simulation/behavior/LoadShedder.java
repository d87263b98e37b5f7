package dsw.simulation.behavior;

import dsw.model.pattern.PatternSettings;
import dsw.model.value.Micros;
import dsw.model.value.Text;

/**
 * The {@code loadShedding} pattern on a server: by queue length, an arrival that finds the
 * waiting line at its limit is shed; by queueing time, a request that has waited longer than the
 * limit when its turn comes is shed instead of served. Shed requests are answered at once.
 * Immutable.
 */
final class LoadShedder {
    private final boolean byTime;
    private final long maxQueueLength;
    private final long maxQueueingTime;

    LoadShedder(PatternSettings settings) {
        byTime = settings.text("by").equals("queueing-time");
        maxQueueLength = settings.integer("maxQueueLength");
        maxQueueingTime = settings.duration("maxQueueingTime");
    }

    /** Why an arrival that finds {@code waiting} requests in line is shed, or null to let it wait. */
    String onArrival(String what, int waiting) {
        if (byTime || waiting < maxQueueLength) {
            return null;
        }
        return "shed " + what + ": " + Text.count(waiting, "request") + " waiting, limit " + maxQueueLength;
    }

    /** Why a request whose turn comes after waiting {@code waited} is shed, or null to serve it. */
    String onTurn(String what, long waited) {
        if (!byTime || waited <= maxQueueingTime) {
            return null;
        }
        return "shed " + what + ": waited " + Micros.humanize(waited) + ", limit " + Micros.humanize(maxQueueingTime);
    }
}
