package dsw.simulation.metrics;

import dsw.model.kind.Behavior;

/**
 * What one component did in a run. For servers: requests answered, of which errors (failed or
 * rejected), and the time from receiving each request to answering it. For clients: requests
 * sent, answered, answered successfully, and the end-to-end latency of answered requests.
 * Mutable while the summary is built; read-only after.
 */
public final class ComponentStats {
    private final String id;
    private final String name;
    private final Behavior behavior;
    private final int instances;
    final Latency latency = new Latency();
    long sent;
    long answered;
    long succeeded;
    long errors;
    long rejected;

    ComponentStats(String id, String name, Behavior behavior, int instances) {
        this.id = id;
        this.name = name;
        this.behavior = behavior;
        this.instances = instances;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Behavior behavior() {
        return behavior;
    }

    public boolean isClient() {
        return behavior == Behavior.CLIENT;
    }

    public int instances() {
        return instances;
    }

    /** Clients: requests sent. Servers: 0. */
    public long sent() {
        return sent;
    }

    /** Clients: requests that got an answer. Servers: requests answered. */
    public long answered() {
        return answered;
    }

    /** Answers that report success (ok, not found, cache miss). */
    public long succeeded() {
        return succeeded;
    }

    /** Answers that report an error, rejections included. */
    public long errors() {
        return errors;
    }

    /** Answers that turned the request away because the queue was full. */
    public long rejected() {
        return rejected;
    }

    /** Clients: requests with no answer (timed out, lost, or still open at the end). */
    public long unanswered() {
        return Math.max(0, sent - answered);
    }

    public Latency latency() {
        return latency;
    }
}
