package dsw.simulation.behavior;

import dsw.model.trace.Status;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.message.Message;

/** A request a server is working on, with what it is still waiting for. Not thread-safe. */
final class Job {
    final int id;
    final Envelope envelope;
    /** Answers still awaited from synchronous calls. */
    int pending;
    /** The size of the value to return, for reads. */
    int valueBytes;
    /** When it joined the waiting line, for load shedding by queueing time. */
    long queuedAt;
    /** The last answer to a call made for it, for callers that need more than its status. */
    Message answer;
    /** Conditional writes refused so far, for a read-modify-write that tries again. */
    int conflicts;

    Status outcome = Status.OK;

    Job(int id, Envelope envelope) {
        this.id = id;
        this.envelope = envelope;
    }

    /** Keeps the worst answer seen: an error beats not-found, which beats ok. */
    void note(Status status) {
        if (status == Status.ERROR || status == Status.REJECTED) {
            outcome = Status.ERROR;
        } else if (status == Status.NOT_FOUND && outcome == Status.OK) {
            outcome = Status.NOT_FOUND;
        }
    }
}
