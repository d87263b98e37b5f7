/**
 * The diagrams module: PlantUML text from a design ({@link dsw.diagrams.plantuml}), rendering it to
 * SVG and PNG, and other exports of a run ({@link dsw.diagrams.shiviz}).
 */
package dsw.diagrams;
