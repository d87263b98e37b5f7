package dsw.simulation.balancing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A consistent-hash ring: each backend sits at {@code virtualNodes} points, and a key belongs to
 * the first member backend clockwise from the key's point, so a backend that leaves or joins only
 * moves the keys next to its own points. Hashes are fixed functions of names and keys, so the
 * ring is the same in every run. Immutable, thread-safe.
 */
public final class HashRing {
    /** How many keys (0 to SAMPLE - 1) the share of moved keys is measured over. */
    public static final int SAMPLE = 10_000;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long[] points;
    private final int[] owners;

    private HashRing(long[] points, int[] owners) {
        this.points = points;
        this.owners = owners;
    }

    /** A ring over {@code backends} (numbered by position in the list). */
    public static HashRing of(List<String> backends, int virtualNodes) {
        int n = backends.size() * virtualNodes;
        long[] raw = new long[n];
        int[] rawOwners = new int[n];
        for (int b = 0; b < backends.size(); b++) {
            long base = fnv(backends.get(b));
            for (int v = 0; v < virtualNodes; v++) {
                raw[b * virtualNodes + v] = mix(base + v * GOLDEN);
                rawOwners[b * virtualNodes + v] = b;
            }
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> raw[i]).thenComparingInt(i -> rawOwners[i]));
        long[] points = new long[n];
        int[] owners = new int[n];
        for (int i = 0; i < n; i++) {
            points[i] = raw[order[i]];
            owners[i] = rawOwners[order[i]];
        }
        return new HashRing(points, owners);
    }

    /** The member backend that owns {@code key}, or -1 when no backend is a member. */
    public int owner(int key, IntPredicate member) {
        if (points.length == 0) {
            return -1;
        }
        int at = Arrays.binarySearch(points, mix(key * GOLDEN + 1));
        int start = at >= 0 ? at : -at - 1;
        for (int i = 0; i < points.length; i++) {
            int owner = owners[(start + i) % points.length];
            if (member.test(owner)) {
                return owner;
            }
        }
        return -1;
    }

    /** The share of the sample keys whose owner differs between two memberships. */
    public double movedShare(IntPredicate before, IntPredicate after) {
        int moved = 0;
        for (int key = 0; key < SAMPLE; key++) {
            if (owner(key, before) != owner(key, after)) {
                moved++;
            }
        }
        return (double) moved / SAMPLE;
    }

    /** The first {@code limit} keys, from 0 up, whose owner differs between the two member sets. */
    public List<Integer> firstMoved(IntPredicate before, IntPredicate after, int limit) {
        List<Integer> keys = new ArrayList<>();
        for (int key = 0; key < SAMPLE && keys.size() < limit; key++) {
            if (owner(key, before) != owner(key, after)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static long fnv(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: spreads nearby inputs over the whole ring. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
