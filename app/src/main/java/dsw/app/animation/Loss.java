package dsw.app.animation;

import dsw.model.trace.DropReason;

/**
 * A message copy the network or its receiver dropped, and where along its link that shows: halfway
 * for a loss on the way, at the sender's end for a partition or a link that was down when it was
 * sent, at the receiver's end for everything that happens on arrival (a partition or a link that
 * went down meanwhile, a crashed receiver, a full queue, a failed checksum). Immutable, thread-safe.
 *
 * @param msg the message id
 * @param reason why it was dropped
 * @param time when it was dropped, in microseconds
 * @param fraction where along the link, from 0 (sender) to 1 (receiver)
 */
public record Loss(int msg, DropReason reason, long time, double fraction) {}
