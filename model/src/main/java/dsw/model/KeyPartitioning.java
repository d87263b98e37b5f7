package dsw.model;

import dsw.model.kind.Behavior;
import dsw.model.kind.PropertyValue;
import dsw.model.scenario.Scenario;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Which replica group of a database or cache holds a key, and which instances form each group:
 * the one mapping the simulation runs and the app shows. A component with P partitions of N
 * replicas runs P × N instances; instance i (from 0, in process order) belongs to partition i / N,
 * so with one partition nothing changes. A key goes to its partition by hash or by range, then to
 * the member {@code key mod N} of that partition's group. Immutable, thread-safe.
 *
 * @param by how keys are split over the partitions
 * @param partitions P, the number of replica groups, at least 1
 * @param replicas N, the instances in each group, at least 1
 * @param keyCount the keys the workload draws from ({@code k0} to {@code k<keyCount-1>}), the space
 *     range partitioning splits; 0 when the scenario has no workload
 */
public record KeyPartitioning(By by, int partitions, int replicas, int keyCount) {
    /** The kind property with the number of partitions. */
    public static final String PARTITIONS = "partitions";
    /** The kind property that says how keys are split: {@code hash} or {@code range}. */
    public static final String PARTITION_BY = "partitionBy";

    /** How keys are split over the partitions. */
    public enum By {
        /** A key goes to the partition its hash falls in: neighbouring keys scatter. */
        HASH,
        /** Each partition holds one contiguous run of the key space. */
        RANGE;

        /** The word in files and the property sheet. */
        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public KeyPartitioning {
        if (partitions < 1 || replicas < 1 || keyCount < 0) {
            throw new IllegalArgumentException("partitions and replicas start at 1, key counts at 0; got " + partitions
                    + ", " + replicas + ", " + keyCount);
        }
    }

    /** The mapping of component {@code c} under {@code scenario}; one partition for kinds that hold no keys. */
    public static KeyPartitioning of(Component c, Scenario scenario) {
        return new KeyPartitioning(byOf(c), partitionsOf(c), c.replicas(), keyCount(scenario));
    }

    /** P for a database or cache, 1 for every other kind (a queue's partitions are its own matter). */
    public static int partitionsOf(Component c) {
        if (!holdsKeys(c)) {
            return 1;
        }
        return c.findProperty(PARTITIONS)
                .map(v -> v instanceof PropertyValue.IntValue i ? (int) i.value() : 1)
                .orElse(1);
    }

    private static By byOf(Component c) {
        boolean range = holdsKeys(c)
                && c.findProperty(PARTITION_BY)
                        .map(v -> v.display().equals(By.RANGE.fileName()))
                        .orElse(false);
        return range ? By.RANGE : By.HASH;
    }

    private static boolean holdsKeys(Component c) {
        Behavior behavior = c.kind().behavior();
        return behavior == Behavior.DATABASE || behavior == Behavior.CACHE;
    }

    /** The size of the scenario's key space: the largest key count of its workload entries, 0 without any. */
    public static int keyCount(Scenario scenario) {
        return scenario.workload().stream()
                .mapToInt(w -> w.keys().count())
                .max()
                .orElse(0);
    }

    /** Whether the keys are split at all. */
    public boolean isPartitioned() {
        return partitions > 1;
    }

    /** P × N, the processes the component runs. */
    public int instances() {
        return partitions * replicas;
    }

    /** The partition (from 0) that holds {@code key}. */
    public int partitionOf(int key) {
        if (partitions == 1) {
            return 0;
        }
        if (by == By.HASH) {
            return Integer.remainderUnsigned(hash(key), partitions);
        }
        if (key < 0 || keyCount == 0) {
            return 0;
        }
        if (key >= keyCount) {
            return partitions - 1;
        }
        return (int) ((long) key * partitions / keyCount);
    }

    /** The instance (from 0) that owns {@code key}: its partition's group, then the member {@code key mod N}. */
    public int instanceFor(int key) {
        return firstInstance(partitionOf(key)) + Math.floorMod(key, replicas);
    }

    /** The partition (from 0) instance {@code instance} (from 0) belongs to. */
    public int partitionOfInstance(int instance) {
        return instance / replicas;
    }

    /** The first instance (from 0) of partition {@code partition}'s group. */
    public int firstInstance(int partition) {
        return partition * replicas;
    }

    /**
     * The first key of a range partition, {@code ceil(partition × K / P)}; partition {@code p} holds
     * the keys from {@code firstKey(p)} up to, not including, {@code firstKey(p + 1)}; {@code firstKey(P)}
     * is K.
     */
    public int firstKey(int partition) {
        return (int) (((long) partition * keyCount + partitions - 1) / partitions);
    }

    /** How many of the keys {@code k0} to {@code k<keyCount-1>} each partition holds, by partition. */
    public int[] keysPerPartition() {
        int[] counts = new int[partitions];
        if (by == By.RANGE) {
            for (int p = 0; p < partitions; p++) {
                counts[p] = firstKey(p + 1) - firstKey(p);
            }
        } else {
            for (int key = 0; key < keyCount; key++) {
                counts[partitionOf(key)]++;
            }
        }
        return counts;
    }

    /** The first {@code limit} keys of the key space that partition {@code partition} holds, in order. */
    public int[] firstKeysOf(int partition, int limit) {
        return IntStream.range(0, keyCount)
                .filter(key -> partitionOf(key) == partition)
                .limit(limit)
                .toArray();
    }

    /**
     * A stable hash of a key's number: MurmurHash3's 32-bit finalizer, which scatters neighbouring
     * numbers; read as unsigned. The same on every machine and in every run, unlike a hash that
     * depends on object identity or table order.
     */
    public static int hash(int key) {
        int h = key;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
