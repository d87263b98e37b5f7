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
 * own random generator. Messages between instances of one component (replicas talking to their
 * peers) travel on no link: they take the latency and loss of the first link that reaches the
 * component, draw from one generator of their own, and only a partition naming an instance
 * stops them. Not thread-safe; owned by the kernel.
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
    /** Per component, the network its instances reach each other over. */
    private final NetworkProfile[] peerProfiles;

    private final SplittableRandom peerRandom;
    /** Whether a partition names a single instance, so that links alone cannot tell what it blocks. */
    private boolean instanceCuts;

    private record Cut(Set<String> sideA, Set<String> sideB, boolean oneWay) {
        boolean blocks(String from, String to) {
            return (sideA.contains(from) && sideB.contains(to))
                    || (!oneWay && sideB.contains(from) && sideA.contains(to));
        }

        /** Whether the cut stops a message between two processes, each named by component and process id. */
        boolean blocks(String fromComponent, String fromProcess, String toComponent, String toProcess) {
            return blocks(fromComponent, toComponent)
                    || blocks(fromProcess, toProcess)
                    || blocks(fromComponent, toProcess)
                    || blocks(fromProcess, toComponent);
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
        peerRandom = root.split();
        List<dsw.model.Component> components = topology.design().components();
        peerProfiles = new NetworkProfile[components.size()];
        for (int c = 0; c < components.size(); c++) {
            String id = components.get(c).id();
            peerProfiles[c] = topology.design().links().stream()
                    .filter(l -> l.to().equals(id))
                    .findFirst()
                    .map(Link::network)
                    .orElse(NetworkProfile.DEFAULT);
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
        if (link < 0) {
            transmitToPeer(envelope, now);
            return;
        }
        int dir = direction(link, envelope.from());
        if (down[link]) {
            kernel.drop(envelope, DropReason.LINK_DOWN);
            return;
        }
        if (partitioned(envelope, dir)) {
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

    /** A message between two instances of one component: latency and loss only, no ordering. */
    private void transmitToPeer(Envelope envelope, long now) {
        if (partitioned(envelope, -1)) {
            kernel.drop(envelope, DropReason.PARTITION);
            return;
        }
        NetworkProfile profile = peerProfiles[topology.componentIndexOf(envelope.from())];
        long arrival = now
                + profile.bandwidth().serializationMicros(envelope.body().size())
                + profile.latency().sample(peerRandom);
        if (profile.loss() > 0 && peerRandom.nextDouble() < profile.loss()) {
            kernel.schedule(now + (arrival - now) / 2, new KernelEvents.Loss(envelope, DropReason.LOSS));
            return;
        }
        kernel.schedule(arrival, new KernelEvents.Arrival(envelope, false, 0));
    }

    /** Whether a partition stops the message; {@code dir} is its link direction slot, -1 for none. */
    private boolean partitioned(Envelope envelope, int dir) {
        if (!instanceCuts) {
            return dir >= 0 && blocked[dir];
        }
        String fromComponent = topology.componentOf(envelope.from()).id();
        String fromProcess = topology.process(envelope.from()).id();
        String toComponent = topology.componentOf(envelope.to()).id();
        String toProcess = topology.process(envelope.to()).id();
        for (Cut cut : partitions.values()) {
            if (cut.blocks(fromComponent, fromProcess, toComponent, toProcess)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a partition stops peer messages between processes {@code a} and {@code b} of one component, either way. */
    boolean separates(int a, int b) {
        if (!instanceCuts) {
            return false; // a partition that names no instance never splits a component
        }
        String component = topology.componentOf(a).id();
        String first = topology.process(a).id();
        String second = topology.process(b).id();
        for (Cut cut : partitions.values()) {
            if (cut.blocks(component, first, component, second) || cut.blocks(component, second, component, first)) {
                return true;
            }
        }
        return false;
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
        int link = envelope.link();
        if (link >= 0 && (down[link] || arrival.outages() != outages[link])) {
            return DropReason.LINK_DOWN;
        }
        if (partitioned(envelope, link < 0 ? -1 : direction(link, envelope.from()))) {
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
        instanceCuts = partitions.values().stream().anyMatch(cut -> names(cut.sideA()) || names(cut.sideB()));
        List<Link> links = topology.design().links();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            blocked[2 * i] = blocks(link.from(), link.to());
            blocked[2 * i + 1] = blocks(link.to(), link.from());
        }
    }

    /** Whether a side names a single instance of a component with several. */
    private static boolean names(Set<String> side) {
        return side.stream().anyMatch(id -> id.indexOf('#') >= 0);
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
