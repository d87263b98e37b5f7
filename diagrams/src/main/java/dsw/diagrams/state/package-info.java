/**
 * State machines drawn as PlantUML state diagrams, with the current state and transitions seen in
 * a run highlighted; ready-made machines for the circuit breaker and Raft's server roles.
 */
package dsw.diagrams.state;
