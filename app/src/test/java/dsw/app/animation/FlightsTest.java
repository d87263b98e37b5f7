package dsw.app.animation;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FlightsTest {
    private static final long SECOND = 1_000_000;

    /** The copies in flight at t, found the slow way: a pass over every event, as "msg/copy/fraction". */
    private static TreeSet<String> inFlightTheSlowWay(Trace trace, int size, long t) {
        Map<Integer, Long> sends = new HashMap<>();
        Map<Integer, List<long[]>> ends = new HashMap<>();
        for (int seq = 0; seq < size; seq++) {
            EventType type = trace.type(seq);
            int msg = trace.message(seq);
            if (type == EventType.SEND) {
                sends.put(msg, trace.time(seq));
            } else if (type == EventType.RECEIVE || type == EventType.DROP) {
                long lost = type == EventType.DROP && trace.reason(seq) == DropReason.LOSS ? 1 : 0;
                ends.computeIfAbsent(msg, k -> new ArrayList<>()).add(new long[] {trace.time(seq), lost});
            }
        }
        TreeSet<String> flying = new TreeSet<>();
        sends.forEach((msg, send) -> {
            if (send > t) {
                return;
            }
            List<long[]> stops = ends.getOrDefault(msg, List.of());
            for (int copy = 0; copy < trace.messageCopies(msg); copy++) {
                if (copy < stops.size()) {
                    long stop = stops.get(copy)[0];
                    if (t < stop) {
                        long arrival = stops.get(copy)[1] == 1 ? 2 * stop - send : stop;
                        flying.add(key(msg, copy, (t - send) / (double) (arrival - send), false));
                    }
                } else {
                    flying.add(key(msg, copy, -1, true));
                }
            }
        });
        return flying;
    }

    private static String key(int msg, int copy, double fraction, boolean estimated) {
        return estimated
                ? msg + "/" + copy + "/estimated"
                : String.format(Locale.ROOT, "%d/%d/%.6f", msg, copy, fraction);
    }

    private static TreeSet<String> inFlight(Flights flights, long t) {
        FlightList list = flights.inFlight(t);
        TreeSet<String> keys = new TreeSet<>();
        for (int i = 0; i < list.size(); i++) {
            keys.add(key(list.msg(i), list.copy(i), list.fraction(i), list.estimated(i)));
            assertThat(list.fraction(i)).isBetween(0.0, 1.0);
            if (list.estimated(i)) {
                assertThat(list.fraction(i)).isLessThanOrEqualTo(Flights.MAX_ESTIMATE);
            }
        }
        assertThat(keys).as("no copy twice").hasSize(list.size());
        return keys;
    }

    @Test
    void theCopiesInFlightAreThoseAPassOverTheWholeTraceFinds() {
        long seed = new Random().nextLong();
        System.out.println("FlightsTest seed " + seed);
        Random random = new Random(seed);
        // Loss, duplication and reordering; a paused receiver (flights held 1.5 s); a crash.
        for (String example : List.of("mobile-backend" + Runs.DUPLICATING, "sharded-monolith", "three-tier-web")) {
            Trace trace = Runs.of(example, 14 * SECOND);
            Flights flights = new Flights.Indexer(trace).index(trace.size());
            long end = trace.time(trace.size() - 1);
            int found = 0;
            for (int i = 0; i < 40; i++) {
                long t = random.nextLong(end + 1);
                TreeSet<String> expected = inFlightTheSlowWay(trace, trace.size(), t);
                assertThat(inFlight(flights, t))
                        .as("%s at %d (seed %d)", example, t, seed)
                        .isEqualTo(expected);
                found += expected.size();
            }
            assertThat(found).as("copies in flight in %s", example).isGreaterThan(10);
        }
    }

    @Test
    void copiesWhoseEndIsNotAvailableYetAreEstimatedAndStopShortOfTheEnd() {
        Trace trace = Runs.of("three-tier-web", 2 * SECOND);
        int available = trace.size() / 2;
        Flights.Indexer indexer = new Flights.Indexer(trace);
        indexer.index(available / 3);
        Flights flights = indexer.index(available); // built in two steps, as while a run grows
        long t = trace.time(available - 1);
        TreeSet<String> found = inFlight(flights, t);
        assertThat(found).isEqualTo(inFlightTheSlowWay(trace, available, t));
        assertThat(found).anyMatch(k -> k.endsWith("estimated"));
        assertThat(flights.inFlight(t + 10 * SECOND).toList())
                .allSatisfy(f -> assertThat(f.fraction()).isEqualTo(Flights.MAX_ESTIMATE));
    }

    @Test
    void aMessageHeldByAPausedReceiverIsAmongTheFewLongFlights() {
        // The proxy pauses at 12 s for 1.5 s: what reaches it meanwhile is received when it resumes.
        Trace trace = Runs.of("sharded-monolith", 14 * SECOND);
        Flights flights = new Flights.Indexer(trace).index(trace.size());
        assertThat(flights.window()).isLessThan(SECOND / 2);
        assertThat(flights.longFlightCount()).isPositive().isLessThan(trace.messageCount() / 50);
        List<Flight> held = flights.inFlight(13 * SECOND).toList().stream()
                .filter(f -> f.arrival() - f.send() > SECOND / 2)
                .toList();
        assertThat(held).isNotEmpty();
        assertThat(held)
                .allSatisfy(f -> assertThat(trace.header().processName(f.to())).isEqualTo("proxy"));
    }

    @Test
    void aLostCopyVanishesHalfwayAndLeavesACrossThere() {
        Trace trace = Runs.of("mobile-backend", 8 * SECOND);
        Flights flights = new Flights.Indexer(trace).index(trace.size());
        int drop = firstDrop(trace, DropReason.LOSS);
        int msg = trace.message(drop);
        long send = trace.time(trace.sendSeq(msg));
        long lost = trace.time(drop);
        Flight before = find(flights.inFlight(lost - 1), msg);
        assertThat(before.dropped()).isTrue();
        assertThat(before.arrival()).isEqualTo(2 * lost - send);
        assertThat(before.fraction()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(0.01));
        assertThat(flights.inFlight(lost).toList()).noneMatch(f -> f.msg() == msg);
        assertThat(flights.losses(lost + 1, 1000)).contains(new Loss(msg, DropReason.LOSS, lost, 0.5));
        assertThat(flights.losses(lost + 2000, 1000)).noneMatch(l -> l.msg() == msg);
    }

    @Test
    void aMessageSentIntoADownLinkIsCrossedOutAtItsSender() {
        // phone-b's link is down from 10 s to 20 s.
        Trace trace = Runs.of("mobile-backend", 12 * SECOND);
        Flights flights = new Flights.Indexer(trace).index(trace.size());
        int drop = firstDrop(trace, DropReason.LINK_DOWN);
        long at = trace.time(drop);
        assertThat(flights.losses(at, 1)).anySatisfy(l -> {
            assertThat(l.msg()).isEqualTo(trace.message(drop));
            assertThat(l.fraction()).isZero();
        });
    }

    @Test
    void onlyTheKindsSentAppear() {
        Trace trace = Runs.of("mobile-backend", 2 * SECOND);
        Flights flights = new Flights.Indexer(trace).index(trace.size());
        assertThat(flights.kinds())
                .containsExactlyInAnyOrder(dsw.model.trace.MessageKind.REQUEST, dsw.model.trace.MessageKind.RESPONSE);
    }

    static int firstDrop(Trace trace, DropReason reason) {
        for (int seq = 0; seq < trace.size(); seq++) {
            if (trace.type(seq) == EventType.DROP && trace.reason(seq) == reason) {
                return seq;
            }
        }
        throw new AssertionError("no " + reason + " drop in the run");
    }

    static Flight find(FlightList list, int msg) {
        return list.toList().stream()
                .filter(f -> f.msg() == msg)
                .findFirst()
                .orElseThrow(() -> new AssertionError("message " + msg + " is not in flight"));
    }
}
