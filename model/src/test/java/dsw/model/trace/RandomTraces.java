package dsw.model.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random but well-formed traces for tests: sends between random processes, receives of random
 * copies in flight (some held back for a long time), duplicated messages, drops of every reason,
 * faults, crashes and other process events. Not thread-safe.
 */
final class RandomTraces {
    private static final DropReason[] REASONS = {
        DropReason.LOSS,
        DropReason.PARTITION,
        DropReason.LINK_DOWN,
        DropReason.CRASH,
        DropReason.CORRUPT,
        DropReason.QUEUE_FULL
    };
    private static final EventType[] OTHERS = {
        EventType.LOCAL, EventType.CRASH, EventType.RECOVER, EventType.PAUSE, EventType.RESUME
    };

    private static final MessageKind[] KINDS = MessageKind.values();
    private static final Operation[] OPERATIONS = Operation.values();
    private static final Status[] STATUSES = Status.values();

    private RandomTraces() {}

    static TraceBuilder builder(Random random, int processes) {
        String[] names = new String[processes];
        for (int i = 0; i < processes; i++) {
            names[i] = i % 3 == 2 ? "db" + i : "web#" + (i + 1);
        }
        List<String> links = new ArrayList<>();
        for (int i = 0; i < Math.min(processes, 5); i++) {
            links.add("link-" + i);
        }
        return new TraceBuilder(TraceBuilder.header(random.nextLong(), links, names));
    }

    /** A trace of about {@code events} events at {@code processes} processes. */
    static Trace generate(Random random, int processes, int events) {
        TraceBuilder b = builder(random, processes);
        append(random, b, events);
        return b.build();
    }

    /** Appends about {@code events} random events; copies still in flight at the end stay so. */
    static void append(Random random, TraceBuilder b, int events) {
        int processes = b.trace().header().processCount();
        int links = b.trace().header().links().size();
        List<Integer> inFlight = new ArrayList<>();
        List<Integer> heldBack = new ArrayList<>();
        int target = b.trace().size() + events;
        while (true) {
            b.trace().publish();
            if (b.trace().size() >= target) {
                return;
            }
            int roll = random.nextInt(100);
            if (roll < 35 || processes == 0) {
                if (processes == 0) {
                    b.fault("nothing to do");
                    continue;
                }
                int from = random.nextInt(processes);
                int to = random.nextInt(processes);
                int msg = b.send(
                        from,
                        to,
                        links == 0 ? -1 : random.nextInt(links + 1) - 1,
                        KINDS[random.nextInt(KINDS.length)],
                        OPERATIONS[random.nextInt(OPERATIONS.length)],
                        random.nextInt(4) - 1,
                        STATUSES[random.nextInt(STATUSES.length)],
                        random.nextInt(3) * 100,
                        random.nextInt(5) == 0 ? "custom \"label\" " + random.nextInt(3) : null);
                int copies = 1;
                if (random.nextInt(6) == 0) {
                    b.trace().markDuplicated(msg);
                    copies = 2;
                }
                for (int c = 0; c < copies; c++) {
                    (random.nextInt(15) == 0 ? heldBack : inFlight).add(msg);
                }
            } else if (roll < 70 && !inFlight.isEmpty()) {
                int msg = inFlight.remove(random.nextInt(inFlight.size()));
                b.receive(msg);
            } else if (roll < 76 && !inFlight.isEmpty()) {
                int msg = inFlight.remove(random.nextInt(inFlight.size()));
                b.drop(msg, REASONS[random.nextInt(REASONS.length)]);
            } else if (roll < 78 && !heldBack.isEmpty()) {
                b.receive(heldBack.remove(0));
            } else if (roll < 80) {
                b.fault(random.nextBoolean() ? "partition a | b" : null);
            } else if (roll < 82) {
                b.advance(random.nextInt(1000));
            } else {
                EventType type = OTHERS[random.nextInt(OTHERS.length)];
                String detail = random.nextInt(3) == 0 ? "note " + random.nextInt(10) + " ünïcødé" : null;
                b.event(type, random.nextInt(processes), detail);
            }
        }
    }
}
