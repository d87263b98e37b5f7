package dsw.simulation.behavior;

import dsw.model.trace.Decision;
import dsw.model.trace.Status;
import dsw.model.value.Micros;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.message.Message;
import dsw.simulation.message.Response;
import dsw.simulation.message.Timer;
import dsw.simulation.message.Timer.CallStep.Step;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes synchronous calls for a client or a server and runs the caller-side resilience patterns
 * of each link (timeout, retry with backoff and budget, circuit breaker, bulkhead, hedging,
 * adaptive throttling), recording their decisions. A call is one or more attempts, each sent to
 * an instance the route's {@link Picker} chooses, all carrying the same message (so the same
 * client request id, operation and key); its owner hears once how it ended. On a link with none
 * of the patterns, a call is one attempt with the caller's own timeout, as before. Not
 * thread-safe.
 *
 * @param <T> what the owner needs to know which of its calls ended
 */
final class Caller<T> {
    /** The client or server a caller works for. */
    interface Owner<T> {
        /**
         * Call {@code call} ended: answered with {@code status}, or failed ({@link Status#ERROR}).
         * {@code answer} is the last answer that arrived for it, or null when none did.
         */
        void ended(Node node, T call, Status status, int valueBytes, Message answer);

        /** On a link without patterns, the one attempt of {@code call} got no answer in {@code timeout}. */
        void unanswered(Node node, T call, long timeout);
    }

    private final class Call {
        final int id;
        final T owner;
        final Route route;
        final Picker picker;
        final Message message;
        final CallPolicy policy;
        int attempts;
        int hedges;
        int inFlight;
        long lastWait;
        boolean over;
        /** The last answer that arrived, handed to the owner with the outcome. */
        Message answer;

        Call(int id, T owner, Route route, Picker picker, Message message, CallPolicy policy) {
            this.id = id;
            this.owner = owner;
            this.route = route;
            this.picker = picker;
            this.message = message;
            this.policy = policy;
        }

        String what() {
            return ServerHandler.describe(message.operation(), message.key());
        }

        String target() {
            return route.target().name();
        }
    }

    /** One message sent for a call: the first try, a retry or a hedge. */
    private final class Attempt {
        final Call call;
        final int instance;
        final long sentAt;
        /** The circuit breaker's ticket for it, 0 without a breaker. */
        final int ticket;

        Attempt(Call call, int instance, long sentAt, int ticket) {
            this.call = call;
            this.instance = instance;
            this.sentAt = sentAt;
            this.ticket = ticket;
        }
    }

    private final Owner<T> owner;
    private final long defaultTimeout;
    private final Map<Integer, CallPolicy> policies = new HashMap<>();
    private final Map<Integer, Call> calls = new HashMap<>();
    private final Map<Integer, Attempt> attempts = new HashMap<>();
    private int nextCall;

    /** {@code defaultTimeout} is how long an attempt waits on a link without the timeout pattern. */
    Caller(Owner<T> owner, long defaultTimeout) {
        this.owner = owner;
        this.defaultTimeout = defaultTimeout;
    }

    /** Calls along synchronous {@code route} with {@code message}, for {@code call}. */
    void call(Node node, Route route, Picker picker, Message message, T call) {
        CallPolicy policy = policies.computeIfAbsent(route.link(), l -> new CallPolicy(route, defaultTimeout));
        Call c = new Call(nextCall++, call, route, picker, message, policy);
        calls.put(c.id, c);
        if (policy.budget != null) {
            policy.budget.called(node.now());
        }
        attempt(node, c);
    }

    /** Handles an answer; false when it answers none of this caller's attempts. */
    boolean answered(Node node, Envelope envelope) {
        Attempt a = attempts.remove(envelope.replyTo());
        if (a == null) {
            return false;
        }
        Call c = a.call;
        Message body = envelope.body();
        Status status = body.status();
        boolean failed = status == Status.ERROR || status == Status.REJECTED;
        ended(node, a, failed, status != Status.REJECTED);
        int valueBytes = body instanceof Response response ? response.size() - Response.HEADER_BYTES : 0;
        if (c.over) {
            return true; // a hedge lost the race, or the call has moved on
        }
        c.answer = body;
        if (!failed) {
            finish(node, c, status, valueBytes);
        } else if (c.inFlight == 0) {
            retryOrGiveUp(node, c, status);
        }
        return true;
    }

    /** Handles a step of one of this caller's calls. */
    void onTimer(Node node, Timer.CallStep step) {
        if (step.step() == Step.ATTEMPT_TIMEOUT) {
            timedOut(node, step.msg());
            return;
        }
        Call c = calls.get(step.call());
        if (c == null) {
            return;
        }
        switch (step.step()) {
            case RETRY -> attempt(node, c);
            case HEDGE -> {
                if (attempts.containsKey(step.msg()) && c.hedges < c.policy.maxHedges) {
                    hedge(node, c);
                }
            }
            case SLOT_WAIT_OVER -> {
                if (c.attempts == step.msg() && c.policy.bulkhead.leave(c.id)) {
                    refuse(
                            node,
                            c,
                            c.policy.bulkhead.refusal(c.what(), c.target()) + " after waiting "
                                    + Micros.humanize(c.policy.bulkhead.maxWait()));
                }
            }
            default -> {}
        }
    }

    /** Forgets every call and every link's pattern state, as a crash does. */
    void clear() {
        calls.clear();
        attempts.clear();
        policies.clear();
    }

    private void attempt(Node node, Call c) {
        c.attempts++;
        CallPolicy p = c.policy;
        if (p.throttle != null) {
            String refusal = p.throttle.refusal(node, c.what(), c.target());
            if (refusal != null) {
                refuse(node, c, refusal);
                return;
            }
        }
        if (p.bulkhead != null && !p.bulkhead.tryAcquire()) {
            if (p.bulkhead.maxWait() > 0) {
                p.bulkhead.await(c.id);
                node.setTimer(p.bulkhead.maxWait(), new Timer.CallStep(c.id, c.attempts, Step.SLOT_WAIT_OVER));
            } else {
                refuse(node, c, p.bulkhead.refusal(c.what(), c.target()));
            }
            return;
        }
        withSlot(node, c);
    }

    /** Sends an attempt of {@code c}, which holds a bulkhead slot if the link has a bulkhead. */
    private void withSlot(Node node, Call c) {
        int ticket = 0;
        CircuitBreaker breaker = c.policy.breaker;
        if (breaker != null) {
            ticket = breaker.permit(node);
            if (ticket < 0) {
                releaseSlot(node, c.policy);
                refuse(node, c, breaker.refusing() + ": " + c.what() + " refused");
                return;
            }
        }
        int instance = c.picker.pick(node, c.route, c.message.key());
        if (instance < 0) {
            releaseSlot(node, c.policy);
            node.local("no instance of " + c.target() + " for " + c.what());
            finish(node, c, Status.ERROR, 0);
            return;
        }
        send(node, c, instance, ticket);
    }

    private void send(Node node, Call c, int instance, int ticket) {
        int msg = node.send(c.route, c.route.process(instance), c.message);
        c.picker.started(instance);
        c.inFlight++;
        attempts.put(msg, new Attempt(c, instance, node.now(), ticket));
        node.setTimer(c.policy.timeout, new Timer.CallStep(c.id, msg, Step.ATTEMPT_TIMEOUT));
        if (c.hedges < c.policy.maxHedges) {
            node.setTimer(c.policy.hedgeDelay, new Timer.CallStep(c.id, msg, Step.HEDGE));
        }
    }

    /** Sends one more copy of a slow call, when a bulkhead slot is free and the breaker lets it. */
    private void hedge(Node node, Call c) {
        CallPolicy p = c.policy;
        if (p.bulkhead != null && !p.bulkhead.tryAcquire()) {
            return;
        }
        int ticket = p.breaker == null ? 0 : p.breaker.permit(node);
        int instance = ticket < 0 ? -1 : c.picker.pick(node, c.route, c.message.key());
        if (instance < 0) {
            releaseSlot(node, p);
            return;
        }
        c.hedges++;
        String to = c.route.instances() > 1 ? c.target() + "#" + (instance + 1) : c.target();
        node.decide(
                Decision.HEDGE,
                "hedge " + c.hedges + " of " + p.maxHedges + ": " + c.what() + " to " + to + " after "
                        + Micros.humanize(p.hedgeDelay) + " without an answer");
        send(node, c, instance, ticket);
    }

    private void timedOut(Node node, int msg) {
        Attempt a = attempts.remove(msg);
        if (a == null) {
            return;
        }
        Call c = a.call;
        if (c.policy.plain) {
            owner.unanswered(node, c.owner, c.policy.timeout);
        } else if (!c.over) {
            node.decide(
                    Decision.TIMEOUT,
                    "timeout " + c.what() + " to " + c.target() + " after " + Micros.humanize(c.policy.timeout));
        }
        ended(node, a, true, false);
        if (!c.over && c.inFlight == 0) {
            retryOrGiveUp(node, c, Status.ERROR);
        }
    }

    /** Attempt {@code a} is over: frees what it held and tells the patterns how it went. */
    private void ended(Node node, Attempt a, boolean failed, boolean accepted) {
        Call c = a.call;
        CallPolicy p = c.policy;
        c.inFlight--;
        c.picker.ended(a.instance);
        if (p.breaker != null) {
            p.breaker.record(node, a.ticket, failed, node.now() - a.sentAt);
        }
        if (p.throttle != null && accepted) {
            p.throttle.accepted(node.now());
        }
        releaseSlot(node, p);
    }

    private void releaseSlot(Node node, CallPolicy p) {
        if (p.bulkhead == null) {
            return;
        }
        int next = p.bulkhead.release();
        Call waiting = next < 0 ? null : calls.get(next);
        if (waiting != null) {
            withSlot(node, waiting);
        }
    }

    private void retryOrGiveUp(Node node, Call c, Status status) {
        CallPolicy p = c.policy;
        if (!p.retries()) {
            finish(node, c, status, 0);
        } else if (c.attempts >= p.maxAttempts) {
            node.decide(Decision.GIVE_UP, "give up " + c.what() + " after " + c.attempts + " attempts");
            finish(node, c, status, 0);
        } else if (p.budget != null && !p.budget.tryRetry(node.now())) {
            node.decide(Decision.GIVE_UP, "give up " + c.what() + ": " + p.budget.spent());
            finish(node, c, status, 0);
        } else {
            long wait = p.backoff.next(c.attempts, c.lastWait, node.random());
            c.lastWait = wait;
            node.decide(
                    Decision.RETRY,
                    "retry " + (c.attempts + 1) + " of " + p.maxAttempts + " for " + c.what() + " in "
                            + Micros.humanize(wait));
            node.setTimer(wait, new Timer.CallStep(c.id, c.attempts, Step.RETRY));
        }
    }

    private void refuse(Node node, Call c, String reason) {
        node.decide(Decision.CALL_REFUSED, reason);
        finish(node, c, Status.ERROR, 0);
    }

    private void finish(Node node, Call c, Status status, int valueBytes) {
        c.over = true;
        calls.remove(c.id);
        owner.ended(node, c.owner, status, valueBytes, c.answer);
    }
}
