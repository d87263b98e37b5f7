package dsw.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.app.TestDesigns;
import dsw.app.canvas.DiagramLayout;
import dsw.model.Design;
import dsw.model.scenario.Fault;
import dsw.model.scenario.ScheduledFault;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultTargetsTest {
    private final Design design = TestDesigns.example("three-tier-web.dsw.json");

    @Test
    void aVerticalLineBetweenTheLoadBalancerAndTheWebTierSplitsTheDesignThere() {
        DiagramLayout layout = DiagramLayout.of(design);
        var lb = layout.box("lb").orElseThrow().bounds();
        var web = layout.box("web").orElseThrow().bounds();
        double x = (lb.maxX() + web.x()) / 2;
        FaultTargets.Sides sides = FaultTargets.split(layout, x, -1000, x, 1000);
        List<String> west = sides.left().contains("lb") ? sides.left() : sides.right();
        List<String> east = west == sides.left() ? sides.right() : sides.left();
        assertThat(west).containsExactlyInAnyOrder("browsers", "lb");
        assertThat(east).containsExactlyInAnyOrder("web", "app", "cache", "db-primary", "db-replica");
    }

    @Test
    void aComponentIsCrashedBetweenItsCrashAndItsRecovery() {
        Simulation run = Simulation.of(design);
        run.runUntil(12 * Micros.PER_SECOND, RunMonitor.NONE);
        Trace trace = run.trace();
        int before = countUpTo(trace, 10 * Micros.PER_SECOND - 1);
        int after = countUpTo(trace, 10 * Micros.PER_SECOND);
        assertThat(FaultTargets.anyCrashed(trace, before, "db-primary")).isFalse();
        assertThat(FaultTargets.anyCrashed(trace, after, "db-primary")).isTrue();
        assertThat(FaultTargets.anyCrashed(trace, after, "cache")).isFalse();
    }

    @Test
    void partitionsInForceFollowHeals() {
        var p1 = new ScheduledFault(10, new Fault.Partition("p1", List.of("a"), List.of("b"), false));
        var p2 = new ScheduledFault(20, new Fault.Partition("p2", List.of("a"), List.of("c"), true));
        var heal1 = new ScheduledFault(30, new Fault.Heal("p1"));
        var healAll = new ScheduledFault(40, new Fault.Heal(null));
        List<ScheduledFault> faults = List.of(healAll, p2, heal1, p1);
        assertThat(FaultTargets.partitionsInForce(faults, 25)).containsExactly("p1", "p2");
        assertThat(FaultTargets.partitionsInForce(faults, 35)).containsExactly("p2");
        assertThat(FaultTargets.partitionsInForce(faults, 45)).isEmpty();
        assertThat(FaultTargets.freshPartitionName(faults)).isEqualTo("p3");
    }

    @Test
    void skewTextReadsSignedOffsetsAndDrift() {
        assertThat(SkewText.parse("web", "+50ms")).isEqualTo(new Fault.ClockSkew("web", 50_000, 0));
        assertThat(SkewText.parse("web", " -2s  300ppm ")).isEqualTo(new Fault.ClockSkew("web", -2_000_000, 300));
        assertThatThrownBy(() -> SkewText.parse("web", "soon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"soon\" is not an offset");
        assertThatThrownBy(() -> SkewText.parse("web", "+5ms fast")).hasMessageContaining("ppm");
        assertThatThrownBy(() -> SkewText.parse("web", "+5ms 9999999ppm")).hasMessageContaining("drift");
    }

    private static int countUpTo(Trace trace, long time) {
        return TraceSearch.countUpTo(trace, trace.size(), time);
    }
}
