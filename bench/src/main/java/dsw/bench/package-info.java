/**
 * Benchmarks of the simulation kernel (JMH) and a trace memory check, with the scenarios they
 * run: a random mesh of forwarding processes and a tiered design on the standard behaviours.
 * Nothing depends on this module; docs/benchmarks.md reports its figures.
 */
package dsw.bench;
