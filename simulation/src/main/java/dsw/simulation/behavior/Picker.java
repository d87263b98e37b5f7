package dsw.simulation.behavior;

import dsw.model.KeyPartitioning;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;

/**
 * Picks which instance at the far end of one route gets the next call: the caller's side of load
 * balancing. A caller keeps one picker per route and tells it when a call to an instance starts
 * and ends, so strategies such as least connections can count. Not thread-safe.
 */
interface Picker {
    /** The instance (from 0) of {@code route} to call for a request on {@code key} (-1 for none). */
    int pick(Node node, Route route, int key);

    /** A call to {@code instance} was sent. */
    default void started(int instance) {}

    /** A call to {@code instance} was answered, failed or given up on. */
    default void ended(int instance) {}

    /** A registry answered a lookup; a picker that discovers instances through it takes the answer. */
    default void resolved(Node node, Envelope envelope) {}

    /** Round robin over the instances, the default. */
    static Picker roundRobin() {
        return new Picker() {
            private int next;

            @Override
            public int pick(Node node, Route route, int key) {
                int i = Math.floorMod(next, route.instances());
                next = i + 1;
                return i;
            }
        };
    }

    /**
     * Round robin over the replica group that holds the call's key, at a partitioned database or
     * cache; the same as {@link #roundRobin()} when the keys are not partitioned.
     */
    static Picker roundRobinInGroup() {
        return new Picker() {
            private int next;

            @Override
            public int pick(Node node, Route route, int key) {
                KeyPartitioning partitioning = route.partitioning();
                int member = Math.floorMod(next, partitioning.replicas());
                next = member + 1;
                return partitioning.firstInstance(partitioning.partitionOf(key)) + member;
            }
        };
    }

    /**
     * Instance {@code first} for the first call; with {@code moving}, each later call (a retry or
     * a hedge) to the next instance in turn, else to {@code first} again.
     */
    static Picker startingAt(int first, boolean moving) {
        return new Picker() {
            private int next = first;

            @Override
            public int pick(Node node, Route route, int key) {
                int i = Math.floorMod(next, route.instances());
                if (moving) {
                    next = i + 1;
                }
                return i;
            }
        };
    }
}
