package dsw.app.animation;

import dsw.model.trace.MessageKind;

/**
 * One copy of a message in flight at a virtual time. Immutable, thread-safe.
 *
 * @param msg the message id
 * @param copy 0 for the first copy to arrive (or be dropped), 1 for the second of a duplicated one
 * @param link the link number (index into the trace header's links)
 * @param from the sending process
 * @param to the receiving process
 * @param send when it was sent, in microseconds
 * @param arrival when the copy arrives, or arrives at its receiver to be dropped; for a copy lost on
 *     the way, when it would have arrived (its loss is halfway); for an estimated copy, a guess
 * @param end when the copy leaves its link: its arrival, or its drop (for a loss, halfway)
 * @param fraction how far along its link it has travelled, from 0 to 1
 * @param estimated true when the copy's end is not yet in the available trace, so its progress is
 *     a guess (never past {@link Flights#MAX_ESTIMATE})
 * @param dropped true when the copy ends in a drop rather than a receive
 */
public record Flight(
        int msg,
        int copy,
        int link,
        int from,
        int to,
        MessageKind kind,
        long send,
        long arrival,
        long end,
        double fraction,
        boolean estimated,
        boolean dropped) {}
