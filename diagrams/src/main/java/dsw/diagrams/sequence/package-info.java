/** A run's trace drawn as a PlantUML sequence diagram: whole, in a time window or one event's causal history. */
package dsw.diagrams.sequence;
