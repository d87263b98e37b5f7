package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;

/**
 * What one process sends another. The kernel records {@link #kind()}, {@link #operation()},
 * {@link #key()}, {@link #status()}, {@link #request()} and {@link #size()} in the trace;
 * behaviours dispatch on {@link #kind()}. Implementations are immutable records.
 */
public sealed interface Message
        permits Request,
                Response,
                Publish,
                Delivery,
                Ack,
                Replicate,
                QuorumRead,
                QuorumReply,
                PeerWrite,
                LeaderSync,
                OutboxPoll,
                OutboxBatch,
                OutboxDone,
                HealthProbe,
                Registration,
                Lookup,
                LeaderHeartbeat,
                HeartbeatReply,
                LeaderWrite,
                LeaderWriteAck,
                Snapshot,
                Forward,
                ForwardReply {
    MessageKind kind();

    /** The operation it concerns; {@link Operation#NONE} for protocol messages. */
    default Operation operation() {
        return Operation.NONE;
    }

    /** The key it concerns, or -1. */
    default int key() {
        return -1;
    }

    /** The outcome, for answers; {@link Status#NONE} otherwise. */
    default Status status() {
        return Status.NONE;
    }

    /** The client request it serves, or -1. */
    default int request() {
        return -1;
    }

    /**
     * The value it carries for checking client histories: what a write sets or a read's answer
     * returns; {@link dsw.model.trace.Trace#NO_VALUE} when none.
     */
    default long value() {
        return Trace.NO_VALUE;
    }

    /** Bytes on the wire. */
    int size();

    /** The label the trace shows, or null for the one built from kind, operation, key and status. */
    default String label() {
        return null;
    }
}
