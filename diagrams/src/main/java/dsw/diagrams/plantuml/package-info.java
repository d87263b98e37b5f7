/** PlantUML output for designs: safe text, deployment diagrams, and rendering to SVG and PNG. */
package dsw.diagrams.plantuml;
