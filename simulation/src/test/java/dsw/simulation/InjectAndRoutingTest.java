package dsw.simulation;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.model.Design;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.PropertyKeys;
import dsw.model.scenario.Fault;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faults injected at run time are checked against the design; clients use two-way links from either end. */
class InjectAndRoutingTest {
    private static Tiny clientAndService() {
        return Tiny.clientAndService().duration(ms(200));
    }

    @Test
    void injectingAFaultOnAnUnknownComponentFailsAtOnceAndNamesIt() {
        Simulation simulation = Simulation.of(clientAndService().build());
        simulation.runUntil(ms(50), RunMonitor.NONE);

        assertThatThrownBy(() -> simulation.inject(new Fault.Crash("nope")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
        assertThat(simulation.faults()).isEmpty();
        assertThat(simulation.runToEnd(RunMonitor.NONE)).isEqualTo(RunOutcome.FINISHED);
    }

    @Test
    void healingAPartitionThatWasNeverMadeIsRefused() {
        Simulation simulation = Simulation.of(clientAndService().build());

        assertThatThrownBy(() -> simulation.inject(new Fault.Heal("p9")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p9");
    }

    @Test
    void anInjectedCrashIsRecordedAndStopsTheService() {
        Simulation simulation = Simulation.of(clientAndService().build());
        simulation.runUntil(ms(50), RunMonitor.NONE);

        simulation.inject(new Fault.Crash("s"));
        simulation.runToEnd(RunMonitor.NONE);

        Trace trace = simulation.trace();
        List<Integer> crashes = Runs.events(trace, EventType.CRASH, "s");
        assertThat(crashes).hasSize(1);
        assertThat(trace.time(crashes.get(0))).isEqualTo(ms(50) + 1);
        assertThat(simulation.faults()).hasSize(1);
    }

    @Test
    void aClientAtTheFarEndOfATwoWayLinkSendsAlongIt() {
        Design forward = clientAndService().build();
        Link link = forward.links().get(0);
        Design reversed = forward.withLinks(List.of(new Link(
                link.id(), "s", "c", LinkDirection.BOTH, link.mode(), link.label(), link.network(), link.patterns())));

        Trace trace = Runs.finished(reversed);

        assertThat(Runs.messages(trace, MessageKind.REQUEST, "c", "s")).isNotEmpty();
        assertThat(Runs.messages(trace, MessageKind.RESPONSE, "s", "c")).isNotEmpty();
    }

    @Test
    void aCycleOfServicesCallingEachOtherDoesNotMultiplyRequests() {
        Tiny design = Tiny.design("cycle").component("c", "client");
        for (String id : List.of("a", "b", "d")) {
            design.component(id, "service").set(id, PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)));
        }
        design.link("c", "a")
                .link("a", "b")
                .link("a", "d")
                .link("b", "a")
                .link("b", "d")
                .link("d", "a")
                .link("d", "b");
        design.everyMillis("c", "a", 10, 0, -1, 1.0, 100).duration(ms(200));

        Simulation simulation = Simulation.of(design.build());
        simulation.runToEnd(RunMonitor.NONE);

        Trace trace = simulation.trace();
        int requests = Runs.messages(trace, MessageKind.REQUEST, "c", "a").size();
        // Each client request reaches a, then b and d, then each calls the other once: 5 calls
        // (fewer for the last requests, still under way when the run ends).
        long calls = java.util.stream.IntStream.range(0, trace.messageCount())
                .filter(m -> trace.messageKind(m) == MessageKind.REQUEST)
                .count();
        assertThat(requests).isPositive();
        assertThat(calls).isBetween(5L * (requests - 2), 5L * requests);
        assertThat(Runs.messages(trace, MessageKind.RESPONSE, "a", "c")).hasSizeGreaterThanOrEqualTo(requests - 1);
    }
}
