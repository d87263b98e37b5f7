/** Export of a run's trace as a log that ShiViz, the space-time diagram viewer, opens unchanged. */
package dsw.diagrams.shiviz;
