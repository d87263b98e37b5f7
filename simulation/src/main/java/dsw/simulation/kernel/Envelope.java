package dsw.simulation.kernel;

import dsw.simulation.message.Message;

/**
 * A message on its way, as the kernel delivers it: who sent it to whom along which link, and
 * the sender's Lamport clock after the send. Immutable, thread-safe.
 *
 * @param msg the message id in the trace
 * @param from the sending process
 * @param to the receiving process
 * @param link the link number
 * @param replyTo the message this one answers, or -1
 */
public record Envelope(int msg, int from, int to, int link, Message body, long lamport, int replyTo) {}
