package dsw.model.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random traces, with duplicated messages, drops, faults and receives long after their sends,
 * checked against reachability in the event graph searched by hand. jqwik prints the seed and sizes
 * of a failing case.
 */
class CausalityProperties {

    @Property(tries = 150)
    void relationsMatchReachabilityInTheEventGraph(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 6) int processes,
            @ForAll @IntRange(max = 120) int events,
            @ForAll @IntRange(max = 6) int blockBits) {
        Trace trace = RandomTraces.generate(new Random(seed), processes, events);
        NaiveClocks graph = new NaiveClocks(trace);
        Causality causality = Causality.of(VectorClocks.of(trace, blockBits, 1 << 12));

        for (int a = 0; a < trace.size(); a++) {
            if (!trace.type(a).isProcessEvent()) {
                continue;
            }
            for (int b = 0; b < trace.size(); b++) {
                if (!trace.type(b).isProcessEvent()) {
                    continue;
                }
                Causality.Relation expected = a == b
                        ? Causality.Relation.SAME
                        : graph.reaches(a, b)
                                ? Causality.Relation.BEFORE
                                : graph.reaches(b, a) ? Causality.Relation.AFTER : Causality.Relation.CONCURRENT;
                assertThat(causality.relation(a, b)).as("%d vs %d", a, b).isEqualTo(expected);
            }
        }
    }

    @Property(tries = 150)
    void pastAndFutureAreTheReachableEvents(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 6) int processes,
            @ForAll @IntRange(max = 150) int events) {
        Trace trace = RandomTraces.generate(new Random(seed), processes, events);
        NaiveClocks graph = new NaiveClocks(trace);
        Causality causality = Causality.of(trace);

        for (int seq = 0; seq < trace.size(); seq++) {
            if (!trace.type(seq).isProcessEvent()) {
                continue;
            }
            BitSet past = graph.past(seq);
            assertThat(causality.causalPast(seq)).as("past of %d", seq).isEqualTo(past);
            assertThat(causality.causalFuture(seq)).as("future of %d", seq).isEqualTo(graph.future(seq));
        }
    }
}
