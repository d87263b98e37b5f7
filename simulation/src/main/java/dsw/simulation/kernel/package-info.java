/**
 * The discrete-event kernel: a virtual clock, one event queue ordered by (time, order), the
 * unreliable network, faults, Lamport clocks and the trace. Behaviours plug in through
 * {@link dsw.simulation.kernel.Handler} and see the world through {@link dsw.simulation.kernel.Node}.
 */
package dsw.simulation.kernel;
