package dsw.model.trace;

import static dsw.model.trace.Causality.Relation.AFTER;
import static dsw.model.trace.Causality.Relation.BEFORE;
import static dsw.model.trace.Causality.Relation.CONCURRENT;
import static dsw.model.trace.Causality.Relation.SAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Happens-before on the classic three-process diagram, where every answer is known by heart. */
class CausalityTest {
    private Trace trace;
    private Causality causality;
    // P1: a (send m1), b (local), c (receive m2)
    // P2: d (receive m1), e (send m2), f (send m3)
    // P3: g (local), h (receive m3)
    private int a;
    private int b;
    private int c;
    private int d;
    private int e;
    private int f;
    private int g;
    private int h;

    @BeforeEach
    void classicDiagram() {
        TraceBuilder t = new TraceBuilder("p1", "p2", "p3");
        int m1 = t.send(0, 1);
        a = 0;
        g = t.local(2);
        b = t.local(0);
        d = t.receive(m1);
        int m2 = t.send(1, 0);
        e = t.trace().sendSeq(m2);
        int m3 = t.send(1, 2);
        f = t.trace().sendSeq(m3);
        c = t.receive(m2);
        h = t.receive(m3);
        trace = t.build();
        causality = Causality.of(trace);
    }

    @Test
    void relationsOfTheClassicDiagram() {
        assertThat(causality.relation(a, a)).isEqualTo(SAME);
        assertThat(causality.relation(a, b)).isEqualTo(BEFORE);
        assertThat(causality.relation(a, d)).isEqualTo(BEFORE);
        assertThat(causality.relation(a, h)).isEqualTo(BEFORE);
        assertThat(causality.relation(h, a)).isEqualTo(AFTER);
        assertThat(causality.relation(b, d)).isEqualTo(CONCURRENT);
        assertThat(causality.relation(b, c)).isEqualTo(BEFORE);
        assertThat(causality.relation(e, c)).isEqualTo(BEFORE);
        assertThat(causality.relation(f, c)).isEqualTo(CONCURRENT);
        assertThat(causality.relation(g, h)).isEqualTo(BEFORE);
        assertThat(causality.relation(g, a)).isEqualTo(CONCURRENT);
        assertThat(causality.relation(g, f)).isEqualTo(CONCURRENT);
        assertThat(causality.relation(c, h)).isEqualTo(CONCURRENT);
        assertThat(causality.happenedBefore(d, h)).isTrue();
        assertThat(causality.happenedBefore(h, d)).isFalse();
    }

    @Test
    void causalPastAndFutureOfTheClassicDiagram() {
        assertThat(causality.causalPast(h)).isEqualTo(bits(a, d, e, f, g));
        assertThat(causality.causalPast(c)).isEqualTo(bits(a, b, d, e));
        assertThat(causality.causalPast(a)).isEqualTo(bits());
        assertThat(causality.causalFuture(a)).isEqualTo(bits(b, c, d, e, f, h));
        assertThat(causality.causalFuture(b)).isEqualTo(bits(c));
        assertThat(causality.causalFuture(g)).isEqualTo(bits(h));
        assertThat(causality.causalFuture(h)).isEqualTo(bits());
    }

    @Test
    void explanationsNameTheProcessesAndTheEntriesCompared() {
        assertThat(causality.explain(a, h))
                .isEqualTo("send at p1 (seq 0) happened before receive at p3 (seq 7):"
                        + " VC[p1] is 1 at seq 0 and 1 at seq 7, and 1 ≤ 1");
        assertThat(causality.explain(c, e))
                .isEqualTo("receive at p1 (seq 6) happened after send at p2 (seq 4):"
                        + " VC[p2] is 2 at seq 4 and 2 at seq 6, and 2 ≤ 2");
        assertThat(causality.explain(b, d))
                .isEqualTo("local at p1 (seq 2) and receive at p2 (seq 3) are concurrent, neither has seen the"
                        + " other: VC[p1] is 2 at seq 2 and 1 at seq 3, and 2 > 1;"
                        + " VC[p2] is 1 at seq 3 and 0 at seq 2, and 1 > 0");
        assertThat(causality.explain(b, b))
                .isEqualTo("local at p1 (seq 2) is one event: it neither happened" + " before nor after itself");
    }

    @Test
    void networkEventsAreOutsideTheOrder() {
        TraceBuilder t = new TraceBuilder("a", "b");
        int m = t.send(0, 1);
        int drop = t.drop(m, DropReason.PARTITION);
        int fault = t.fault("partition a | b");
        int local = t.local(1);
        Causality c = Causality.of(t.build());

        assertThat(c.relation(0, local)).isEqualTo(CONCURRENT);
        assertThat(c.causalFuture(0)).isEqualTo(bits());
        assertThatThrownBy(() -> c.relation(drop, local))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seq 1 is a drop, a network event; happens-before orders events at processes only");
        assertThatThrownBy(() -> c.causalPast(fault)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.relation(0, 9)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(c.explain(fault, local))
                .isEqualTo("fault (seq 2) is a network event: only events at processes are ordered by"
                        + " happens-before");
    }

    @Test
    void aDuplicatedMessageOrdersItsSendBeforeBothReceives() {
        TraceBuilder t = new TraceBuilder("a", "b", "c");
        int m = t.send(0, 1);
        t.trace().markDuplicated(m);
        int first = t.receive(m);
        int before = t.local(1);
        int second = t.receive(m);
        int local = t.local(2);
        Causality c = Causality.of(t.build());

        assertThat(c.relation(0, second)).isEqualTo(BEFORE);
        assertThat(c.relation(first, second)).isEqualTo(BEFORE);
        assertThat(c.causalPast(second)).isEqualTo(bits(0, first, before));
        assertThat(c.causalFuture(0)).isEqualTo(bits(first, before, second));
        assertThat(c.relation(local, second)).isEqualTo(CONCURRENT);
    }

    @Test
    void theSearchesCoverOnlyTheEventsTheClocksCover() {
        TraceBuilder t = new TraceBuilder("a", "b");
        int m = t.send(0, 1);
        Causality early = Causality.of(t.build());
        t.receive(m);
        t.build();

        assertThat(early.causalFuture(0)).isEqualTo(bits());
        assertThat(Causality.of(early.clocks().extend()).causalFuture(0)).isEqualTo(bits(1));
    }

    private static BitSet bits(int... seqs) {
        BitSet set = new BitSet();
        IntStream.of(seqs).forEach(set::set);
        return set;
    }
}
