package dsw.bench;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A trace written directly (not simulated) for the animation benchmark, with a chosen number of
 * messages in flight at any time: one process per component of a design, request/response and
 * delivery/acknowledgement exchanges and one-way messages of the other kinds on random links of it, flights of 20-60 ms, 1% of the copies lost
 * halfway, 0.5% duplicated (a duplicated request is answered twice, as the simulator's servers
 * do), and a few crashes. Lamport clocks are computed as a run would. Seeded:
 * the same arguments always give the same trace. Thread-safe (stateless).
 */
final class SyntheticRun {
    static final long MEAN_FLIGHT = 40_000;
    static final long SERVICE = 2_000;

    private SyntheticRun() {}

    /** One event to append, before it gets its message id and Lamport clock. */
    private record Pending(long time, int order, EventType type, int process, int message, DropReason reason) {}

    /** One message: its ends, kind and what it answers (an index into the list, or -1). */
    private record Planned(int from, int to, int link, MessageKind kind, int replyTo) {}

    /**
     * A run of {@code duration} microseconds of {@code design} with about {@code inFlight} message
     * copies in flight at any time after the first {@link #MEAN_FLIGHT} or so.
     */
    static Trace of(Design design, int inFlight, long duration, long seed) {
        List<Component> components = design.components();
        List<ProcessInfo> processes = new ArrayList<>();
        for (Component c : components) {
            processes.add(new ProcessInfo(c.id(), c.id(), c.kind().id(), 1));
        }
        List<Link> links = design.links();
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            index.put(components.get(i).id(), i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        // Copies in flight = sends per microsecond x mean flight; an exchange sends two messages.
        double sendsPerMicro = inFlight / (double) MEAN_FLIGHT;
        List<Planned> messages = new ArrayList<>();
        List<Pending> events = new ArrayList<>();
        int order = 0;
        long t = 0;
        while (inFlight > 0 && t < duration) {
            t += (long) Math.max(1, -Math.log(1 - random.nextDouble()) / sendsPerMicro);
            int l = random.nextInt(links.size());
            Link link = links.get(l);
            boolean forward = random.nextBoolean();
            int a = index.get(forward ? link.from() : link.to());
            int b = index.get(forward ? link.to() : link.from());
            double roll = random.nextDouble();
            MessageKind kind = roll < 0.8
                    ? MessageKind.REQUEST
                    : switch (random.nextInt(6)) {
                        case 0 -> MessageKind.REPLICATION;
                        case 1 -> MessageKind.HEARTBEAT;
                        case 2 -> MessageKind.PUBLISH;
                        case 3 -> MessageKind.DELIVERY;
                        case 4 -> MessageKind.VOTE;
                        default -> MessageKind.CONTROL;
                    };
            int sent = messages.size();
            messages.add(new Planned(a, b, l, kind, -1));
            long[] arrivals = send(events, random, t, a, b, sent, order);
            order += 4;
            if (kind == MessageKind.REQUEST || kind == MessageKind.DELIVERY) {
                MessageKind answer = kind == MessageKind.REQUEST ? MessageKind.RESPONSE : MessageKind.ACK;
                for (long arrives : arrivals) {
                    // Each copy received is answered (a duplicated request twice), as the simulator's servers do.
                    messages.add(new Planned(b, a, l, answer, sent));
                    send(events, random, arrives + SERVICE, b, a, messages.size() - 1, order);
                    order += 4;
                }
                t += (long) (-Math.log(1 - random.nextDouble()) / sendsPerMicro); // the answer counts too
            }
        }
        for (int i = 0; i < 3 && i < components.size(); i++) {
            int p = random.nextInt(components.size());
            events.add(new Pending(duration / 4, order++, EventType.CRASH, p, -1, DropReason.NONE));
            events.add(new Pending(duration * 3 / 4, order++, EventType.RECOVER, p, -1, DropReason.NONE));
        }
        events.sort((x, y) -> x.time != y.time ? Long.compare(x.time, y.time) : Integer.compare(x.order, y.order));
        return write(design, processes, links, messages, events);
    }

    /**
     * Plans the send of message {@code msg} at {@code t} and the ends of its copies; returns when
     * its copies arrive (none when it is lost, two when duplicated).
     */
    private static long[] send(
            List<Pending> events, SplittableRandom random, long t, int a, int b, int msg, int order) {
        events.add(new Pending(t, order, EventType.SEND, a, msg, DropReason.NONE));
        long flight = MEAN_FLIGHT / 2 + random.nextLong(MEAN_FLIGHT);
        double roll = random.nextDouble();
        if (roll < 0.01) {
            events.add(new Pending(t + flight / 2, order + 1, EventType.DROP, -1, msg, DropReason.LOSS));
            return new long[0];
        }
        events.add(new Pending(t + flight, order + 1, EventType.RECEIVE, b, msg, DropReason.NONE));
        if (roll < 0.015) {
            long again = MEAN_FLIGHT / 2 + random.nextLong(MEAN_FLIGHT);
            events.add(new Pending(t + again, order + 2, EventType.RECEIVE, b, msg, DropReason.NONE));
            return new long[] {t + flight, t + again};
        }
        return new long[] {t + flight};
    }

    private static Trace write(
            Design design,
            List<ProcessInfo> processes,
            List<Link> links,
            List<Planned> messages,
            List<Pending> events) {
        Trace trace = new Trace(new TraceHeader(
                42, design.name(), processes, links.stream().map(Link::id).toList()));
        int[] ids = new int[messages.size()];
        Arrays.fill(ids, -1);
        long[] sentLamport = new long[messages.size()];
        long[] lamport = new long[processes.size()];
        int[] receives = new int[messages.size()];
        for (Pending e : events) {
            switch (e.type) {
                case SEND -> {
                    Planned m = messages.get(e.message);
                    int replyTo = m.replyTo < 0 ? -1 : ids[m.replyTo];
                    int id = trace.addMessage(
                            m.from,
                            m.to,
                            m.link,
                            m.kind,
                            m.kind == MessageKind.REQUEST ? Operation.READ : Operation.NONE,
                            e.message % 1000,
                            m.kind == MessageKind.RESPONSE ? Status.OK : Status.NONE,
                            -1,
                            replyTo,
                            512,
                            null);
                    ids[e.message] = id;
                    sentLamport[e.message] = ++lamport[e.process];
                    trace.append(
                            e.time, EventType.SEND, e.process, id, lamport[e.process], e.time, DropReason.NONE, null);
                }
                case RECEIVE -> {
                    if (++receives[e.message] == 2) {
                        trace.markDuplicated(ids[e.message]);
                    }
                    lamport[e.process] = Math.max(lamport[e.process], sentLamport[e.message]) + 1;
                    trace.append(
                            e.time,
                            EventType.RECEIVE,
                            e.process,
                            ids[e.message],
                            lamport[e.process],
                            e.time,
                            DropReason.NONE,
                            null);
                }
                case DROP -> trace.append(e.time, EventType.DROP, -1, ids[e.message], 0, e.time, e.reason, null);
                default -> trace.append(
                        e.time,
                        e.type,
                        e.process,
                        -1,
                        ++lamport[e.process],
                        e.time,
                        DropReason.NONE,
                        e.type.wireName());
            }
        }
        trace.publish();
        return trace;
    }
}
