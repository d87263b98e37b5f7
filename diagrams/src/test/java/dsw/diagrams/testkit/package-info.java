/** Designs and runs shared by the diagram tests. */
package dsw.diagrams.testkit;
