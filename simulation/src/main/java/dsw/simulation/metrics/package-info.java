/** Figures derived from a run's trace: message counts, throughput and latency percentiles. */
package dsw.simulation.metrics;
