/**
 * Reads PlantUML deployment and component diagrams into new designs: the common subset
 * (elements, nesting, arrows with labels and styles), with a report of what was guessed or not
 * understood. A parser of its own; PlantUML's is not used, and no preprocessor directive is run.
 */
package dsw.diagrams.importer;
