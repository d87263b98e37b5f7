package dsw.diagrams.state;

import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The circuit breaker's states and transitions as Resilience4j's CircuitBreaker has them: closed,
 * open and half-open, moved by the failure and slow-call rates over a sliding window and by the
 * wait durations. (Resilience4j's manual states, disabled, forced-open and metrics-only, are left
 * out: no call outcome leads there.) Stateless, thread-safe.
 */
public final class CircuitBreakerStates {
    public static final String CLOSED = "closed";
    public static final String OPEN = "open";
    public static final String HALF_OPEN = "half-open";

    private static final StateMachine MACHINE = StateMachine.builder("Circuit breaker")
            .state(CLOSED, "Closed", "calls pass; their outcomes fill a sliding window")
            .state(OPEN, "Open", "calls are rejected at once\n(CallNotPermittedException)")
            .state(
                    HALF_OPEN,
                    "Half-open",
                    "a limited number of trial calls pass\n(permittedNumberOfCallsInHalfOpenState)")
            .transition(
                    CLOSED,
                    OPEN,
                    "failure rate or slow-call rate ≥ threshold\n(once minimumNumberOfCalls are recorded)")
            .transition(OPEN, HALF_OPEN, "waitDurationInOpenState elapsed")
            .transition(
                    HALF_OPEN,
                    OPEN,
                    "failure rate or slow-call rate ≥ threshold\nover the trial calls, or maxWaitDurationInHalfOpenState elapsed")
            .transition(HALF_OPEN, CLOSED, "failure and slow-call rates\nbelow threshold over the trial calls")
            .build();

    private CircuitBreakerStates() {}

    public static StateMachine machine() {
        return MACHINE;
    }

    /** The machine as a diagram, to add a current state and observed transitions to. */
    public static StateDiagram diagram() {
        return StateDiagram.of(MACHINE);
    }

    /**
     * The machine with what the breakers of caller {@code process} did in {@code trace}: each arrow
     * labelled with how often it was taken, the legend listing the first changes with their time
     * and label, the state after the last one highlighted.
     */
    public static StateDiagram diagram(Trace trace, int process) {
        return diagram().withObserved(observed(trace, process));
    }

    /**
     * The state changes of the circuit breakers of caller {@code process}, in trace order, from its
     * {@code BREAKER_*} decisions. A caller has one breaker per callee (the component its decision
     * labels name, as in "breaker open for payments: ..."); each starts closed, and each change goes
     * from that breaker's own previous state, so two breakers of one caller do not mix.
     */
    public static List<ObservedTransition> observed(Trace trace, int process) {
        List<ObservedTransition> out = new ArrayList<>();
        Map<String, String> states = new HashMap<>();
        for (int seq = 0; seq < trace.size(); seq++) {
            if (trace.type(seq) != EventType.LOCAL || trace.process(seq) != process) {
                continue;
            }
            String to = stateAfter(trace.decision(seq));
            if (to == null) {
                continue;
            }
            String detail = trace.detail(seq) == null ? "" : trace.detail(seq);
            String from = states.getOrDefault(Decision.breakerCallee(detail), CLOSED);
            states.put(Decision.breakerCallee(detail), to);
            out.add(new ObservedTransition(from, to, trace.time(seq), detail));
        }
        return out;
    }

    /** The state a breaker decision leads to, or null for any other decision. */
    static String stateAfter(Decision decision) {
        return switch (decision) {
            case BREAKER_OPEN -> OPEN;
            case BREAKER_HALF_OPEN -> HALF_OPEN;
            case BREAKER_CLOSED -> CLOSED;
            default -> null;
        };
    }
}
