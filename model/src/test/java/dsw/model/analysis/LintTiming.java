package dsw.model.analysis;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.kind.Behavior;
import dsw.model.kind.KindCatalog;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures how long {@link DesignLint#check} takes on a large random design; not a test, since wall
 * time depends on the machine. Run it by hand after {@code mvn -pl model test-compile}:
 *
 * <pre>
 * java -cp model/target/classes:model/target/test-classes:$(cat cp.txt) dsw.model.analysis.LintTiming
 * </pre>
 *
 * where {@code cp.txt} comes from {@code mvn -pl model dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}. Optional arguments: components (300), links (600), seed (1) and the
 * most clients to keep (all: about one component in six); the other clients become services.
 * Not thread-safe.
 */
final class LintTiming {
    private static final int WARM_UP = 300;
    private static final int RUNS = 300;

    private LintTiming() {}

    public static void main(String[] args) {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        int maxClients = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        Design design = fewerClients(Designs.random(new Random(seed), components, links), maxClients);
        TopologyGraph graph = TopologyGraph.of(design);
        System.out.printf(
                Locale.ROOT,
                "%d components (%d clients), %d links, seed %d: %d findings%n",
                components,
                graph.clients().size(),
                links,
                seed,
                DesignLint.check(design).size());
        for (int i = 0; i < WARM_UP; i++) {
            DesignLint.check(design);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] micros = new long[RUNS];
        long[] cpuMicros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            DesignLint.check(design);
            micros[i] = (System.nanoTime() - start) / 1_000;
            cpuMicros[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000;
        }
        Design another = fewerClients(Designs.random(new Random(seed + 1), components, links), maxClients);
        long first = System.nanoTime();
        DesignLint.check(another);
        long cold = (System.nanoTime() - first) / 1_000;
        Arrays.sort(micros);
        Arrays.sort(cpuMicros);
        System.out.printf(
                Locale.ROOT,
                "DesignLint.check over %d runs: wall median %.2f ms, 95th percentile %.2f ms, max %.2f ms;"
                        + " CPU median %.2f ms, 95th percentile %.2f ms (another design right after: %.2f ms)%n",
                RUNS,
                micros[RUNS / 2] / 1000.0,
                micros[RUNS * 95 / 100] / 1000.0,
                micros[RUNS - 1] / 1000.0,
                cpuMicros[RUNS / 2] / 1000.0,
                cpuMicros[RUNS * 95 / 100] / 1000.0,
                cold / 1000.0);
    }

    private static Design fewerClients(Design design, int maxClients) {
        List<Component> components = new ArrayList<>();
        int clients = 0;
        for (Component c : design.components()) {
            boolean client = c.kind().behavior() == Behavior.CLIENT;
            components.add(
                    client && ++clients > maxClients
                            ? c.withKind(KindCatalog.standard().get("service"))
                            : c);
        }
        return design.withComponents(components);
    }
}
