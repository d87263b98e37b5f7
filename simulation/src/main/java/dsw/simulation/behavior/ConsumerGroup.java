package dsw.simulation.behavior;

import dsw.simulation.kernel.Route;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One consumer group of a queue: a component the queue links to. The group gets every message;
 * its instances share them, each at most its concurrency limit at a time. With partitions,
 * messages with the same key share a partition, which is handed out in order with at most one
 * message in flight; without (an unordered queue, the default), messages go out in arrival order
 * as fast as the consumers take them, with no order promised. Not thread-safe.
 */
final class ConsumerGroup {
    /** A message handed to instance {@code instance} from partition {@code partition}. */
    record Handout(QueuedMessage message, int partition, int instance) {}

    private final Route route;
    private final int limit;
    private final boolean ordered;
    private int outUnordered;
    private final List<ArrayDeque<QueuedMessage>> partitions = new ArrayList<>();
    private final boolean[] partitionBusy;
    private final int[] instanceBusy;
    private int nextPartition;
    private int nextInstance;

    /**
     * A group reading along {@code route}; a null route is a group with no consumers, which only
     * holds. {@code partitionCount} 0 makes an unordered queue.
     */
    ConsumerGroup(Route route, int partitionCount, int limit) {
        this.route = route;
        this.limit = limit;
        this.ordered = partitionCount > 0;
        int lanes = Math.max(1, partitionCount);
        for (int p = 0; p < lanes; p++) {
            partitions.add(new ArrayDeque<>());
        }
        partitionBusy = new boolean[lanes];
        instanceBusy = new int[route == null ? 0 : route.instances()];
    }

    Route route() {
        return route;
    }

    /** The consumer component's name, for labels. */
    String name() {
        return route == null ? "nobody" : route.target().name();
    }

    void add(QueuedMessage message) {
        partitions.get(partitionOf(message)).add(message);
    }

    /** Puts a message that was out for delivery back at the head of its partition. */
    void putBack(QueuedMessage message) {
        partitions.get(partitionOf(message)).addFirst(message);
    }

    /** Messages held for this group, out for delivery included. */
    int backlog() {
        int held = 0;
        for (int p = 0; p < partitions.size(); p++) {
            held += partitions.get(p).size() + (partitionBusy[p] ? 1 : 0);
        }
        return held + outUnordered;
    }

    /** Whether {@link #handOut()} would find a message and a consumer for it. */
    boolean ready() {
        return freePartition() >= 0 && freeInstance() >= 0;
    }

    /** Takes the next message to deliver, marking its partition and instance busy; null when none. */
    Handout handOut() {
        int partition = freePartition();
        int instance = freeInstance();
        if (partition < 0 || instance < 0) {
            return null;
        }
        nextPartition = (partition + 1) % partitions.size();
        nextInstance = (instance + 1) % instanceBusy.length;
        if (ordered) {
            partitionBusy[partition] = true;
        } else {
            outUnordered++;
        }
        instanceBusy[instance]++;
        return new Handout(partitions.get(partition).poll().received(), partition, instance);
    }

    /** The delivery {@code handout} is over (acknowledged, failed or timed out). */
    void release(Handout handout) {
        if (ordered) {
            partitionBusy[handout.partition()] = false;
        } else {
            outUnordered--;
        }
        instanceBusy[handout.instance()]--;
    }

    private int partitionOf(QueuedMessage message) {
        return Math.floorMod(message.key(), partitions.size());
    }

    private int freePartition() {
        for (int tries = 0; tries < partitions.size(); tries++) {
            int p = (nextPartition + tries) % partitions.size();
            if (!partitionBusy[p] && !partitions.get(p).isEmpty()) {
                return p;
            }
        }
        return -1;
    }

    private int freeInstance() {
        for (int tries = 0; tries < instanceBusy.length; tries++) {
            int i = (nextInstance + tries) % instanceBusy.length;
            if (instanceBusy[i] < limit) {
                return i;
            }
        }
        return -1;
    }
}
