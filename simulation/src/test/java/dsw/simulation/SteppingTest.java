package dsw.simulation;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import dsw.model.PropertyKeys;
import dsw.model.scenario.Fault;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import dsw.simulation.testkit.TraceText;
import org.junit.jupiter.api.Test;

/**
 * Driving a run an event at a time when one moment records many: at the end of a pause the
 * service resumes and receives the 20 requests that waited, all in one step of the kernel.
 */
class SteppingTest {
    private static Design pausedService() {
        return Tiny.design("paused service")
                .component("c", "client")
                .component("s", "service")
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(0))
                .link("c", "s")
                .everyMillis("c", "s", 10, 0, -1, 1.0, 100)
                .fault(ms(100), new Fault.Pause("s", ms(200)))
                .duration(ms(500))
                .build();
    }

    @Test
    void stepShowsExactlyOneMoreEventEvenInsideAMomentThatRecordsMany() {
        Simulation simulation = Simulation.of(pausedService());
        assertThat(simulation.runUntil(StopCondition.next(EventType.RESUME), RunMonitor.NONE))
                .isEqualTo(RunOutcome.CONDITION_MET);
        Trace trace = simulation.trace();
        int resume = trace.size() - 1;
        assertThat(trace.type(resume)).isEqualTo(EventType.RESUME);
        assertThat(trace.recorded())
                .as("the kernel step recorded the receives too")
                .isEqualTo(resume + 21);

        for (int i = 1; i <= 20; i++) {
            assertThat(simulation.step()).isTrue();
            assertThat(trace.size()).isEqualTo(resume + 1 + i);
            assertThat(trace.type(resume + i)).isEqualTo(EventType.RECEIVE);
            assertThat(trace.time(resume + i)).isEqualTo(ms(300));
            assertThat(simulation.isFinished()).isFalse();
        }

        simulation.runToEnd(RunMonitor.NONE);
        assertThat(TraceText.firstDifference(Runs.finished(pausedService()), trace))
                .isEmpty();
    }

    @Test
    void eventsKeptForLaterAreShownByRunningToTheirTimeNotBefore() {
        Simulation simulation = Simulation.of(pausedService());
        simulation.runUntil(StopCondition.next(EventType.RESUME), RunMonitor.NONE);
        int shown = simulation.trace().size();

        assertThat(simulation.runUntil(ms(250), RunMonitor.NONE)).isEqualTo(RunOutcome.TIME_REACHED);
        assertThat(simulation.trace().size())
                .as("events at 300 ms are not shown at 250 ms")
                .isEqualTo(shown);

        simulation.runUntil(ms(300), RunMonitor.NONE);
        assertThat(simulation.trace().size()).isGreaterThanOrEqualTo(shown + 20);
        assertThat(simulation.trace().time(simulation.trace().size() - 1)).isEqualTo(ms(300));
    }

    @Test
    void rebuildingToAnEventInsideAMomentShowsExactlyThatManyEvents() {
        Simulation whole = Simulation.of(pausedService());
        whole.runToEnd(RunMonitor.NONE);
        int resume = Runs.events(whole.trace(), EventType.RESUME, "s").get(0);

        Simulation rebuilt = whole.rebuildToEvents(resume + 5, RunMonitor.NONE);
        assertThat(rebuilt.trace().size()).isEqualTo(resume + 5);
        assertThat(TraceText.firstDifference(
                        whole.trace(),
                        rebuilt.trace(),
                        resume + 5,
                        rebuilt.trace().messageCount()))
                .isEmpty();
    }
}
