package dsw.simulation.message;

/**
 * A message a service wrote to its database's outbox together with the data, waiting to be
 * published.
 *
 * @param id the database's number for the entry
 * @param request the client request whose write made it
 * @param key the key written
 * @param size bytes of the message to publish
 */
public record OutboxEntry(int id, int request, int key, int size) {}
