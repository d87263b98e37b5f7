/** The messages processes send each other and the timers they set: sealed records. */
package dsw.simulation.message;
