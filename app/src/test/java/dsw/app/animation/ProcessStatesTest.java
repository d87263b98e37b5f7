package dsw.app.animation;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProcessStatesTest {
    private static final long SECOND = 1_000_000;
    private static final int NO_LIMIT = Integer.MAX_VALUE;

    /** A client and a server with a concurrency limit of 1; events appended one by one. */
    private final Trace trace = new Trace(new TraceHeader(
            1,
            "two",
            List.of(
                    new ProcessInfo("client", "client", "client", 1),
                    new ProcessInfo("server", "server", "service", 1)),
            List.of("client-server")));

    private long now;
    private long clientClock;
    private long serverClock;

    private int request() {
        int msg = trace.addMessage(0, 1, 0, MessageKind.REQUEST, Operation.READ, 1, Status.NONE, -1, -1, 100, null);
        trace.append(now += 10, EventType.SEND, 0, msg, ++clientClock, now, DropReason.NONE, null);
        return msg;
    }

    private void receive(int msg) {
        serverClock = Math.max(serverClock, clientClock) + 1;
        trace.append(now += 10, EventType.RECEIVE, 1, msg, serverClock, now, DropReason.NONE, null);
    }

    private void answer(int request, Status status) {
        int msg = trace.addMessage(1, 0, 0, MessageKind.RESPONSE, Operation.READ, 1, status, -1, request, 100, null);
        trace.append(now += 10, EventType.SEND, 1, msg, ++serverClock, now, DropReason.NONE, null);
    }

    private void event(EventType type) {
        trace.append(now += 10, type, 1, -1, ++serverClock, now, DropReason.NONE, type.wireName());
    }

    private ProcessSnapshot at(int shown) {
        trace.publish();
        return new ProcessStates.Builder(trace, new int[] {NO_LIMIT, 1})
                .build(trace.size())
                .at(shown);
    }

    @Test
    void theQueueHoldsTheRequestsReceivedAndNotYetAnswered() {
        int first = request();
        receive(first);
        int second = request();
        receive(second);
        answer(first, Status.OK);
        int afterFirstAnswer = trace.recorded();
        answer(second, Status.OK);
        assertThat(at(2).queue(1)).isEqualTo(1);
        assertThat(at(4).queue(1)).isEqualTo(2);
        assertThat(at(4).condition(1)).as("two requests, one worker").isEqualTo(Condition.OVERLOADED);
        assertThat(at(afterFirstAnswer).queue(1)).isEqualTo(1);
        assertThat(at(afterFirstAnswer).condition(1)).isEqualTo(Condition.UP);
        assertThat(at(trace.recorded()).queue(1)).isZero();
        assertThat(at(trace.recorded()).lamport(1)).isEqualTo(serverClock);
        assertThat(at(trace.recorded()).lastEvent(1)).isEqualTo(trace.recorded() - 1);
    }

    @Test
    void aDuplicatedRequestIsQueuedTwiceAndACrashEmptiesTheQueue() {
        int msg = request();
        trace.markDuplicated(msg);
        receive(msg);
        receive(msg);
        assertThat(at(trace.recorded()).queue(1)).isEqualTo(2);
        event(EventType.CRASH);
        ProcessSnapshot crashed = at(trace.recorded());
        assertThat(crashed.condition(1)).isEqualTo(Condition.CRASHED);
        assertThat(crashed.queue(1)).isZero();
        event(EventType.RECOVER);
        answer(msg, Status.OK); // an answer from before the crash does not drive the queue below 0
        assertThat(at(trace.recorded()).condition(1)).isEqualTo(Condition.UP);
        assertThat(at(trace.recorded()).queue(1)).isZero();
    }

    @Test
    void aPausedProcessShowsPausedUntilItResumes() {
        event(EventType.PAUSE);
        int paused = trace.recorded();
        event(EventType.RESUME);
        assertThat(at(paused).condition(1)).isEqualTo(Condition.PAUSED);
        assertThat(at(trace.recorded()).condition(1)).isEqualTo(Condition.UP);
    }

    @Test
    void aRejectionShowsOverloadForAWhile() {
        int msg = request();
        receive(msg);
        answer(msg, Status.REJECTED);
        int rejected = trace.recorded();
        now += ProcessStates.RECENT;
        event(EventType.LOCAL);
        assertThat(at(rejected).condition(1)).isEqualTo(Condition.OVERLOADED);
        assertThat(at(trace.recorded()).condition(1)).isEqualTo(Condition.UP);
    }

    @Test
    void anyMomentReadsTheSameAsReplayingFromTheStartWithMemoryBounded() {
        long seed = new Random().nextLong();
        System.out.println("ProcessStatesTest seed " + seed);
        Random random = new Random(seed);
        Trace run = Runs.of("three-tier-web", 11 * SECOND); // db-primary crashes at 10 s
        int n = run.header().processCount();
        int[] limits = new int[n];
        Arrays.fill(limits, 2);
        // Small intervals and a small budget, so that the checkpoints thin out several times.
        ProcessStates.Builder builder = new ProcessStates.Builder(run, limits, 6, 256 * 1024);
        builder.build(run.size() / 3);
        ProcessStates states = builder.build(run.size());
        assertThat(states.interval()).isGreaterThan(64);
        assertThat(states.checkpointBytes()).isLessThanOrEqualTo(256 * 1024);
        ProcessStates.Reader reader = states.reader();
        for (int i = 0; i < 30; i++) {
            int shown = random.nextInt(run.size() + 1);
            ProcessSnapshot expected = replayFromStart(run, shown, limits);
            // Alternately a fresh question and one that follows the previous, forwards or back.
            ProcessSnapshot actual = i % 2 == 0 ? states.at(shown) : reader.at(shown);
            for (int p = 0; p < n; p++) {
                assertThat(actual.condition(p))
                        .as("seed %d shown %d p %d", seed, shown, p)
                        .isEqualTo(expected.condition(p));
                assertThat(actual.queue(p)).isEqualTo(expected.queue(p));
                assertThat(actual.lamport(p)).isEqualTo(expected.lamport(p));
                assertThat(actual.lastEvent(p)).isEqualTo(expected.lastEvent(p));
            }
        }
        int db = run.header().indexOf("db-primary");
        assertThat(states.at(run.size()).condition(db)).isEqualTo(Condition.CRASHED);
    }

    private static ProcessSnapshot replayFromStart(Trace run, int shown, int[] limits) {
        StateTracker tracker = new StateTracker(run);
        while (tracker.position < shown) {
            tracker.step();
        }
        return ProcessSnapshot.of(run, tracker, limits);
    }
}
