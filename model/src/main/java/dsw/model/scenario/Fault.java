package dsw.model.scenario;

import dsw.model.value.Ids;
import dsw.model.value.Micros;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Something that goes wrong (or is mended) during a run: a crash, a shutdown, a pause, a partition, a link
 * going down, a skewed clock. Immutable, thread-safe. Dispatch on {@link #type()}.
 */
public sealed interface Fault {

    FaultType type();

    /** The ids of components, links or groups this fault names. */
    List<String> targets();

    /** One line for a fault list, such as "crash orders-db". */
    default String describe() {
        return describe(id -> id);
    }

    /**
     * One line naming components, links and frames through {@code nameOf} (given an id, what to
     * call it), such as "crash Orders DB".
     */
    String describe(Function<String, String> nameOf);

    /**
     * Checks the target of a fault that acts on processes: a component id, or one instance of a
     * component as {@code "orders-db#2"} (instances count from 1).
     */
    static String requireProcess(String what, String target) {
        Ids.require(what, Partition.componentOf(target));
        if (target.indexOf('#') >= 0 && Partition.instanceOf(target) < 1) {
            throw new IllegalArgumentException(
                    what + " \"" + target + "\" names an instance after '#': use a number from 1, such as \"db#2\"");
        }
        return target;
    }

    /** The component (or the one instance named) stops: in-flight work and volatile state are lost, durable state is kept. */
    record Crash(String target) implements Fault {
        public Crash {
            requireProcess("crash target", target);
        }

        @Override
        public FaultType type() {
            return FaultType.CRASH;
        }

        @Override
        public List<String> targets() {
            return List.of(target);
        }

        @Override
        public String describe(Function<String, String> nameOf) {
            return "crash " + nameOf.apply(target);
        }
    }

    /**
     * A graceful shutdown: the component turns new requests away, finishes the work it has
     * accepted, then stops as in a crash; it stops anyway once {@code drain} has passed.
     */
    record Shutdown(String target, long drain) implements Fault {
        /** Kubernetes' default grace period (terminationGracePeriodSeconds). */
        public static final long DEFAULT_DRAIN = 30 * Micros.PER_SECOND;

        public Shutdown {
            Ids.require("shutdown target", target);
            if (drain <= 0 || drain > Micros.MAX) {
                throw new IllegalArgumentException("a shutdown needs a positive drain time");
            }
        }

        @Override
        public FaultType type() {
            return FaultType.SHUTDOWN;
        }

        @Override
        public List<String> targets() {
            return List.of(target);
        }

        @Override
        public String describe(Function<String, String> nameOf) {
            return "shut down " + nameOf.apply(target) + " (drain " + Micros.format(drain) + ")";
        }
    }

    /** A crashed component starts again with its durable state. */
    record Recover(String target) implements Fault {
        public Recover {
            requireProcess("recover target", target);
        }

        @Override
        public FaultType type() {
            return FaultType.RECOVER;
        }

        @Override
        public List<String> targets() {
            return List.of(target);
        }

        @Override
        public String describe(Function<String, String> nameOf) {
            return "recover " + nameOf.apply(target);
        }
    }

    /** The component stalls (like a long garbage-collection pause); messages wait for it. */
    record Pause(String target, long duration) implements Fault {
        public Pause {
            requireProcess("pause target", target);
            if (duration <= 0 || duration > Micros.MAX) {
                throw new IllegalArgumentException("a pause needs a positive duration");
            }
        }

        @Override
        public FaultType type() {
            return FaultType.PAUSE;
        }

        @Override
        public List<String> targets() {
            return List.of(target);
        }

        @Override
        public String describe(Function<String, String> nameOf) {
            return "pause " + nameOf.apply(target) + " for " + Micros.format(duration);
        }
    }

    /**
     * The operator makes one instance of a single-leader replicated component, such as {@code
     * "orders-db#2"}, its leader: how a manual failover happens.
     */
    record Promote(String target) implements Fault {
        public Promote {
            requireProcess("promote target", target);
            if (Partition.instanceOf(target) < 1) {
                throw new IllegalArgumentException(
                        "promote names one instance, such as \"" + target + "#2\", not a whole component");
            }
        }

        @Override
        public FaultType type() {
            return FaultType.PROMOTE;
        }

        @Override
        public List<String> targets() {
            return List.of(target);
        }

        @Override
        public String describe(Function<String, String> nameOf) {
            return "promote " + nameOf.apply(target) + " to leader";
        }
    }

    /**
     * The network splits: messages between side A and side B are dropped. When {@code oneWay}, only
     * messages from A to B are dropped: A still hears B, but B no longer hears A. Sides list
     * component or group ids, or single instances such as {@code "orders-db#3"}.
     */
    record Partition(String name, List<String> sideA, List<String> sideB, boolean oneWay) implements Fault {
        public Partition {
            Ids.require("partition", name);
            sideA = List.copyOf(sideA);
            sideB = List.copyOf(sideB);
            if (sideA.isEmpty() || sideB.isEmpty()) {
                throw new IllegalArgumentException("partition " + name + " needs components on both sides");
            }
            sideA.forEach(Partition::requireSide);
            sideB.forEach(Partition::requireSide);
            for (String id : sideA) {
                if (sideB.contains(id)) {
                    throw new IllegalArgumentException("partition " + name + " puts " + id + " on both sides");
                }
            }
        }

        /**
         * Checks one entry of a side: a component or group id, or one instance of a component as
         * {@code "orders-db#3"} (instances count from 1), which cuts that replica off alone.
         */
        public static String requireSide(String side) {
            return requireProcess("partition side", side);
        }

        /** The component or group a side entry names: {@code "db"} for {@code "db#3"} and for {@code "db"}. */
        public static String componentOf(String side) {
            int hash = side == null ? -1 : side.indexOf('#');
            return hash < 0 ? side : side.substring(0, hash);
        }

        /** The instance (from 1) a side entry names, 0 when it names a whole component or group, -1 when malformed. */
        public static int instanceOf(String side) {
            int hash = side.indexOf('#');
            if (hash < 0) {
                return 0;
            }
            String digits = side.substring(hash + 1);
            return digits.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(digits) : -1;
        }

        @Override
        public FaultType type() {
            return FaultType.PARTITION;
        }

        @Override
        public List<String> targets() {
            return java.util.stream.Stream.concat(sideA.stream(), sideB.stream())
                    .toList();
        }

        @Override
        public String describe(Function<String, String> nameOf) {
            return "partition " + name + ": "
                    + String.join(", ", sideA.stream().map(nameOf).toList()) + (oneWay ? " -/-> " : " <-/-> ")
                    + String.join(", ", sideB.stream().map(nameOf).toList());
        }
    }

    /** Ends the named partition, or every partition when {@code partition} is null. */
    record Heal(String partition) implements Fault {
        public Heal {
            if (partition != null) {
                Ids.require("partition", partition);
            }
        }

        @Override
        public FaultType type() {
            return FaultType.HEAL;
        }

        @Override
        public List<String> targets() {
            return List.of();
        }

        @Override
        public String describe(Function<String, String> nameOf) {
            return partition == null ? "heal all partitions" : "heal " + partition;
        }
    }

    /** The link carries nothing until it comes back up. */
    record LinkDown(String link) implements Fault {
        public LinkDown {
            Ids.require("link", link);
        }

        @Override
        public FaultType type() {
            return FaultType.LINK_DOWN;
        }

        @Override
        public List<String> targets() {
            return List.of(link);
        }

        @Override
        public String describe(Function<String, String> nameOf) {
            return "link " + nameOf.apply(link) + " down";
        }
    }

    /**
     * From now on the link loses each message with probability {@code loss}, in both directions,
     * instead of the loss its network settings give.
     */
    record LinkLoss(String link, double loss) implements Fault {
        public LinkLoss {
            Ids.require("link", link);
            if (!(loss >= 0 && loss <= 1)) {
                throw new IllegalArgumentException("a loss must be from 0% to 100%, got " + loss);
            }
        }

        @Override
        public FaultType type() {
            return FaultType.LINK_LOSS;
        }

        @Override
        public List<String> targets() {
            return List.of(link);
        }

        @Override
        public String describe(Function<String, String> nameOf) {
            return "loss on link " + nameOf.apply(link) + " set to " + dsw.model.value.Probability.formatPercent(loss);
        }
    }

    /** The link carries messages again. */
    record LinkUp(String link) implements Fault {
        public LinkUp {
            Ids.require("link", link);
        }

        @Override
        public FaultType type() {
            return FaultType.LINK_UP;
        }

        @Override
        public List<String> targets() {
            return List.of(link);
        }

        @Override
        public String describe(Function<String, String> nameOf) {
            return "link " + nameOf.apply(link) + " up";
        }
    }

    /**
     * The component's physical clock jumps by {@code offset} (may be negative) and then runs fast
     * or slow by {@code driftPpm} parts per million. The target may name one instance, such as
     * {@code "db#2"}, whose clock alone is skewed.
     */
    record ClockSkew(String target, long offset, double driftPpm) implements Fault {
        /** Drift beyond ±10% is not a clock any more. */
        public static final double MAX_DRIFT_PPM = 100_000;

        public ClockSkew {
            requireTarget(target);
            if (Math.abs(offset) > Micros.MAX) {
                throw new IllegalArgumentException("clock offset is too large");
            }
            if (!Double.isFinite(driftPpm) || Math.abs(driftPpm) > MAX_DRIFT_PPM) {
                throw new IllegalArgumentException("clock drift must be from -" + (long) MAX_DRIFT_PPM + " to "
                        + (long) MAX_DRIFT_PPM + " ppm, got " + driftPpm);
            }
        }

        /** Checks a target: a component id, or one instance of a component as {@code "db#2"}. */
        public static String requireTarget(String target) {
            if (Partition.instanceOf(Objects.requireNonNull(target, "clock skew target")) < 0) {
                throw new IllegalArgumentException("clock skew target \"" + target
                        + "\" names an instance after '#': use a number from 1, such as \"db#2\"");
            }
            Ids.require("clock skew target", Partition.componentOf(target));
            return target;
        }

        @Override
        public FaultType type() {
            return FaultType.CLOCK_SKEW;
        }

        @Override
        public List<String> targets() {
            return List.of(target);
        }

        @Override
        public String describe(Function<String, String> nameOf) {
            return "skew clock of " + nameOf.apply(target) + " by " + (offset < 0 ? "-" : "+")
                    + Micros.format(Math.abs(offset))
                    + (driftPpm == 0 ? "" : ", drift " + ppm(driftPpm) + " ppm");
        }

        /** At most one decimal, no trailing zero: {@code 1904.6}, {@code 100}, {@code -2.5}. */
        private static String ppm(double value) {
            String text = String.format(java.util.Locale.ROOT, "%.1f", value);
            return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        }
    }
}
