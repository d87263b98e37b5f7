package dsw.model.analysis;

import dsw.model.LinkMode;

/**
 * A link as a JGraphT edge, in one direction a request can travel on it: a two-way link gives two
 * edges. Records have value equality, so two links between the same components stay two edges
 * (JGraphT's {@code DefaultEdge} has none). Immutable, thread-safe.
 *
 * @param link the id of the link in the design
 * @param from the component the request leaves
 * @param to the component the request arrives at
 * @param mode whether the sender waits for an answer travelling back the other way
 */
record LinkEdge(String link, String from, String to, LinkMode mode) {}
