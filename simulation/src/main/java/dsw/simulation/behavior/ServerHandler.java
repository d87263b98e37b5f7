package dsw.simulation.behavior;

import dsw.model.Component;
import dsw.model.PropertyKeys;
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
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * What every server shares: requests (and queue deliveries) are admitted under a concurrency
 * limit with a bounded waiting line, rejected when the line is full, worked on for a service
 * time, and answered; calls made on their behalf are tracked with a timeout. Subclasses decide
 * the service time and the work. Not thread-safe.
 */
abstract class ServerHandler implements Handler {
    /** How long a server waits for the answer to a call it makes. */
    static final long CALL_TIMEOUT = Micros.PER_SECOND;
    /** A request that has passed through more components than this is in a routing loop. */
    static final int MAX_HOPS = 32;

    protected final Topology topology;
    protected final Component component;
    private final int concurrency;
    private final int capacity;
    private final Map<Integer, Job> jobs = new HashMap<>();
    private final ArrayDeque<Job> waiting = new ArrayDeque<>();
    private final Map<Integer, Call> calls = new HashMap<>();
    private final Registrar registrar;
    private int busy;
    private int nextJob;

    private record Call(int job, int tag) {}

    ServerHandler(Topology topology, int process) {
        this.topology = topology;
        this.component = topology.componentOf(process);
        this.concurrency = Properties.intOr(component, PropertyKeys.CONCURRENCY, Integer.MAX_VALUE);
        this.capacity = Properties.intOr(component, PropertyKeys.QUEUE_CAPACITY, Integer.MAX_VALUE);
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
            case RESPONSE, ACK -> answered(node, envelope);
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
            case CALL_TIMEOUT -> {
                Timer.CallTimeout timeout = (Timer.CallTimeout) timer;
                Call call = calls.remove(timeout.msg());
                Job job = call == null ? null : jobs.get(call.job());
                if (job != null) {
                    node.local("no answer within " + Micros.humanize(CALL_TIMEOUT) + " to " + describe(job));
                    job.pending--;
                    onAnswer(node, job, call.tag(), Status.ERROR, 0);
                }
            }
            case RENEW -> registrar.renew(node, (Timer.Renew) timer);
            default -> onOtherTimer(node, timer);
        }
    }

    @Override
    public void onCrash() {
        jobs.clear();
        waiting.clear();
        calls.clear();
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
        } else if (busy < concurrency) {
            begin(node, job);
        } else if (waiting.size() < capacity) {
            waiting.add(job);
        } else {
            node.local("reject " + describe(job) + ": " + Text.count(waiting.size(), "request") + " already waiting");
            answer(node, envelope, Status.REJECTED, 0);
        }
    }

    private void begin(Node node, Job job) {
        busy++;
        jobs.put(job.id, job);
        node.setTimer(serviceTime(node, job), new Timer.WorkDone(job.id));
    }

    /**
     * Sends {@code message} to instance {@code instance} of {@code route} for {@code job}; on a
     * synchronous link, the job waits for the answer, which arrives through {@link #onAnswer}.
     */
    protected final void call(Node node, Job job, Route route, int instance, Message message, int tag) {
        int msg = node.send(route, route.process(instance), message);
        if (!route.isAsync()) {
            job.pending++;
            calls.put(msg, new Call(job.id, tag));
            node.setTimer(CALL_TIMEOUT, new Timer.CallTimeout(job.id, msg));
        }
    }

    private void answered(Node node, Envelope envelope) {
        Call call = calls.remove(envelope.replyTo());
        Job job = call == null ? null : jobs.get(call.job());
        if (job == null) {
            return; // a late answer or a duplicate: the caller has moved on
        }
        job.pending--;
        Message body = envelope.body();
        int valueBytes = body instanceof Response response ? response.size() - Response.HEADER_BYTES : 0;
        onAnswer(node, job, call.tag(), body.status(), valueBytes);
    }

    /** Answers {@code job} and takes the next waiting request. */
    protected final void finish(Node node, Job job, Status status, int valueBytes) {
        if (jobs.remove(job.id) == null) {
            return;
        }
        answer(node, job.envelope, status, valueBytes);
        busy--;
        Job next = waiting.poll();
        if (next != null) {
            begin(node, next);
        }
    }

    private static void answer(Node node, Envelope envelope, Status status, int valueBytes) {
        Message body = envelope.body();
        if (body instanceof Request request) {
            node.reply(envelope, Response.to(request, status, Math.max(0, valueBytes)));
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

    /** The instance of a route's far end that owns {@code key}. */
    static int instanceFor(Route route, int key) {
        return Math.floorMod(key, route.instances());
    }
}
