package dsw.simulation.behavior;

import dsw.model.pattern.PatternSettings;
import dsw.model.value.Text;
import java.util.ArrayDeque;

/**
 * A bulkhead on one link of one caller instance (Resilience4j's semaphore bulkhead): at most
 * {@code maxConcurrentCalls} calls in flight; a call beyond them waits, first come first served,
 * at most {@code maxWait} for a free slot. Not thread-safe.
 */
final class Bulkhead {
    private final int maxConcurrentCalls;
    private final long maxWait;
    private final ArrayDeque<Integer> waiting = new ArrayDeque<>();
    private int inFlight;

    Bulkhead(PatternSettings settings) {
        maxConcurrentCalls = (int) settings.integer("maxConcurrentCalls");
        maxWait = settings.duration("maxWait");
    }

    /** Takes a slot when one is free. */
    boolean tryAcquire() {
        if (inFlight < maxConcurrentCalls) {
            inFlight++;
            return true;
        }
        return false;
    }

    long maxWait() {
        return maxWait;
    }

    /** Call {@code call} waits for a slot. */
    void await(int call) {
        waiting.add(call);
    }

    /** Call {@code call} stops waiting; false when it was not waiting. */
    boolean leave(int call) {
        return waiting.remove(call);
    }

    /**
     * Frees a slot; when a call is waiting, the slot goes straight to it and its id is returned,
     * else -1.
     */
    int release() {
        Integer next = waiting.poll();
        if (next != null) {
            return next;
        }
        inFlight--;
        return -1;
    }

    /** Why a call was refused, for its label. */
    String refusal(String call, String target) {
        return "bulkhead full for " + target + ": " + call + " refused, " + Text.count(inFlight, "call") + " in flight";
    }
}
