package dsw.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import dsw.model.layout.LayeredLayout;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import dsw.simulation.behavior.Handlers;
import org.junit.jupiter.api.Test;

/** The benchmark scenarios do what the benchmark report says they do. */
class BenchScenariosTest {
    @Test
    void meshKeepsItsMessagesInFlightThroughLossAndDuplication() {
        Simulation simulation = mesh();
        simulation.runEvents(200_000, RunMonitor.NONE);
        Trace trace = simulation.trace();

        int sends = 0;
        int receives = 0;
        int drops = 0;
        for (int seq = 0; seq < trace.size(); seq++) {
            switch (trace.type(seq)) {
                case SEND -> sends++;
                case RECEIVE -> receives++;
                case DROP -> drops++;
                default -> {}
            }
        }
        int copies = 0;
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            copies += trace.messageCopies(msg);
        }
        assertThat(drops).as("lost messages").isPositive();
        assertThat(copies).as("duplicated messages").isGreaterThan(sends);
        assertThat(sends + receives + drops).isEqualTo(trace.size());
        assertThat(copies - receives - drops).as("messages in flight").isBetween(800, 1_200);
        // One kernel event (an arrival or a loss) per hop, each hop a send and a receive or drop.
        assertThat(simulation.kernelEvents()).isBetween(trace.size() / 2L - 1_000, trace.size() / 2L + 1_000);
    }

    @Test
    void meshRunsAreRepeatable() {
        Simulation first = mesh();
        Simulation second = mesh();
        first.runEvents(50_000, RunMonitor.NONE);
        second.runEvents(50_000, RunMonitor.NONE);

        int last = first.trace().size() - 1;
        assertThat(second.kernelEvents()).isEqualTo(first.kernelEvents());
        assertThat(second.trace().time(last)).isEqualTo(first.trace().time(last));
        assertThat(second.trace().lamport(last)).isEqualTo(first.trace().lamport(last));
    }

    @Test
    void meshIsStronglyConnectedWithFourLinksOutOfEachProcess() {
        Design mesh = MeshDesign.of(100, 42);

        assertThat(mesh.components()).hasSize(100);
        assertThat(mesh.links()).hasSize(400);
        assertThat(mesh.link("l99-0")).isPresent();
    }

    @Test
    void tieredDesignServesItsClients() {
        Design design = TieredDesign.of(42, 200 * Micros.PER_MILLISECOND);
        Simulation simulation = Simulation.of(design, design.scenario(), Handlers.standard());
        simulation.runToEnd(RunMonitor.NONE);
        Trace trace = simulation.trace();

        int answered = 0;
        int failed = 0;
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            if (trace.messageKind(msg) == MessageKind.RESPONSE && trace.messageTo(msg) < 24) {
                answered++;
                Status status = trace.messageStatus(msg);
                if (status != Status.OK && status != Status.NOT_FOUND) {
                    failed++;
                }
            }
        }
        assertThat(trace.header().processes()).hasSize(TieredDesign.PROCESSES);
        assertThat(answered).as("answered client requests (8,000/s for 0.2 s)").isGreaterThan(1_300);
        assertThat(failed).as("failed client requests").isLessThan(answered / 50);
        assertThat(countOf(trace, EventType.LOCAL))
                .as("timeouts and rejections")
                .isLessThan(50);
    }

    @Test
    void framedDesignHasItsSizeAndArrangesCompletely() {
        Design design = FramedDesign.of(42);

        assertThat(design.components()).hasSize(FramedDesign.COMPONENTS);
        assertThat(design.links()).hasSize(FramedDesign.LINKS);
        assertThat(design.groups()).hasSize(FramedDesign.FRAMES);
        assertThat(design.isLaidOut()).isFalse();
        Design arranged = LayeredLayout.arrange(design);
        assertThat(arranged.isLaidOut()).isTrue();
        assertThat(arranged.groups()).allSatisfy(g -> assertThat(g.bounds()).isNotNull());
    }

    @Test
    void bareLoopIsDeterministic() {
        assertThat(BareEventLoop.run(1_000, 100_000, 42)).isEqualTo(BareEventLoop.run(1_000, 100_000, 42));
        assertThat(BareEventLoop.run(1_000, 100_000, 42)).isBetween(100_000L, 1_000_000L);
    }

    private static Simulation mesh() {
        return Simulation.of(MeshDesign.of(100, 42), MeshDesign.scenario(42, Micros.MAX), MeshHandler.factory(1_000));
    }

    private static int countOf(Trace trace, EventType type) {
        int count = 0;
        for (int seq = 0; seq < trace.size(); seq++) {
            if (trace.type(seq) == type) {
                count++;
            }
        }
        return count;
    }
}
