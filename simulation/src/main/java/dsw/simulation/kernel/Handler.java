package dsw.simulation.kernel;

import dsw.model.scenario.Scenario;
import dsw.model.trace.ReplicaState;
import dsw.simulation.message.Message;
import dsw.simulation.message.Timer;
import java.util.Optional;

/**
 * The deterministic message handler one process runs (its behaviour). Calls come one at a time on the simulation
 * thread; a handler never blocks, never reads the wall clock and draws randomness only from
 * {@link Node#random()}. Each process has its own instance.
 */
public interface Handler {
    /** The process starts: at time 0 and again after each recovery. */
    void start(Node node);

    /** A message has arrived and been recorded as received. */
    void onMessage(Node node, Envelope envelope);

    /** A timer set by this incarnation has fired. */
    void onTimer(Node node, Timer timer);

    /**
     * Whether an arriving message fits; when not, the network records a {@code queue-full}
     * drop instead of a receive.
     */
    default boolean hasRoom(Message message) {
        return true;
    }

    /**
     * A graceful shutdown begins: take no new work, finish what was accepted, then call {@link
     * Node#stop}. The kernel stops the process anyway once {@code drain} microseconds have passed.
     * By default there is nothing to finish, so it stops at once.
     */
    default void onShutdown(Node node, long drain) {
        node.stop("stopped: nothing to finish");
    }

    /**
     * The operator promotes this process to leader of its replica group (a manual failover). Only
     * single-leader replicas act on it; by default nothing happens.
     */
    default void onPromote(Node node) {}

    /**
     * What this process holds as one replica of a replicated data component, recorded when the run
     * reaches its end so that checkers can compare replicas; empty for everything else (the
     * default). Called on an up, unpaused process; must not send or record anything.
     */
    default Optional<ReplicaState> replicaState(Node node) {
        return Optional.empty();
    }

    /** The process has crashed: forget volatile state, keep durable state. */
    void onCrash();

    /** Makes the behaviour for one process. */
    @FunctionalInterface
    interface Factory {
        Handler create(Topology topology, Scenario scenario, int process);
    }
}
