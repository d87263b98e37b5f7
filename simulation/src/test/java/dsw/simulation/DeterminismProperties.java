package dsw.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import dsw.model.file.DesignFiles;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.testkit.RandomRun;
import dsw.simulation.testkit.RandomRuns;
import dsw.simulation.testkit.TraceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;

/**
 * A run is a pure function of its design and scenario: repeated, driven in pieces, rebuilt at a
 * moment or replayed from the faults injected into it, it gives the same trace, every column of
 * every event and message. Failures name the generator seed ({@code RandomRuns.generate(seed)})
 * and the first line that differs.
 */
class DeterminismProperties {
    private static final int TRIES = 150;

    private static Simulation finished(Design design) {
        Simulation simulation = Simulation.of(design);
        simulation.runToEnd(RunMonitor.NONE);
        return simulation;
    }

    private static void assertSame(Trace expected, Trace actual, String what, RandomRun run) {
        assertThat(TraceText.firstDifference(expected, actual))
                .as("%s, %s", what, run)
                .isEmpty();
    }

    /** Compares canonical dumps byte for byte; a failure names the first line that differs, not both dumps. */
    private static void assertIdenticalDumps(Trace expected, Trace actual, String what, RandomRun run) {
        if (!TraceText.dump(expected).equals(TraceText.dump(actual))) {
            throw new AssertionError("the canonical dumps differ: " + what + ", " + run + "\n"
                    + TraceText.firstDifference(expected, actual).orElse("(no line differs: a formatting bug)"));
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void twoRunsOfTheSameDesignAndScenarioGiveIdenticalTraces(@ForAll long seed) {
        RandomRun run = RandomRuns.generate(seed);
        Simulation first = finished(run.design());
        Simulation second = finished(run.design());
        assertIdenticalDumps(first.trace(), second.trace(), "two runs", run);
    }

    /**
     * Runs in pieces chosen at random (to a time, one event, a number of events, to the next drop or
     * receive) give the trace of one run to the end; each piece stops where it says it does.
     */
    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void aRunDrivenInPiecesEqualsARunToTheEnd(@ForAll long seed) {
        RandomRun run = RandomRuns.generate(seed);
        Simulation whole = finished(run.design());
        Simulation pieces = Simulation.of(run.design());
        SplittableRandom random = new SplittableRandom(seed);
        long end = pieces.end();
        for (int piece = 0; piece < 40 && !pieces.isFinished(); piece++) {
            int before = pieces.trace().size();
            switch (random.nextInt(5)) {
                case 0 -> {
                    long until = Math.min(end, pieces.now() + random.nextLong(1 + end / 8));
                    RunOutcome outcome = pieces.runUntil(until, RunMonitor.NONE);
                    assertThat(pieces.now())
                            .as("time after runUntil(%d), %s", until, run)
                            .isEqualTo(until);
                    assertThat(outcome).as("%s", run).isIn(RunOutcome.TIME_REACHED, RunOutcome.FINISHED);
                    for (int seq = before; seq < pieces.trace().size(); seq++) {
                        assertThat(pieces.trace().time(seq))
                                .as("event %d after runUntil(%d), %s", seq, until, run)
                                .isLessThanOrEqualTo(until);
                    }
                }
                case 1 -> {
                    int steps = 1 + random.nextInt(20);
                    for (int i = 1; i <= steps && pieces.step(); i++) {
                        assertThat(pieces.trace().size())
                                .as("events after %d steps from %d, %s", i, before, run)
                                .isEqualTo(before + i);
                    }
                }
                case 2 -> {
                    int count = random.nextInt(500);
                    RunOutcome outcome = pieces.runEvents(count, RunMonitor.NONE);
                    if (outcome == RunOutcome.EVENTS_RECORDED) {
                        assertThat(pieces.trace().size())
                                .as("events after runEvents(%d) from %d, %s", count, before, run)
                                .isEqualTo(before + count);
                    }
                }
                case 3 -> {
                    RunOutcome outcome = pieces.runUntil(StopCondition.nextDrop(), RunMonitor.NONE);
                    Trace t = pieces.trace();
                    if (outcome == RunOutcome.CONDITION_MET) {
                        assertThat(t.type(t.size() - 1))
                                .as("last event after running to the next drop, %s", run)
                                .isEqualTo(EventType.DROP);
                        assertThat(hasTypeBetween(t, before, t.size() - 1, EventType.DROP))
                                .as("an earlier drop was run past, %s", run)
                                .isFalse();
                    }
                }
                default -> pieces.runUntil(StopCondition.next(EventType.RECEIVE), RunMonitor.NONE);
            }
        }
        assertThat(pieces.runToEnd(RunMonitor.NONE)).as("%s", run).isEqualTo(RunOutcome.FINISHED);
        assertSame(whole.trace(), pieces.trace(), "a run in pieces against one run to the end", run);
    }

    private static boolean hasTypeBetween(Trace trace, int from, int to, EventType type) {
        for (int seq = from; seq < to; seq++) {
            if (trace.type(seq) == type) {
                return true;
            }
        }
        return false;
    }

    /** {@code rebuildAt(t)} equals the original up to and including t, and runs on to the same end. */
    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void rebuildingAtATimeGivesTheOriginalUpToThatTime(@ForAll long seed) {
        RandomRun run = RandomRuns.generate(seed);
        Simulation original = finished(run.design());
        SplittableRandom random = new SplittableRandom(seed);
        Trace trace = original.trace();
        long t = random.nextInt(8) == 0 ? 0 : random.nextLong(original.end() + 1);
        Simulation rebuilt = original.rebuildAt(t, RunMonitor.NONE);

        int events = 0;
        while (events < trace.size() && trace.time(events) <= t) {
            events++;
        }
        int messages = 0;
        while (messages < trace.messageCount() && trace.sendSeq(messages) < events) {
            messages++;
        }
        String what = "rebuildAt(" + Micros.format(t) + ")";
        assertThat(rebuilt.now()).as("%s time, %s", what, run).isEqualTo(t);
        assertThat(rebuilt.trace().size()).as("%s events, %s", what, run).isEqualTo(events);
        assertThat(rebuilt.trace().messageCount())
                .as("%s messages, %s", what, run)
                .isEqualTo(messages);
        assertThat(TraceText.firstDifference(trace, rebuilt.trace(), events, messages))
                .as("%s against the original's prefix, %s", what, run)
                .isEmpty();

        rebuilt.runToEnd(RunMonitor.NONE);
        assertSame(trace, rebuilt.trace(), what + " run on to the end", run);
    }

    /**
     * {@code rebuildToEvents(n)} shows exactly the original's first n events, with the messages they
     * send, even when n falls inside a kernel step that records several events; run on, it ends
     * with the original trace.
     */
    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void rebuildingToAnEventCountGivesExactlyThatManyEvents(@ForAll long seed) {
        RandomRun run = RandomRuns.generate(seed);
        Simulation original = finished(run.design());
        Trace trace = original.trace();
        int events = new SplittableRandom(seed).nextInt(trace.size() + 1);
        Simulation rebuilt = original.rebuildToEvents(events, RunMonitor.NONE);

        int messages = 0;
        while (messages < trace.messageCount() && trace.sendSeq(messages) < events) {
            messages++;
        }
        String what = "rebuildToEvents(" + events + ")";
        assertThat(rebuilt.trace().size()).as("%s events, %s", what, run).isEqualTo(events);
        assertThat(rebuilt.trace().messageCount())
                .as("%s messages, %s", what, run)
                .isEqualTo(messages);
        assertThat(TraceText.firstDifference(trace, rebuilt.trace(), events, messages))
                .as("%s against the original's prefix, %s", what, run)
                .isEmpty();
        if (events < trace.size()) {
            assertThat(rebuilt.isFinished()).as("%s is finished, %s", what, run).isFalse();
        }

        rebuilt.runToEnd(RunMonitor.NONE);
        assertSame(trace, rebuilt.trace(), what + " run on to the end", run);
    }

    /**
     * Faults injected while a run goes (at random moments, between pieces and mid-moment) are
     * recorded so that a fresh run of {@code replayScenario()} repeats the run byte for byte, and a
     * rebuild at any moment repeats it up to that moment.
     */
    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void aRunWithInjectedFaultsEqualsAFreshRunOfItsReplayScenario(@ForAll long seed) {
        RandomRun run = RandomRuns.generate(seed);
        Simulation live = Simulation.of(run.design());
        SplittableRandom random = new SplittableRandom(seed);
        List<ScheduledFault> planned =
                new ArrayList<>(RandomRuns.faults(seed, run.design(), live.end(), 1 + random.nextInt(8)));
        planned.sort(Comparator.comparingLong(ScheduledFault::at));
        List<ScheduledFault> injected = new ArrayList<>();
        for (ScheduledFault f : planned) {
            if (random.nextBoolean()) {
                live.runUntil(f.at() - 1, RunMonitor.NONE);
            } else {
                live.runUntil(StopCondition.next(EventType.SEND), RunMonitor.NONE);
            }
            injected.add(live.inject(f.fault()));
            if (random.nextInt(3) == 0) {
                injected.add(live.inject(f.fault())); // the same fault twice at one moment
            }
        }
        live.runToEnd(RunMonitor.NONE);

        List<ScheduledFault> expectedFaults = new ArrayList<>(run.scenario().faults());
        expectedFaults.addAll(injected);
        assertThat(live.faults()).as("faults of %s", run).isEqualTo(expectedFaults);
        Scenario replay = live.replayScenario();
        assertThat(replay.faults()).as("replay faults of %s", run).isEqualTo(expectedFaults);
        assertThat(replay.withFaults(run.scenario().faults()))
                .as("the replay scenario is the original with more faults, %s", run)
                .isEqualTo(run.scenario());

        Simulation again = Simulation.of(run.design(), replay);
        again.runToEnd(RunMonitor.NONE);
        assertIdenticalDumps(live.trace(), again.trace(), "a replay of " + injected.size() + " injected faults", run);

        long t = random.nextLong(live.end() + 1);
        Simulation rebuilt = live.rebuildAt(t, RunMonitor.NONE);
        Trace trace = live.trace();
        int events = 0;
        while (events < trace.size() && trace.time(events) <= t) {
            events++;
        }
        assertThat(rebuilt.trace().size())
                .as("rebuildAt(%d) events, %s", t, run)
                .isEqualTo(events);
        assertThat(TraceText.firstDifference(
                        trace, rebuilt.trace(), events, rebuilt.trace().messageCount()))
                .as("rebuildAt(%d) of a run with injected faults, %s", t, run)
                .isEmpty();
    }

    /**
     * A statistical check that the seed matters: over 60 random designs, each run with 4 seeds, the
     * event and message columns (the header names the seed, so it is left out) differ for all 4 in
     * at least 55 designs. A design can be seed-proof (nothing random in it), so one equality is not
     * a failure.
     */
    @Test
    void differentSeedsGiveDifferentTracesForRandomDesigns() {
        SplittableRandom master = new SplittableRandom(20261121);
        int designs = 60;
        int allDistinct = 0;
        List<String> seedProof = new ArrayList<>();
        for (int d = 0; d < designs; d++) {
            long seed = master.nextLong();
            RandomRun run = RandomRuns.generate(seed);
            Set<List<String>> bodies = new HashSet<>();
            for (int s = 0; s < 4; s++) {
                Scenario scenario = run.scenario().withSeed(run.scenario().seed() + s);
                Simulation simulation = Simulation.of(run.design(), scenario);
                simulation.runToEnd(RunMonitor.NONE);
                bodies.add(TraceText.body(simulation.trace()));
            }
            if (bodies.size() == 4) {
                allDistinct++;
            } else {
                seedProof.add("generate(" + seed + "L)");
            }
        }
        assertThat(allDistinct)
                .as("designs whose 4 seeds gave 4 different traces; the others: %s", seedProof)
                .isGreaterThanOrEqualTo(55);
    }

    /** Each shipped example, cut to 2 s, gives 6 different traces for 6 seeds. */
    @Test
    void differentSeedsGiveDifferentTracesForTheExamples() throws Exception {
        List<Path> examples = examples();
        assertThat(examples).isNotEmpty();
        for (Path file : examples) {
            Design design = DesignFiles.read(file).design();
            Set<List<String>> bodies = new HashSet<>();
            for (long seed = 1; seed <= 6; seed++) {
                Scenario scenario = design.scenario().withSeed(seed).withDuration(2 * Micros.PER_SECOND);
                Simulation simulation = Simulation.of(design, scenario);
                simulation.runToEnd(RunMonitor.NONE);
                assertThat(simulation.trace().size()).as("events of %s", file).isPositive();
                bodies.add(TraceText.body(simulation.trace()));
            }
            assertThat(bodies)
                    .as("distinct traces of %s over seeds 1 to 6", file)
                    .hasSize(6);
        }
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(DesignFiles.EXTENSION))
                    .sorted()
                    .toList();
        }
    }
}
