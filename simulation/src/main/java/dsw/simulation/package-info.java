/** The simulation module; its contents arrive with the issues that build on the foundation. */
package dsw.simulation;
