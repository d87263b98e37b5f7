package dsw.simulation.kernel;

import dsw.model.Link;
import dsw.model.NetworkProfile;
import dsw.model.trace.DropReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The unreliable network: per link and direction, latency, loss, duplication, reordering,
 * corruption and bandwidth, plus links that are down and partitions. Each link draws from its
 * own random generator. Not thread-safe; owned by the kernel.
 */
final class Network {
    private final Kernel kernel;
    private final Topology topology;
    private final NetworkProfile[] profiles;
    private final SplittableRandom[] randoms;
    private final boolean[] down;
    /** Per link, how many times it has gone down: a copy on the wire across an outage is lost. */
    private final int[] outages;

    private final boolean[] blocked;
    private final long[] lastArrival;
    private final long[] busyUntil;
    private final Map<String, Cut> partitions = new LinkedHashMap<>();

    private record Cut(Set<String> sideA, Set<String> sideB, boolean oneWay) {
        boolean blocks(String from, String to) {
            return (sideA.contains(from) && sideB.contains(to))
                    || (!oneWay && sideB.contains(from) && sideA.contains(to));
        }
    }

    Network(Kernel kernel, Topology topology, SplittableRandom root) {
        this.kernel = kernel;
        this.topology = topology;
        int links = topology.linkCount();
        profiles = new NetworkProfile[links];
        randoms = new SplittableRandom[links];
        down = new boolean[links];
        outages = new int[links];
        blocked = new boolean[2 * links];
        lastArrival = new long[2 * links];
        busyUntil = new long[2 * links];
        for (int i = 0; i < links; i++) {
            profiles[i] = topology.link(i).network();
        }
        for (int i = 0; i < links; i++) {
            randoms[i] = root.split();
        }
    }

    /** The direction slot of a message on {@code link} sent by process {@code fromProcess}. */
    private int direction(int link, int fromProcess) {
        boolean forward = topology.componentIndexOf(fromProcess) == topology.linkFromIndex(link);
        return 2 * link + (forward ? 0 : 1);
    }

    /** Puts a freshly sent message on the wire: schedules its arrivals or records its loss. */
    void transmit(Envelope envelope, long now) {
        int link = envelope.link();
        int dir = direction(link, envelope.from());
        if (down[link]) {
            kernel.drop(envelope, DropReason.LINK_DOWN);
            return;
        }
        if (blocked[dir]) {
            kernel.drop(envelope, DropReason.PARTITION);
            return;
        }
        NetworkProfile profile = profiles[link];
        SplittableRandom random = randoms[link];
        long start = Math.max(now, busyUntil[dir]);
        long sent =
                start + profile.bandwidth().serializationMicros(envelope.body().size());
        busyUntil[dir] = sent;
        long arrival = sent + profile.latency().sample(random);
        if (profile.loss() > 0 && random.nextDouble() < profile.loss()) {
            kernel.schedule(now + (arrival - now) / 2, new KernelEvents.Loss(envelope, DropReason.LOSS));
            return;
        }
        scheduleCopy(envelope, dir, arrival, profile, random);
        if (profile.duplication() > 0 && random.nextDouble() < profile.duplication()) {
            kernel.markDuplicated(envelope);
            long again = sent + profile.latency().sample(random);
            scheduleCopy(envelope, dir, again, profile, random);
        }
    }

    private void scheduleCopy(
            Envelope envelope, int dir, long arrival, NetworkProfile profile, SplittableRandom random) {
        long at = arrival;
        if (profile.reorder() > 0 && random.nextDouble() < profile.reorder()) {
            // Held back: later messages on this link may overtake it.
            at += 1 + profile.latency().sample(random) + random.nextLong(1 + Math.max(1, at - kernel.now()));
        } else {
            at = Math.max(at, lastArrival[dir]);
            lastArrival[dir] = at;
        }
        boolean corrupt = profile.corruption() > 0 && random.nextDouble() < profile.corruption();
        kernel.schedule(at, new KernelEvents.Arrival(envelope, corrupt, outages[envelope.link()]));
    }

    /**
     * Why a copy arriving now cannot be delivered, or {@link DropReason#NONE}. A link that went
     * down while the copy was on it lost the copy, even if it is up again.
     */
    DropReason checkArrival(KernelEvents.Arrival arrival) {
        Envelope envelope = arrival.envelope();
        if (down[envelope.link()] || arrival.outages() != outages[envelope.link()]) {
            return DropReason.LINK_DOWN;
        }
        if (blocked[direction(envelope.link(), envelope.from())]) {
            return DropReason.PARTITION;
        }
        return DropReason.NONE;
    }

    /** Sets the link's loss probability from now on, in both directions. */
    void setLoss(int link, double loss) {
        NetworkProfile p = profiles[link];
        profiles[link] =
                new NetworkProfile(p.latency(), loss, p.duplication(), p.reorder(), p.corruption(), p.bandwidth());
    }

    void setDown(int link, boolean value) {
        if (value && !down[link]) {
            outages[link]++;
        }
        down[link] = value;
    }

    void partition(String name, Set<String> sideA, Set<String> sideB, boolean oneWay) {
        partitions.put(name, new Cut(sideA, sideB, oneWay));
        recompute();
    }

    /** Heals the named partition, or every partition when {@code name} is null. */
    void heal(String name) {
        if (name == null) {
            partitions.clear();
        } else {
            partitions.remove(name);
        }
        recompute();
    }

    private void recompute() {
        List<Link> links = topology.design().links();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            blocked[2 * i] = blocks(link.from(), link.to());
            blocked[2 * i + 1] = blocks(link.to(), link.from());
        }
    }

    private boolean blocks(String from, String to) {
        for (Cut cut : partitions.values()) {
            if (cut.blocks(from, to)) {
                return true;
            }
        }
        return false;
    }
}
