package dsw.simulation.message;

/**
 * A reminder a process sets for itself; behaviours dispatch on {@link #type()}. Timers belong
 * to one incarnation of a process: a crash cancels them. Implementations are immutable records.
 */
public sealed interface Timer
        permits Timer.NextArrival,
                Timer.ThinkDone,
                Timer.WorkDone,
                Timer.CallStep,
                Timer.Pump,
                Timer.Redeliver,
                Timer.PublishAfterWrite,
                Timer.RelayPoll,
                Timer.TokenReady,
                Timer.Probe,
                Timer.ProbeTimeout,
                Timer.Renew,
                Timer.Expiry,
                Timer.QuorumTimeout,
                Timer.AntiEntropy,
                Timer.LeaderTick,
                Timer.ReplicaWait {
    /** The kinds of timer, for {@code switch}. */
    enum Type {
        NEXT_ARRIVAL,
        THINK_DONE,
        WORK_DONE,
        CALL_STEP,
        PUMP,
        REDELIVER,
        PUBLISH_AFTER_WRITE,
        RELAY_POLL,
        TOKEN_READY,
        PROBE,
        PROBE_TIMEOUT,
        RENEW,
        EXPIRY,
        QUORUM_TIMEOUT,
        ANTI_ENTROPY,
        LEADER_TICK,
        REPLICA_WAIT
    }

    Type type();

    /** An open-loop client's next request of workload {@code workload} is due. */
    record NextArrival(int workload) implements Timer {
        @Override
        public Type type() {
            return Type.NEXT_ARRIVAL;
        }
    }

    /** A closed-loop user has finished thinking. */
    record ThinkDone(int workload, int user) implements Timer {
        @Override
        public Type type() {
            return Type.THINK_DONE;
        }
    }

    /** A server has spent the service time on job {@code job}. */
    record WorkDone(int job) implements Timer {
        @Override
        public Type type() {
            return Type.WORK_DONE;
        }
    }

    /**
     * The next step of call {@code call} made by a client or server is due: the attempt sent as
     * message {@code msg} timed out, a retry or a hedge is due, or a wait for a bulkhead slot is over.
     */
    record CallStep(int call, int msg, Step step) implements Timer {
        /** What is due. */
        public enum Step {
            ATTEMPT_TIMEOUT,
            RETRY,
            HEDGE,
            SLOT_WAIT_OVER
        }

        @Override
        public Type type() {
            return Type.CALL_STEP;
        }
    }

    /** A queue may hand out its next message. */
    record Pump() implements Timer {
        @Override
        public Type type() {
            return Type.PUMP;
        }
    }

    /** A queue gives up waiting for the consumer's ack of {@code delivery}. */
    record Redeliver(int delivery) implements Timer {
        @Override
        public Type type() {
            return Type.REDELIVER;
        }
    }

    /**
     * Dual write: a service publishes the message for write {@code request} of {@code key}, held
     * in its memory since the database acknowledged the write.
     */
    record PublishAfterWrite(int request, int key, int size) implements Timer {
        @Override
        public Type type() {
            return Type.PUBLISH_AFTER_WRITE;
        }
    }

    /** A service's outbox relay polls its database again. */
    record RelayPoll() implements Timer {
        @Override
        public Type type() {
            return Type.RELAY_POLL;
        }
    }

    /** A request a rate limiter held back (job {@code job}) has its token and may go on. */
    record TokenReady(int job) implements Timer {
        @Override
        public Type type() {
            return Type.TOKEN_READY;
        }
    }

    /** A load balancer's next health check of backend {@code backend} is due. */
    record Probe(int backend) implements Timer {
        @Override
        public Type type() {
            return Type.PROBE;
        }
    }

    /** A load balancer stops waiting for the answer to health check {@code msg} of backend {@code backend}. */
    record ProbeTimeout(int backend, int msg) implements Timer {
        @Override
        public Type type() {
            return Type.PROBE_TIMEOUT;
        }
    }

    /** An instance renews its registration with the registry at the far end of link {@code link}. */
    record Renew(int link) implements Timer {
        @Override
        public Type type() {
            return Type.RENEW;
        }
    }

    /** A registry checks whether process {@code process} has renewed its registration in time. */
    record Expiry(int process) implements Timer {
        @Override
        public Type type() {
            return Type.EXPIRY;
        }
    }

    /** A leaderless coordinator stops waiting for the replicas' answers to operation {@code op}. */
    record QuorumTimeout(int op) implements Timer {
        @Override
        public Type type() {
            return Type.QUORUM_TIMEOUT;
        }
    }

    /** A multi-leader replica sends its state to its peers again. */
    record AntiEntropy() implements Timer {
        @Override
        public Type type() {
            return Type.ANTI_ENTROPY;
        }
    }

    /**
     * A single-leader replica's periodic duty: the leader sends heartbeats; a follower checks that
     * it still hears the leader.
     */
    record LeaderTick() implements Timer {
        @Override
        public Type type() {
            return Type.LEADER_TICK;
        }
    }

    /**
     * A single-leader replica stops waiting for its followers' acknowledgements of operation
     * {@code op} (as leader) or for the leader's answer to it (as a follower that forwarded it).
     */
    record ReplicaWait(int op) implements Timer {
        @Override
        public Type type() {
            return Type.REPLICA_WAIT;
        }
    }
}
