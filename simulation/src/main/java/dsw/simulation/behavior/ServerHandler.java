package dsw.simulation.behavior;

import dsw.model.Component;
import dsw.model.PropertyKeys;
import dsw.model.pattern.Replication;
import dsw.model.trace.Decision;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Handler;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Ack;
import dsw.simulation.message.Delivery;
import dsw.simulation.message.HealthProbe;
import dsw.simulation.message.Message;
import dsw.simulation.message.Request;
import dsw.simulation.message.Response;
import dsw.simulation.message.Timer;
import dsw.simulation.message.Versioned;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * What every server shares: requests (and queue deliveries) pass the rate limiter and load
 * shedder when those patterns are on, are admitted under a concurrency limit with a bounded
 * waiting line, rejected when the line is full, worked on for a service time, and answered;
 * calls made on their behalf are tracked with a timeout. A graceful shutdown turns new requests
 * away and stops once the accepted ones are answered. Subclasses decide the service time and the
 * work. Not thread-safe.
 */
abstract class ServerHandler implements Handler {
    /** How long a server waits for the answer to a call it makes, unless the link has a timeout pattern. */
    static final long CALL_TIMEOUT = Micros.PER_SECOND;
    /** A request that has passed through more components than this is in a routing loop. */
    static final int MAX_HOPS = 32;

    protected final Topology topology;
    protected final Component component;
    private final int concurrency;
    private final int capacity;
    private final Map<Integer, Job> jobs = new HashMap<>();
    private final ArrayDeque<Job> waiting = new ArrayDeque<>();
    private final RateLimiter rateLimiter;
    private final LoadShedder shedder;
    private final Map<Integer, Job> throttled = new HashMap<>();
    private boolean draining;
    private final Caller<Call> caller = new Caller<>(new Calls(), CALL_TIMEOUT);
    private final Registrar registrar;
    /** Per route to a leaderless data component, the round robin over the instances of each key's group. */
    private final Map<Integer, Picker> coordinators = new HashMap<>();

    private int busy;
    private int nextJob;

    /** A call made for job {@code job}, with the tag its subclass gave it. */
    private record Call(int job, int tag) {}

    /** Hands the end of a call to the job that made it, if the job is still there. */
    private final class Calls implements Caller.Owner<Call> {
        @Override
        public void ended(Node node, Call call, Status status, int valueBytes, Message answer) {
            Job job = jobs.get(call.job());
            if (job != null) {
                job.pending--;
                job.answer = answer;
                onAnswer(node, job, call.tag(), status, valueBytes);
            }
        }

        @Override
        public void unanswered(Node node, Call call, long timeout) {
            Job job = jobs.get(call.job());
            if (job != null) {
                node.local("no answer within " + Micros.humanize(timeout) + " to " + describe(job));
            }
        }
    }

    ServerHandler(Topology topology, int process) {
        this.topology = topology;
        this.component = topology.componentOf(process);
        this.concurrency = Properties.intOr(component, PropertyKeys.CONCURRENCY, Integer.MAX_VALUE);
        this.capacity = Properties.intOr(component, PropertyKeys.QUEUE_CAPACITY, Integer.MAX_VALUE);
        this.rateLimiter =
                component.patterns().find("rateLimiter").map(RateLimiter::new).orElse(null);
        this.shedder =
                component.patterns().find("loadShedding").map(LoadShedder::new).orElse(null);
        this.registrar = new Registrar(topology, component);
    }

    @Override
    public void start(Node node) {
        registrar.start(node);
    }

    @Override
    public void onMessage(Node node, Envelope envelope) {
        switch (envelope.body().kind()) {
            case REQUEST, DELIVERY -> admit(node, envelope);
            case RESPONSE, ACK -> caller.answered(node, envelope);
            default -> onOther(node, envelope);
        }
    }

    @Override
    public void onTimer(Node node, Timer timer) {
        switch (timer.type()) {
            case WORK_DONE -> {
                Job job = jobs.get(((Timer.WorkDone) timer).job());
                if (job != null) {
                    work(node, job);
                }
            }
            case TOKEN_READY -> {
                Job job = throttled.remove(((Timer.TokenReady) timer).job());
                if (job != null) {
                    enter(node, job);
                    stopWhenDrained(node);
                }
            }
            case CALL_STEP -> caller.onTimer(node, (Timer.CallStep) timer);
            case RENEW -> registrar.renew(node, (Timer.Renew) timer);
            default -> onOtherTimer(node, timer);
        }
    }

    @Override
    public void onShutdown(Node node, long drain) {
        draining = true;
        node.decide(
                Decision.DRAINING,
                "shutting down: no new requests; finishing " + Text.count(busy, "request") + " in progress and "
                        + Text.count(waiting.size() + throttled.size(), "waiting request") + " within "
                        + Micros.humanize(drain));
        stopWhenDrained(node);
    }

    @Override
    public void onCrash() {
        jobs.clear();
        waiting.clear();
        throttled.clear();
        draining = false;
        caller.clear();
        busy = 0;
    }

    /** Messages other than requests, deliveries and answers: health checks are answered, the rest ignored. */
    protected void onOther(Node node, Envelope envelope) {
        if (envelope.body() instanceof HealthProbe probe && probe.status() == Status.NONE) {
            node.reply(envelope, HealthProbe.healthy());
        }
    }

    /** Timers other than work and call timeouts; ignored unless overridden. */
    protected void onOtherTimer(Node node, Timer timer) {}

    /** How long the work on {@code job} takes. */
    protected abstract long serviceTime(Node node, Job job);

    /** The service time of {@code job} is over: make calls, or {@link #finish} it. */
    protected abstract void work(Node node, Job job);

    /**
     * A synchronous call made for {@code job} was answered (or timed out, as {@link Status#ERROR}).
     * {@code job.pending} already counts it as done.
     */
    protected abstract void onAnswer(Node node, Job job, int tag, Status status, int valueBytes);

    private void admit(Node node, Envelope envelope) {
        Job job = new Job(nextJob++, envelope);
        if (envelope.body() instanceof Request request && request.hops() > MAX_HOPS) {
            node.local("routing loop: " + describe(job) + " passed " + MAX_HOPS + " components");
            answer(node, envelope, Status.ERROR, 0);
        } else if (draining) {
            node.local("reject " + describe(job) + ": shutting down");
            answer(node, envelope, Status.REJECTED, 0);
        } else if (rateLimiter == null) {
            enter(node, job);
        } else {
            long wait = rateLimiter.acquire(node.now(), envelope.from());
            if (wait < 0) {
                node.decide(Decision.RATE_LIMITED, rateLimiter.refusal(describe(job)));
                answer(node, envelope, Status.REJECTED, 0);
            } else if (wait == 0) {
                enter(node, job);
            } else {
                node.local("throttle " + describe(job) + ": next token in " + Micros.humanize(wait));
                throttled.put(job.id, job);
                node.setTimer(wait, new Timer.TokenReady(job.id));
            }
        }
    }

    /** An admitted request starts work, waits in line, or is shed or rejected. */
    private void enter(Node node, Job job) {
        if (busy < concurrency) {
            begin(node, job);
            return;
        }
        String shed = shedder == null ? null : shedder.onArrival(describe(job), waiting.size());
        if (shed != null) {
            node.decide(Decision.SHED, shed);
            answer(node, job.envelope, Status.REJECTED, 0);
        } else if (waiting.size() < capacity) {
            job.queuedAt = node.now();
            waiting.add(job);
        } else {
            node.local("reject " + describe(job) + ": " + Text.count(waiting.size(), "request") + " already waiting");
            answer(node, job.envelope, Status.REJECTED, 0);
        }
    }

    private void begin(Node node, Job job) {
        busy++;
        jobs.put(job.id, job);
        node.setTimer(serviceTime(node, job), new Timer.WorkDone(job.id));
    }

    /**
     * Sends {@code message} to instance {@code instance} of {@code route} for {@code job}; on a
     * synchronous link, the job waits for the answer, which arrives through {@link #onAnswer},
     * and the link's resilience patterns apply. Retries and hedges go to the following instances
     * in turn, except on a database or cache, where only the key's owner holds the key; a
     * leaderless or multi-leader database or cache, where every instance of a replica group holds
     * the group's keys, gets its calls round robin over the key's group instead of by key.
     */
    protected final void call(Node node, Job job, Route route, int instance, Message message, int tag) {
        if (route.isAsync()) {
            node.send(route, route.process(instance), message);
        } else if (anyInstanceCoordinates(route)) {
            call(
                    node,
                    job,
                    route,
                    coordinators.computeIfAbsent(route.link(), l -> Picker.roundRobinInGroup()),
                    message,
                    tag);
        } else {
            call(node, job, route, Picker.startingAt(instance, !holdsKeys(route)), message, tag);
        }
    }

    /** Whether every instance at the far end holds every key (leaderless or multi-leader), so any may take a call. */
    private static boolean anyInstanceCoordinates(Route route) {
        Replication replication = route.target().patterns().replication();
        return replication instanceof Replication.Leaderless || replication instanceof Replication.MultiLeader;
    }

    /**
     * Calls along {@code route} for {@code job}, each attempt going to the instance {@code picker}
     * picks; on a synchronous link the answer arrives through {@link #onAnswer}.
     */
    protected final void call(Node node, Job job, Route route, Picker picker, Message message, int tag) {
        if (route.isAsync()) {
            node.send(route, route.process(picker.pick(node, route, message.key())), message);
        } else {
            job.pending++;
            caller.call(node, route, picker, message, new Call(job.id, tag));
        }
    }

    private static boolean holdsKeys(Route route) {
        return switch (route.targetBehavior()) {
            case DATABASE, CACHE -> true;
            default -> false;
        };
    }

    /**
     * Answers {@code job} and takes the next waiting request. A successful read passes on the value
     * and version of the last answer it got (from a cache or database it called).
     */
    protected final void finish(Node node, Job job, Status status, int valueBytes) {
        boolean read = status == Status.OK && job.envelope.body().operation() == Operation.READ;
        finish(node, job, status, valueBytes, read && job.answer instanceof Response r ? r.data() : null);
    }

    /** Answers {@code job} with {@code data}, a value and version, and takes the next waiting request. */
    protected final void finish(Node node, Job job, Status status, int valueBytes, Versioned data) {
        if (jobs.remove(job.id) == null) {
            return;
        }
        answer(node, job.envelope, status, valueBytes, data);
        busy--;
        Job next;
        while ((next = waiting.poll()) != null) {
            String shed = shedder == null ? null : shedder.onTurn(describe(next), node.now() - next.queuedAt);
            if (shed == null) {
                begin(node, next);
                return;
            }
            node.decide(Decision.SHED, shed);
            answer(node, next.envelope, Status.REJECTED, 0);
        }
        stopWhenDrained(node);
    }

    /** During a graceful shutdown, stops the process once every accepted request is answered. */
    private void stopWhenDrained(Node node) {
        if (draining && busy == 0 && waiting.isEmpty() && throttled.isEmpty()) {
            node.stop("stopped: every accepted request answered");
        }
    }

    private static void answer(Node node, Envelope envelope, Status status, int valueBytes) {
        answer(node, envelope, status, valueBytes, null);
    }

    private static void answer(Node node, Envelope envelope, Status status, int valueBytes, Versioned data) {
        Message body = envelope.body();
        if (body instanceof Request request) {
            node.reply(envelope, Response.to(request, status, Math.max(0, valueBytes), data));
        } else if (body instanceof Delivery delivery) {
            node.reply(
                    envelope,
                    new Ack(delivery.delivery(), delivery.request(), delivery.operation(), delivery.key(), status));
        }
    }

    static String describe(Job job) {
        Message body = job.envelope.body();
        return describe(body.operation(), body.key());
    }

    static String describe(Operation operation, int key) {
        return key < 0 ? operation.verb() : operation.verb() + " k" + key;
    }

    /**
     * The instance of a route's far end that owns {@code key}: the member {@code key mod N} of the
     * replica group whose partition holds the key (the only group when the keys are not partitioned).
     */
    static int instanceFor(Route route, int key) {
        return route.partitioning().instanceFor(key);
    }
}
