package dsw.simulation.behavior;

import dsw.model.pattern.PatternSettings;
import dsw.model.value.Micros;
import dsw.simulation.kernel.Node;
import java.util.ArrayDeque;

/**
 * Client-side adaptive throttling from Google's SRE book, on one link of one caller instance: it
 * counts the requests it made and those the callee accepted (answered with anything but
 * {@code rejected}) over a window, and refuses a new request locally with probability
 * {@code max(0, (requests - K * accepts) / (requests + 1))}. Not thread-safe.
 */
final class AdaptiveThrottle {
    private final double multiplier;
    private final long window;
    private final ArrayDeque<Long> requests = new ArrayDeque<>();
    private final ArrayDeque<Long> accepts = new ArrayDeque<>();

    AdaptiveThrottle(PatternSettings settings) {
        multiplier = settings.number("multiplier");
        window = settings.duration("window");
    }

    /** Counts a request and returns why it is refused, or null when it may go. */
    String refusal(Node node, String call, String target) {
        long now = node.now();
        drop(requests, now);
        drop(accepts, now);
        double p = (requests.size() - multiplier * accepts.size()) / (requests.size() + 1);
        String figures =
                requests.size() + " requests, " + accepts.size() + " accepted in the last " + Micros.humanize(window);
        requests.add(now);
        if (p > 0 && node.random().nextDouble() < p) {
            return "throttled " + call + " to " + target + ": " + figures;
        }
        return null;
    }

    /** The callee accepted a request at {@code now}. */
    void accepted(long now) {
        accepts.add(now);
    }

    private void drop(ArrayDeque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - window) {
            times.removeFirst();
        }
    }
}
