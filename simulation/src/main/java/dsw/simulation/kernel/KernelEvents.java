package dsw.simulation.kernel;

import dsw.model.scenario.Fault;
import dsw.model.trace.DropReason;
import dsw.simulation.message.Timer;

/** The items in the kernel's event queue. Immutable. */
final class KernelEvents {
    private KernelEvents() {}

    /**
     * One copy of a message reaches its receiver's host.
     *
     * @param outages how many times its link had gone down when the copy was put on it
     */
    record Arrival(Envelope envelope, boolean corrupt, int outages) {}

    /** The network loses a copy part of the way along the link. */
    record Loss(Envelope envelope, DropReason reason) {}

    record TimerFire(Proc proc, int incarnation, Timer timer) {}

    record FaultFire(Fault fault) {}

    /** A pause ends, unless a later pause has extended it ({@code token} then no longer matches). */
    record Resume(Proc proc, int token) {}

    record Start(Proc proc) {}

    /** A graceful shutdown reaches a process, which has {@code drain} microseconds to finish. */
    record Shutdown(Proc proc, long drain) {}

    /** The run reaches its end time: the last event of all, which records each replica's state. */
    record EndOfRun() {}

    /** The drain time of a shutdown is over: the incarnation that was draining stops. */
    record DrainOver(Proc proc, int incarnation) {}
}
