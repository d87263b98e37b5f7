/**
 * Checks recorded client histories against a consistency promise: history types, readers for
 * Jepsen/Knossos EDN, Jepsen text logs and dsw JSON Lines, data-type models, and the
 * linearizability search. No JavaFX.
 */
package dsw.simulation.check;
