package dsw.diagrams.state;

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
}
