package dsw.simulation.behavior;

import dsw.model.pattern.PatternSettings;
import dsw.model.trace.Decision;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import dsw.simulation.kernel.Node;
import java.util.ArrayDeque;

/**
 * A circuit breaker on one link of one caller instance, with Resilience4j's semantics: CLOSED
 * records outcomes in a count- or time-based sliding window and opens when, with at least the
 * minimum number of calls in it, the failure or slow-call rate reaches its threshold; OPEN refuses
 * every call until its wait is over, and the next call then makes it HALF_OPEN, which lets the
 * permitted trial calls through and opens again or closes on their failure rate. State changes
 * are recorded as decisions. Not thread-safe.
 */
final class CircuitBreaker {
    private enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private record Outcome(long at, boolean failed, boolean slow) {}

    private final String target;
    private final boolean timeBased;
    private final int windowSize;
    private final int minimumCalls;
    private final double failureRateThreshold;
    private final double slowCallRateThreshold;
    private final long slowCallDuration;
    private final long waitInOpen;
    private final int permittedInHalfOpen;
    private final ArrayDeque<Outcome> window = new ArrayDeque<>();
    private State state = State.CLOSED;
    private long openedAt;
    private int trialsLeft;
    /** Counts state changes; an outcome of a call let through in an earlier state is not recorded. */
    private int generation;

    CircuitBreaker(PatternSettings settings, String target) {
        this.target = target;
        timeBased = settings.text("windowType").equals("time-based");
        windowSize = (int) settings.integer("windowSize");
        int minimum = (int) settings.integer("minimumCalls");
        minimumCalls = timeBased ? minimum : Math.min(minimum, windowSize);
        failureRateThreshold = settings.number("failureRateThreshold");
        slowCallRateThreshold = settings.number("slowCallRateThreshold");
        slowCallDuration = settings.duration("slowCallDuration");
        waitInOpen = settings.duration("waitInOpen");
        permittedInHalfOpen = (int) settings.integer("permittedInHalfOpen");
    }

    /**
     * Asks to let a call through: a ticket to pass to {@link #record}, or -1 when the call is
     * refused. An open breaker whose wait is over becomes half-open here.
     */
    int permit(Node node) {
        if (state == State.OPEN) {
            if (node.now() - openedAt < waitInOpen) {
                return -1;
            }
            change(
                    node,
                    State.HALF_OPEN,
                    Decision.BREAKER_HALF_OPEN,
                    "after " + Micros.humanize(waitInOpen) + " open, " + Text.count(permittedInHalfOpen, "trial call")
                            + " let through");
            trialsLeft = permittedInHalfOpen;
        }
        if (state == State.HALF_OPEN) {
            if (trialsLeft == 0) {
                return -1;
            }
            trialsLeft--;
        }
        return generation;
    }

    /** The start of the label of a call refused by {@link #permit}. */
    String refusing() {
        return (state == State.OPEN ? "breaker open for " : "breaker half-open for ") + target;
    }

    /** Records the outcome of a call let through with {@code ticket}, which took {@code duration}. */
    void record(Node node, int ticket, boolean failed, long duration) {
        if (ticket != generation || state == State.OPEN) {
            return;
        }
        window.add(new Outcome(node.now(), failed, duration > slowCallDuration));
        if (state == State.HALF_OPEN) {
            if (window.size() == permittedInHalfOpen) {
                String reason = tripped();
                if (reason != null) {
                    open(node, reason + " in half-open");
                } else {
                    change(node, State.CLOSED, Decision.BREAKER_CLOSED, rates() + " in half-open");
                }
            }
            return;
        }
        trim(node.now());
        if (window.size() >= minimumCalls) {
            String reason = tripped();
            if (reason != null) {
                open(node, reason);
            }
        }
    }

    private void trim(long now) {
        while (!window.isEmpty()
                && (timeBased
                        ? window.peekFirst().at() <= now - windowSize * Micros.PER_SECOND
                        : window.size() > windowSize)) {
            window.removeFirst();
        }
    }

    /** Why the window's rates trip the breaker, or null when they do not. */
    private String tripped() {
        if (100.0 * count(true) / window.size() >= failureRateThreshold) {
            return percent(count(true)) + " of " + Text.count(window.size(), "call") + " failed";
        }
        if (100.0 * count(false) / window.size() >= slowCallRateThreshold) {
            return percent(count(false)) + " of " + Text.count(window.size(), "call") + " slower than "
                    + Micros.humanize(slowCallDuration);
        }
        return null;
    }

    private String rates() {
        return percent(count(true)) + " of " + Text.count(window.size(), "trial call") + " failed, "
                + percent(count(false)) + " slow";
    }

    private int count(boolean failures) {
        int n = 0;
        for (Outcome outcome : window) {
            if (failures ? outcome.failed() : outcome.slow()) {
                n++;
            }
        }
        return n;
    }

    private String percent(int n) {
        return Math.round(100.0 * n / window.size()) + "%";
    }

    private void open(Node node, String reason) {
        openedAt = node.now();
        change(node, State.OPEN, Decision.BREAKER_OPEN, reason);
    }

    private void change(Node node, State next, Decision decision, String reason) {
        state = next;
        generation++;
        window.clear();
        node.decide(decision, refusingOrClosed() + ": " + reason);
    }

    private String refusingOrClosed() {
        return state == State.CLOSED ? "breaker closed for " + target : refusing();
    }
}
