package dsw.simulation;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.PropertyKeys;
import dsw.model.scenario.Fault;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import dsw.simulation.testkit.TraceInvariants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What crashes, pauses and clock skew do to processes, as a user would see it in the trace. */
class FaultBehaviourTest {

    private static Tiny clientAndService() {
        return Tiny.clientAndService();
    }

    @Test
    void aPausedProcessReceivesNothingThenTheQueuedMessagesInOrderAtResume() {
        Trace trace = Runs.finished(
                clientAndService().fault(ms(100), new Fault.Pause("s", ms(200))).build());
        int s = Runs.process(trace, "s");

        List<Integer> pause = Runs.events(trace, EventType.PAUSE, "s");
        List<Integer> resume = Runs.events(trace, EventType.RESUME, "s");
        assertThat(pause).hasSize(1);
        assertThat(resume).hasSize(1);
        assertThat(trace.time(pause.get(0))).isEqualTo(ms(100));
        assertThat(trace.time(resume.get(0))).isEqualTo(ms(300));
        for (int seq = pause.get(0) + 1; seq < resume.get(0); seq++) {
            assertThat(trace.process(seq)).as("event %d while s is paused", seq).isNotEqualTo(s);
        }

        // Requests sent at 100..290 ms arrived during the pause; they are received right after the resume.
        List<Integer> waited = new ArrayList<>();
        for (int msg : Runs.messages(trace, MessageKind.REQUEST, "c", "s")) {
            long sent = Runs.sentAt(trace, msg);
            if (sent >= ms(100) && sent < ms(300)) {
                waited.add(msg);
            }
        }
        assertThat(waited).hasSize(20);
        List<Integer> afterResume = new ArrayList<>();
        for (int seq = resume.get(0) + 1; seq < trace.size() && afterResume.size() < waited.size(); seq++) {
            assertThat(trace.time(seq)).isEqualTo(ms(300));
            if (trace.process(seq) == s) {
                assertThat(trace.type(seq)).isEqualTo(EventType.RECEIVE);
                afterResume.add(trace.message(seq));
            }
        }
        assertThat(afterResume).as("messages received at the resume, in order").isEqualTo(waited);
        for (int msg : waited) {
            assertThat(Runs.fates(trace, msg, EventType.DROP)).isEmpty();
        }
    }

    /**
     * One write of key k0 at 100 ms, then a read every 100 ms from 300 ms; the store crashes at 350
     * ms and recovers at 360 ms. The statuses of the answers to the reads, by the time they were
     * sent.
     */
    private static Map<Long, Status> readsAfterACrash(String kind) {
        Trace trace = Runs.finished(Tiny.design("store crash")
                .component("c", "client")
                .component("store", kind)
                .link("c", "store")
                .everyMillis("c", "store", 100, 0, ms(150), 0.0, 100)
                .everyMillis("c", "store", 100, ms(200), -1, 1.0, 100)
                .fault(ms(350), new Fault.Crash("store"))
                .fault(ms(360), new Fault.Recover("store"))
                .duration(ms(600))
                .build());
        Map<Long, Status> reads = new LinkedHashMap<>();
        for (int msg : Runs.messages(trace, MessageKind.RESPONSE, "store", "c")) {
            int request = trace.messageReplyTo(msg);
            if (trace.messageOperation(request) == Operation.READ) {
                reads.put(Runs.sentAt(trace, request), trace.messageStatus(msg));
            }
        }
        return reads;
    }

    @Test
    void aCacheLosesItsDataInACrashWhileADatabaseKeepsIt() {
        assertThat(readsAfterACrash("cache"))
                .containsExactly(
                        Map.entry(ms(300), Status.OK),
                        Map.entry(ms(400), Status.MISS),
                        Map.entry(ms(500), Status.MISS));
        assertThat(readsAfterACrash("database"))
                .containsExactly(
                        Map.entry(ms(300), Status.OK), Map.entry(ms(400), Status.OK), Map.entry(ms(500), Status.OK));
    }

    @Test
    void aCrashedServiceDropsWhatArrivesAndAnswersAgainAfterRecovery() {
        Trace trace = Runs.finished(clientAndService()
                .fault(ms(100), new Fault.Crash("s"))
                .fault(ms(200), new Fault.Recover("s"))
                .build());
        for (int msg : Runs.messages(trace, MessageKind.REQUEST, "c", "s")) {
            long arrives = Runs.sentAt(trace, msg) + ms(1);
            boolean down = arrives >= ms(100) && arrives < ms(200);
            assertThat(Runs.fates(trace, msg, down ? EventType.DROP : EventType.RECEIVE))
                    .as("request arriving at %s", Micros.format(arrives))
                    .hasSize(arrives <= ms(500) ? 1 : 0);
        }
        assertThat(Runs.events(trace, EventType.CRASH, "s"))
                .extracting(trace::time)
                .containsExactly(ms(100));
        assertThat(Runs.events(trace, EventType.RECOVER, "s"))
                .extracting(trace::time)
                .containsExactly(ms(200));
    }

    /**
     * A fault at time 0 comes before anything else: a client crashed at 0 sends nothing until it
     * recovers, and then sends at its own rate, once.
     */
    @Test
    void aClientCrashedAtTimeZeroStaysSilentUntilItRecoversThenSendsAtItsRate() {
        Trace trace = Runs.finished(clientAndService()
                .fault(0, new Fault.Crash("c"))
                .fault(ms(200), new Fault.Recover("c"))
                .build());
        List<Long> sends = new ArrayList<>();
        for (int seq : Runs.events(trace, EventType.SEND, "c")) {
            sends.add(trace.time(seq));
        }
        assertThat(sends).as("sends of c").allMatch(t -> t > ms(200));
        assertThat(sends).hasSize(30).startsWith(ms(210), ms(220), ms(230));
    }

    @Test
    void aClientPausedAtTimeZeroSendsNothingUntilItResumes() {
        Trace trace = Runs.finished(
                clientAndService().fault(0, new Fault.Pause("c", ms(100))).build());
        List<Long> sends = new ArrayList<>();
        for (int seq : Runs.events(trace, EventType.SEND, "c")) {
            sends.add(trace.time(seq));
        }
        assertThat(sends).isNotEmpty().allMatch(t -> t >= ms(100));
    }

    @Test
    void clockSkewShiftsAndDriftsThePhysicalClockOfEveryInstanceOfTheSkewedComponent() {
        long offset = ms(500);
        double drift = 1000;
        Trace trace = Runs.finished(clientAndService()
                .set("s", PropertyKeys.REPLICAS, 2)
                .fault(ms(100), new Fault.ClockSkew("s", offset, drift))
                .build());
        int skewedEvents = 0;
        for (int seq = 0; seq < trace.size(); seq++) {
            long t = trace.time(seq);
            int p = trace.process(seq);
            boolean skewed =
                    p >= 0 && trace.header().processes().get(p).component().equals("s") && t >= ms(100);
            long expected = skewed ? t + offset + Math.round((t - ms(100)) * drift / 1_000_000.0) : t;
            assertThat(trace.physical(seq))
                    .as("physical clock at %s", TraceInvariants.describe(trace, seq))
                    .isEqualTo(expected);
            skewedEvents += skewed ? 1 : 0;
        }
        assertThat(skewedEvents).isGreaterThan(50);
        assertThat(Runs.events(trace, EventType.RECEIVE, "s#1")).isNotEmpty();
        assertThat(Runs.events(trace, EventType.RECEIVE, "s#2")).isNotEmpty();
    }

    @Test
    void aLinkLossFaultLosesEveryMessageFromThenOnHalfWayAlongTheLink() {
        Trace trace = Runs.finished(clientAndService()
                .fault(ms(500), new Fault.LinkLoss("c-s", 1.0))
                .build());
        for (int msg : Runs.messages(trace, MessageKind.REQUEST, "c", "s")) {
            long sent = Runs.sentAt(trace, msg);
            List<Integer> drops = Runs.fates(trace, msg, EventType.DROP);
            List<Integer> receives = Runs.fates(trace, msg, EventType.RECEIVE);
            if (sent < ms(499)) {
                assertThat(receives).as("request sent at %d µs", sent).hasSize(1);
            } else if (sent > ms(500)) {
                assertThat(drops).as("request sent at %d µs", sent).hasSize(1);
                assertThat(trace.reason(drops.get(0))).isEqualTo(DropReason.LOSS);
                assertThat(trace.time(drops.get(0))).isEqualTo(sent + ms(0.5));
            }
        }
    }

    @Test
    void aPartitionOfAFrameCutsItsMembers() {
        Trace trace = Runs.finished(clientAndService()
                .group("zone", "s")
                .fault(ms(100), new Fault.Partition("p", List.of("zone"), List.of("c"), false))
                .build());
        for (int msg : Runs.messages(trace, MessageKind.REQUEST, "c", "s")) {
            long sent = Runs.sentAt(trace, msg);
            assertThat(Runs.fates(trace, msg, EventType.DROP))
                    .as("request sent at %s", Micros.format(sent))
                    .hasSize(sent >= ms(100) ? 1 : 0);
        }
    }
}
