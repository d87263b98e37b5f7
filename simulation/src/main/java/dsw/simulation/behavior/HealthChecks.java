package dsw.simulation.behavior;

import dsw.model.pattern.PatternSettings;
import dsw.model.trace.Decision;
import dsw.simulation.balancing.Balancer;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.message.HealthProbe;
import dsw.simulation.message.Timer;
import java.util.Arrays;
import java.util.List;

/**
 * A load balancer's active health checks (the {@code healthCheck} component pattern), as HAProxy
 * runs them: every backend instance is probed once per interval; a probe unanswered within the
 * timeout failed; so many failures in a row mark the backend down and so many passes in a row
 * mark it up again. Not thread-safe.
 */
final class HealthChecks {
    static final String PATTERN = "healthCheck";

    private final Balancer backends;
    private final List<Route> routes;
    private final List<Integer> instances;
    private final long interval;
    private final long timeout;
    private final long unhealthyThreshold;
    private final long healthyThreshold;
    private final boolean[] up;
    private final int[] streak;
    private final int[] pending;

    /** Checks for backend {@code b} of {@code backends}, instance {@code instances[b]} of {@code routes[b]}. */
    HealthChecks(PatternSettings settings, Balancer backends, List<Route> routes, List<Integer> instances) {
        this.backends = backends;
        this.routes = routes;
        this.instances = instances;
        interval = settings.duration("interval");
        timeout = settings.duration("timeout");
        unhealthyThreshold = settings.integer("unhealthyThreshold");
        healthyThreshold = settings.integer("healthyThreshold");
        up = new boolean[backends.size()];
        streak = new int[backends.size()];
        pending = new int[backends.size()];
        forget();
    }

    /** Starts probing, the backends spread over the first interval; every backend counts as up. */
    void start(Node node) {
        forget();
        for (int b = 0; b < up.length; b++) {
            node.setTimer(interval * b / up.length, new Timer.Probe(b));
        }
    }

    private void forget() {
        Arrays.fill(up, true);
        Arrays.fill(streak, 0);
        Arrays.fill(pending, -1);
    }

    boolean isUp(int backend) {
        return up[backend];
    }

    /** Sends backend {@code probe.backend()} its probe and schedules the next one. */
    void probe(Node node, Timer.Probe probe) {
        int b = probe.backend();
        if (pending[b] < 0) {
            Route route = routes.get(b);
            pending[b] = node.send(route, route.process(instances.get(b)), HealthProbe.check());
            node.setTimer(timeout, new Timer.ProbeTimeout(b, pending[b]));
        }
        node.setTimer(interval, probe);
    }

    /** Takes a probe's answer; true when a backend went up. */
    boolean answered(Node node, Envelope envelope) {
        for (int b = 0; b < pending.length; b++) {
            if (pending[b] >= 0 && pending[b] == envelope.replyTo()) {
                pending[b] = -1;
                return result(node, b, true);
            }
        }
        return false;
    }

    /** A probe went unanswered; true when its backend went down. */
    boolean timedOut(Node node, Timer.ProbeTimeout timeout) {
        int b = timeout.backend();
        if (pending[b] != timeout.msg()) {
            return false;
        }
        pending[b] = -1;
        return result(node, b, false);
    }

    private boolean result(Node node, int b, boolean passed) {
        if (passed == up[b]) {
            streak[b] = 0;
            return false;
        }
        streak[b]++;
        if (streak[b] < (passed ? healthyThreshold : unhealthyThreshold)) {
            return false;
        }
        up[b] = passed;
        streak[b] = 0;
        String name = backends.name(b);
        if (passed) {
            node.decide(Decision.BACKEND_UP, name + " up after " + healthyThreshold + " passed health checks");
        } else {
            node.decide(Decision.BACKEND_DOWN, name + " down after " + unhealthyThreshold + " failed health checks");
        }
        return true;
    }
}
