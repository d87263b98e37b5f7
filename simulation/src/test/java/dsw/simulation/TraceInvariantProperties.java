package dsw.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.testkit.RandomRun;
import dsw.simulation.testkit.RandomRuns;
import dsw.simulation.testkit.TraceInvariants;
import dsw.simulation.testkit.TraceText;
import dsw.simulation.testkit.Violations;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * The kernel's invariants, each a named predicate from {@link TraceInvariants} checked over the
 * trace of a random design and scenario from {@link RandomRuns}. jqwik reports the seed of a
 * failing try; the failure message repeats it as {@code RandomRuns.generate(seed)}, which rebuilds
 * the run. Shrinking is off: a smaller seed is not a simpler run.
 */
class TraceInvariantProperties {
    private static final int TRIES = 200;
    /** The generator promises small runs; a run past this is a generator (or kernel) bug. */
    private static final int MAX_EVENTS = 200_000;
    /** Long enough for every copy in flight at the end of a generated run to arrive or be dropped. */
    private static final long SETTLE = 120 * Micros.PER_SECOND;

    private record Finished(RandomRun run, Simulation simulation) {
        static Finished of(long seed) {
            RandomRun run = RandomRuns.generate(seed);
            Simulation simulation = Simulation.of(run.design());
            assertThat(simulation.runToEnd(RunMonitor.NONE)).as("%s", run).isEqualTo(RunOutcome.FINISHED);
            assertThat(simulation.trace().size()).as("events in %s", run).isLessThan(MAX_EVENTS);
            return new Finished(run, simulation);
        }

        Trace trace() {
            return simulation.trace();
        }

        TraceInvariants.Run facts() {
            return new TraceInvariants.Run(trace(), run.design(), simulation.faults(), simulation.end());
        }

        void check(Violations violations) {
            violations.assertNone(run);
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void eventsAreInExecutionOrder(@ForAll long seed) {
        Finished f = Finished.of(seed);
        f.check(TraceInvariants.executionOrder(f.trace()));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void everyProcessEventTicksAndDropsAndFaultsHaveNoClock(@ForAll long seed) {
        Finished f = Finished.of(seed);
        f.check(TraceInvariants.everyProcessEventTicks(f.trace()));
    }

    /**
     * Found by the properties: closed-loop users with no think time, rejected at once over a
     * zero-latency link, sent without end at one moment (16 million events in 1 s of virtual time).
     */
    @Example
    void closedLoopUsersAnsweredAtOnceLetTimeMoveOn() {
        Finished f = Finished.of(-1291283L);
        f.check(TraceInvariants.lamportRules(f.trace()));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void lamportValuesFollowTheRules(@ForAll long seed) {
        Finished f = Finished.of(seed);
        f.check(TraceInvariants.lamportRules(f.trace()));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void happensBeforeImpliesSmallerLamport(@ForAll long seed) {
        Finished f = Finished.of(seed);
        f.check(TraceInvariants.clockCondition(f.trace(), 12, seed));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void crashedAndPausedProcessesNeitherSendNorReceive(@ForAll long seed) {
        Finished f = Finished.of(seed);
        f.check(TraceInvariants.crashedAndPausedProcessesAreSilent(f.trace()));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void faultEventsFollowTheSchedule(@ForAll long seed) {
        Finished f = Finished.of(seed);
        f.check(TraceInvariants.faultEventsFollowTheSchedule(f.facts()));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void everyDropHasAReasonThatFits(@ForAll long seed) {
        Finished f = Finished.of(seed);
        f.check(TraceInvariants.dropsHaveFittingReasons(f.facts()));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void receivesReachTheAddresseeOncePerCopy(@ForAll long seed) {
        Finished f = Finished.of(seed);
        f.check(TraceInvariants.receivesReachTheAddressee(f.trace()));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void physicalClocksReadVirtualTimeUntilSkewed(@ForAll long seed) {
        Finished f = Finished.of(seed);
        f.check(TraceInvariants.physicalClocksUntilSkewed(f.facts()));
    }

    /**
     * Message conservation. At the end of a run some copies are still on the wire or waiting at a
     * paused process, and the kernel has no API that counts them. So the same run is repeated with
     * every workload stopping just after the end and 120 s more to settle: up to the end it must be
     * the same run, event for event, and then every copy of every message sent by the end must be
     * received or dropped exactly once. The copies in flight at the end are those whose fate comes
     * after it, which makes sent copies = delivered + dropped + in flight an exact count.
     */
    @Property(tries = 100, shrinking = ShrinkingMode.OFF)
    void everyCopyIsDeliveredDroppedOrStillInFlight(@ForAll long seed) {
        Finished f = Finished.of(seed);
        Trace trace = f.trace();
        f.check(TraceInvariants.copiesNeverOverspent(trace));

        Simulation settled = Simulation.of(f.run().settling(SETTLE));
        settled.runToEnd(RunMonitor.NONE);
        Trace longer = settled.trace();
        assertThat(TraceText.firstDifference(trace, longer, trace.size(), trace.messageCount()))
                .as("the settling run of %s differs before the original end", f.run())
                .isEmpty();

        Violations v = new Violations("sent copies = delivered + dropped + in flight at the end");
        int[] before = TraceInvariants.fates(trace, Long.MAX_VALUE);
        int[] after = TraceInvariants.fates(longer, Long.MAX_VALUE);
        long sent = 0;
        long delivered = 0;
        long dropped = 0;
        for (int seq = 0; seq < trace.size(); seq++) {
            EventType type = trace.type(seq);
            delivered += type == EventType.RECEIVE ? 1 : 0;
            dropped += type == EventType.DROP ? 1 : 0;
        }
        long inFlight = 0;
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            int copies = trace.messageCopies(msg);
            sent += copies;
            if (after[msg] != copies) {
                v.add(TraceText.message(trace, msg) + " has " + copies + " copies but " + after[msg]
                        + " receives and drops once the run settles");
            }
            inFlight += after[msg] - before[msg];
        }
        for (int seq = trace.size(); seq < longer.size(); seq++) {
            if (longer.time(seq) <= f.simulation().end()) {
                v.add(TraceInvariants.describe(longer, seq) + " is within the original run but was not in it");
            }
        }
        if (sent != delivered + dropped + inFlight) {
            v.add(sent + " copies sent, but " + delivered + " delivered + " + dropped + " dropped + " + inFlight
                    + " in flight");
        }
        v.assertNone(f.run());
    }
}
