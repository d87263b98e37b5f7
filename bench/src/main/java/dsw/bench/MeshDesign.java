package dsw.bench;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.NetworkProfile;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Scenario;
import dsw.model.value.Bandwidth;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A random mesh of single-instance services for {@link MeshHandler}: a ring {@code p0 -> p1 ->
 * ... -> p0} (so every process reaches every other) plus random chords, {@value #OUT_DEGREE}
 * outgoing links per process in all, each with a uniform 1-5 ms latency and a little loss,
 * duplication and reordering. The same size and seed give the same design. Thread-safe
 * (stateless).
 */
public final class MeshDesign {
    /** Outgoing links per process. */
    public static final int OUT_DEGREE = 4;

    /** Loss and duplication are equally likely, so the messages in flight stay about constant. */
    public static final NetworkProfile NETWORK = new NetworkProfile(
            new Distribution.Uniform(Micros.PER_MILLISECOND, 5 * Micros.PER_MILLISECOND),
            0.001,
            0.001,
            0.01,
            0,
            Bandwidth.UNLIMITED);

    private MeshDesign() {}

    /** A mesh of {@code processes} processes (at least 2) whose links are drawn from {@code seed}. */
    public static Design of(int processes, long seed) {
        if (processes < 2) {
            throw new IllegalArgumentException("a mesh needs at least 2 processes, got " + processes);
        }
        ComponentKind service = KindCatalog.standard().get("service");
        List<Component> components = new ArrayList<>(processes);
        for (int p = 0; p < processes; p++) {
            components.add(Component.of(id(p), "p" + p, service));
        }
        SplittableRandom random = new SplittableRandom(seed);
        int degree = Math.min(OUT_DEGREE, processes - 1);
        List<Link> links = new ArrayList<>(processes * degree);
        for (int p = 0; p < processes; p++) {
            Set<Integer> targets = new LinkedHashSet<>();
            targets.add((p + 1) % processes);
            while (targets.size() < degree) {
                int q = random.nextInt(processes);
                if (q != p) {
                    targets.add(q);
                }
            }
            for (int q : targets) {
                links.add(Link.of("l" + p + "-" + q, id(p), id(q)).withNetwork(NETWORK));
            }
        }
        return new Design(
                "mesh of " + processes,
                "benchmark mesh, seed " + seed,
                components,
                links,
                List.of(),
                scenario(seed, Micros.MAX));
    }

    /** A scenario without workload or faults: {@link MeshHandler} makes the traffic. */
    public static Scenario scenario(long seed, long duration) {
        return new Scenario(seed, duration, List.of(), List.of());
    }

    private static String id(int process) {
        return "p" + process;
    }
}
