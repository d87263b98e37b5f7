package dsw.diagrams.importer;

/**
 * How an arrow names one of its ends: the code, and the keyword its syntax implies
 * ({@code [Web]} is a component, {@code :User:} an actor) for when it names nothing declared.
 * Immutable.
 *
 * @param keyword the implied keyword, or null for a plain or quoted name
 * @param quoted true for {@code "Orders DB"}, which may also match an element's shown name
 */
record PumlRef(String code, String keyword, boolean quoted) {}
