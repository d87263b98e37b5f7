package dsw.model.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Vector clocks of hand-made traces with known answers, and of random ones against a plain computation. */
class VectorClocksTest {
    private static final int P1 = 0;
    private static final int P2 = 1;
    private static final int P3 = 2;

    /**
     * The classic three-process picture: P1 sends m1 to P2, works, and receives m2 from P2; P2
     * receives m1, sends m2 back and m3 to P3; P3 works, then receives m3.
     */
    @Test
    void theClassicThreeProcessDiagram() {
        TraceBuilder b = new TraceBuilder("p1", "p2", "p3");
        int m1 = b.send(P1, P2);
        int g = b.local(P3);
        int bLocal = b.local(P1);
        int d = b.receive(m1);
        int m2 = b.send(P2, P1);
        int m3 = b.send(P2, P3);
        int c = b.receive(m2);
        int h = b.receive(m3);
        VectorClocks clocks = VectorClocks.of(b.build());

        assertThat(clocks.vector(0)).containsExactly(1, 0, 0);
        assertThat(clocks.vector(g)).containsExactly(0, 0, 1);
        assertThat(clocks.vector(bLocal)).containsExactly(2, 0, 0);
        assertThat(clocks.vector(d)).containsExactly(1, 1, 0);
        assertThat(clocks.vector(b.trace().sendSeq(m2))).containsExactly(1, 2, 0);
        assertThat(clocks.vector(b.trace().sendSeq(m3))).containsExactly(1, 3, 0);
        assertThat(clocks.vector(c)).containsExactly(3, 2, 0);
        assertThat(clocks.vector(h)).containsExactly(1, 3, 2);
        assertThat(clocks.entry(h, P2)).isEqualTo(3);
        assertThat(clocks.entry(c, P3)).isZero();
    }

    @Test
    void aDuplicatedMessageIsMergedAtEachOfItsTwoReceives() {
        TraceBuilder b = new TraceBuilder("a", "b", "c");
        int m = b.send(0, 1);
        b.trace().markDuplicated(m);
        int first = b.receive(m);
        int other = b.send(2, 1);
        int fromC = b.receive(other);
        b.local(0);
        int second = b.receive(m);
        VectorClocks clocks = VectorClocks.of(b.build());

        assertThat(clocks.vector(first)).containsExactly(1, 1, 0);
        assertThat(clocks.vector(fromC)).containsExactly(1, 2, 1);
        assertThat(clocks.vector(second)).containsExactly(1, 3, 1);
    }

    @Test
    void dropsAndFaultsHaveNoVectorAndTickNothing() {
        TraceBuilder b = new TraceBuilder("a", "b");
        int m = b.send(0, 1);
        int drop = b.drop(m, DropReason.LOSS);
        int fault = b.fault("link a-b down");
        int after = b.local(1);
        VectorClocks clocks = VectorClocks.of(b.build());

        assertThat(clocks.vector(after)).containsExactly(0, 1);
        assertThatThrownBy(() -> clocks.vector(drop))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seq 1 is a drop, a network event, which has no vector clock");
        assertThatThrownBy(() -> clocks.entry(fault, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clocks.entry(after + 1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void clocksCarryOnThroughCrashAndRecovery() {
        TraceBuilder b = new TraceBuilder("a", "b");
        b.local(0);
        b.event(EventType.CRASH, 0, "power off");
        int recover = b.event(EventType.RECOVER, 0, null);
        int m = b.send(0, 1);
        int receive = b.receive(m);
        VectorClocks clocks = VectorClocks.of(b.build());

        assertThat(clocks.vector(recover)).containsExactly(3, 0);
        assertThat(clocks.vector(receive)).containsExactly(4, 1);
    }

    @Test
    void aReceiveLongAfterItsSendFindsTheSendThroughTheCheckpoints() {
        TraceBuilder b = new TraceBuilder("a", "b", "c");
        int old = b.send(0, 1);
        for (int i = 0; i < 200; i++) {
            b.receive(b.send(i % 2 == 0 ? 0 : 2, 2 - i % 2 * 2));
        }
        int late = b.receive(old);
        Trace trace = b.build();
        NaiveClocks naive = new NaiveClocks(trace);

        for (int bits = 0; bits < 5; bits++) {
            VectorClocks clocks = VectorClocks.of(trace, bits, Long.MAX_VALUE);
            assertThat(clocks.vector(late)).isEqualTo(naive.vector(late));
            assertThat(clocks.entry(late, 0)).isEqualTo(naive.vector(late)[0]);
        }
    }

    @Test
    void aMessageReceivedMoreOftenThanItsCopiesStillMergesItsSend() {
        // the simulation marks duplicates when it sends them; a late mark must not break the clocks
        TraceBuilder b = new TraceBuilder("a", "b");
        int m = b.send(0, 1);
        b.receive(m);
        for (int i = 0; i < 40; i++) {
            b.local(0);
        }
        int again = b.receive(m);
        Trace trace = b.build();
        long fallbacks = VectorClocks.FALLBACKS.sum();

        for (int bits = 0; bits < 4; bits++) {
            VectorClocks clocks = VectorClocks.of(trace, bits, Long.MAX_VALUE);
            assertThat(clocks.vector(again)).containsExactly(1, 2);
            assertThat(clocks.entry(again, 0)).isEqualTo(1);
            List<int[]> streamed = new ArrayList<>();
            VectorClocks.forEachVector(trace, (seq, clock) -> streamed.add(clock.toArray()));
            assertThat(streamed.get(streamed.size() - 1)).containsExactly(1, 2);
        }
        assertThat(VectorClocks.FALLBACKS.sum()).isGreaterThan(fallbacks);
    }

    @Test
    void aReceiveWithoutAnEarlierSendIsRefused() {
        Trace trace = new Trace(TraceBuilder.header(0, List.of(), "a", "b"));
        int m = trace.addMessage(0, 1, -1, MessageKind.REQUEST, Operation.READ, 1, Status.NONE, -1, -1, 0, null);
        trace.append(1, EventType.RECEIVE, 1, m, 1, 1, DropReason.NONE, null);
        trace.publish();

        assertThatThrownBy(() -> VectorClocks.of(trace))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the receive at seq 0 names message 0, which no earlier event sends");
    }

    @Test
    void randomTracesMatchThePlainComputationWhateverTheBlockSize() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            Trace trace = RandomTraces.generate(random, 1 + random.nextInt(6), random.nextInt(400));
            NaiveClocks naive = new NaiveClocks(trace);
            for (int bits : new int[] {0, 1, 3, 6, 10}) {
                long budget = random.nextBoolean() ? Long.MAX_VALUE : random.nextInt(20_000);
                VectorClocks clocks = VectorClocks.of(trace, bits, budget);
                String where = "seed " + seed + ", block bits " + bits + ", budget " + budget;
                assertMatches(clocks, naive, where);
            }
        }
    }

    @Test
    void extendingCoversNewEventsAndLeavesTheOldClocksAsTheyWere() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            TraceBuilder b = RandomTraces.builder(random, 1 + random.nextInt(5));
            RandomTraces.append(random, b, random.nextInt(50));
            VectorClocks first = VectorClocks.of(b.trace(), random.nextInt(4), random.nextInt(5000));
            VectorClocks clocks = first;
            int firstSize = first.size();
            for (int step = 0; step < 6; step++) {
                RandomTraces.append(random, b, random.nextInt(60));
                clocks = clocks.extend();
                assertThat(clocks.size()).isEqualTo(b.trace().size());
            }
            NaiveClocks naive = new NaiveClocks(b.build());
            assertMatches(clocks, naive, "seed " + seed);
            assertThat(first.size()).isEqualTo(firstSize);
            for (int seq = 0; seq < firstSize; seq++) {
                if (naive.vector(seq) != null) {
                    assertThat(first.vector(seq))
                            .as("seed %d seq %d", seed, seq)
                            .isEqualTo(naive.vector(seq));
                }
            }
        }
    }

    @Test
    void extendingWithNothingNewReturnsTheSameClocks() {
        TraceBuilder b = new TraceBuilder("a");
        b.local(0);
        VectorClocks clocks = VectorClocks.of(b.build());
        assertThat(clocks.extend()).isSameAs(clocks);
    }

    @Test
    void aLongTraceStaysWithinTheMemoryBudget() {
        Random random = new Random(7);
        Trace trace = RandomTraces.generate(random, 100, 400_000);
        long budget = 4L << 20;
        VectorClocks clocks = VectorClocks.of(trace, VectorClocks.DEFAULT_BLOCK_BITS, budget);

        assertThat(clocks.checkpointBytes()).isLessThanOrEqualTo(budget);
        assertThat(clocks.retainedBytes()).isGreaterThan(clocks.checkpointBytes());
        assertThat(clocks.blockSize()).isGreaterThan(1 << VectorClocks.DEFAULT_BLOCK_BITS);
        int[] samples = random.ints(300, 0, trace.size()).sorted().toArray();
        int[] next = {0};
        VectorClocks.forEachVector(trace, (seq, clock) -> {
            while (next[0] < samples.length && samples[next[0]] < seq) {
                next[0]++;
            }
            if (next[0] < samples.length && samples[next[0]] == seq) {
                assertThat(clocks.vector(seq)).as("seq %d", seq).isEqualTo(clock.toArray());
                int q = random.nextInt(100);
                assertThat(clocks.entry(seq, q)).isEqualTo(clock.get(q));
            }
        });
        System.out.printf(
                "vector clocks of %d events at 100 processes: %d checkpoints of %d events, %.1f MB%n",
                trace.size(),
                (trace.size() + clocks.blockSize() - 1) / clocks.blockSize(),
                clocks.blockSize(),
                clocks.retainedBytes() / 1e6);
    }

    private static void assertMatches(VectorClocks clocks, NaiveClocks naive, String where) {
        long fallbacks = VectorClocks.FALLBACKS.sum();
        Trace trace = clocks.trace();
        int n = trace.header().processCount();
        List<Integer> visited = new ArrayList<>();
        VectorClocks.forEachVector(trace, (seq, clock) -> {
            visited.add(seq);
            assertThat(clock.toArray()).as("%s: streamed seq %d", where, seq).isEqualTo(naive.vector(seq));
            assertThat(clock.process()).isEqualTo(trace.process(seq));
        });
        for (int seq = 0; seq < trace.size(); seq++) {
            int[] expected = naive.vector(seq);
            assertThat(visited.contains(seq)).isEqualTo(expected != null);
            if (expected == null) {
                continue;
            }
            assertThat(clocks.vector(seq)).as("%s: seq %d", where, seq).isEqualTo(expected);
            for (int q = 0; q < n; q++) {
                assertThat(clocks.entry(seq, q))
                        .as("%s: seq %d entry %d", where, seq, q)
                        .isEqualTo(expected[q]);
            }
        }
        int from = trace.size() / 3;
        int to = trace.size() - trace.size() / 4;
        List<Integer> ranged = new ArrayList<>();
        clocks.forEachVector(from, to, (seq, clock) -> {
            ranged.add(seq);
            assertThat(clock.toArray()).as("%s: ranged seq %d", where, seq).isEqualTo(naive.vector(seq));
        });
        assertThat(ranged)
                .isEqualTo(visited.stream().filter(s -> s >= from && s < to).toList());
        assertThat(VectorClocks.FALLBACKS.sum())
                .as("%s: every send found in a checkpoint or the pass", where)
                .isEqualTo(fallbacks);
    }
}
