package dsw.simulation;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.PropertyKeys;
import dsw.model.scenario.Fault;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What crashes, pauses and clock skew do to processes, as a user would see it in the trace. */
class FaultBehaviourTest {

    /** Client {@code c} sends a read to service {@code s} every 10 ms; 1 ms links; the service answers at once. */
    private static Tiny clientAndService() {
        return Tiny.design("client and service")
                .component("c", "client")
                .component("s", "service")
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(0))
                .link("c", "s")
                .everyMillis("c", "s", 10, 0, -1, 1.0, 100)
                .duration(ms(500));
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
}
