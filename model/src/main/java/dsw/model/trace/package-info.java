/**
 * The trace of a simulation run: every event in execution order, with its virtual time,
 * process, message and Lamport clock; vector clocks and happens-before answers derived from it;
 * and the public JSON Lines format (docs/trace-format.md). It lives in the model module because
 * the simulation writes it and the diagrams and the app read it.
 */
package dsw.model.trace;
