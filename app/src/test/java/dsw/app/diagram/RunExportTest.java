package dsw.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.diagrams.sequence.SequenceDiagram;
import dsw.diagrams.sequence.SequenceOptions;
import dsw.model.Design;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import org.junit.jupiter.api.Test;

/** What Simulation > Export Run draws of the run on screen. */
class RunExportTest {
    private final Design design = TestDesigns.example("three-tier-web.dsw.json");
    private final Trace trace = run();

    private Trace run() {
        Simulation s = Simulation.of(design);
        s.runUntil(2 * Micros.PER_SECOND, RunMonitor.NONE);
        return s.trace();
    }

    @Test
    void withoutASelectionItDrawsTheLastMessagesUpToTheMomentShown() {
        long time = Micros.PER_SECOND;
        int shown = count(time);
        SequenceOptions options = RunExport.options(trace, shown, time, -1);
        assertThat(options.to()).isEqualTo(time);
        assertThat(options.from()).isPositive();
        assertThat(options.focus()).isEqualTo(-1);
        SequenceDiagram diagram = SequenceDiagram.of(trace, design, options);
        // The window holds the last 200 sends; those still in flight at the moment shown are not drawn.
        assertThat(diagram.messagesShown()).isBetween(RunExport.MESSAGES * 3 / 4, RunExport.MESSAGES);
        assertThat(diagram.puml()).contains("@startuml");
    }

    @Test
    void withASelectedEventItDrawsItsCausalHistory() {
        int shown = count(Micros.PER_SECOND);
        int receive = shown - 1;
        while (trace.type(receive) != EventType.RECEIVE) {
            receive--;
        }
        SequenceOptions options = RunExport.options(trace, shown, Micros.PER_SECOND, receive);
        assertThat(options.focus()).isEqualTo(receive);
        assertThat(SequenceDiagram.of(trace, design, options).puml()).contains("causal history of");
    }

    private int count(long time) {
        int n = 0;
        while (n < trace.size() && trace.time(n) <= time) {
            n++;
        }
        return n;
    }
}
