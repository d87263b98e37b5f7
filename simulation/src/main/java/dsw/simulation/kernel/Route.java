package dsw.simulation.kernel;

import dsw.model.Component;
import dsw.model.KeyPartitioning;
import dsw.model.Link;
import dsw.model.LinkMode;
import dsw.model.kind.Behavior;

/** A link a component can call along, and the processes at its far end. Immutable, thread-safe. */
public final class Route {
    private final int link;
    private final Link model;
    private final Component target;
    private final int[] processes;
    private final KeyPartitioning partitioning;

    Route(int link, Link model, Component target, int[] processes, KeyPartitioning partitioning) {
        this.link = link;
        this.model = model;
        this.target = target;
        this.processes = processes.clone();
        this.partitioning = partitioning;
    }

    /** The link number in the trace header. */
    public int link() {
        return link;
    }

    public Link model() {
        return model;
    }

    public Component target() {
        return target;
    }

    public Behavior targetBehavior() {
        return target.kind().behavior();
    }

    /** True on asynchronous links, where callers do not wait for an answer. */
    public boolean isAsync() {
        return model.mode() == LinkMode.ASYNC;
    }

    public int instances() {
        return processes.length;
    }

    /** Which of the far end's replica groups holds each key. */
    public KeyPartitioning partitioning() {
        return partitioning;
    }

    /** The process number of the far end's instance {@code i} (from 0). */
    public int process(int i) {
        return processes[i];
    }
}
