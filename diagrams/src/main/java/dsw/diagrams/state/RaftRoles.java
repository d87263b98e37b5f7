package dsw.diagrams.state;

/**
 * The roles a Raft server moves between (Ongaro and Ousterhout, "In Search of an Understandable
 * Consensus Algorithm", figure 4): follower, candidate and leader. Stateless, thread-safe.
 */
public final class RaftRoles {
    public static final String FOLLOWER = "follower";
    public static final String CANDIDATE = "candidate";
    public static final String LEADER = "leader";

    private static final StateMachine MACHINE = StateMachine.builder("Raft server roles")
            .state(FOLLOWER, "Follower", "answers leaders and candidates;\nvotes at most once per term")
            .state(CANDIDATE, "Candidate", "votes for itself and asks\nthe others for votes")
            .state(LEADER, "Leader", "replicates its log;\nsends heartbeats")
            .transition(FOLLOWER, CANDIDATE, "election timeout:\nstarts an election")
            .transition(CANDIDATE, CANDIDATE, "election timeout:\nnew election")
            .transition(CANDIDATE, LEADER, "receives votes from\na majority of servers")
            .transition(CANDIDATE, FOLLOWER, "discovers the current leader\nor a new term")
            .transition(LEADER, FOLLOWER, "discovers a server\nwith a higher term")
            .build();

    private RaftRoles() {}

    public static StateMachine machine() {
        return MACHINE;
    }

    /** The machine as a diagram, to add a current state and observed transitions to. */
    public static StateDiagram diagram() {
        return StateDiagram.of(MACHINE);
    }
}
