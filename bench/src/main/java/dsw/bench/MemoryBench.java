package dsw.bench;

import dsw.model.Design;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * Runs the benchmark mesh to a number of trace events (10 million unless told) and prints what
 * the trace and the whole heap take: run it under {@code -Xmx2g} to check that a 10-million-event
 * run fits in 2 GB. Arguments: {@code [events [processes [population]]]}. Not thread-safe (a
 * command-line entry point).
 */
public final class MemoryBench {
    private static final long SEED = 42;

    private MemoryBench() {}

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int processes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int population = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Design mesh = MeshDesign.of(processes, SEED);
        Simulation simulation =
                Simulation.of(mesh, MeshDesign.scenario(SEED, Micros.MAX), MeshHandler.factory(population));
        try {
            long started = System.nanoTime();
            simulation.runEvents(events, RunMonitor.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            Trace trace = simulation.trace();
            long traceBytes = trace.approximateBytes();
            long usedHeap = usedHeapAfterGc();
            Runtime runtime = Runtime.getRuntime();
            print("processes", processes);
            print("messages in flight at start", population);
            print("trace events", trace.size());
            print("kernel events", simulation.kernelEvents());
            print("messages", trace.messageCount());
            print("virtual time (us)", simulation.now());
            System.out.printf(
                    Locale.ROOT,
                    "%-30s %.1f s (%.2f M trace events/s, cold JVM)%n",
                    "run time",
                    seconds,
                    trace.size() / seconds / 1e6);
            print("trace bytes", traceBytes);
            System.out.printf(Locale.ROOT, "%-30s %.1f%n", "trace bytes per event", (double) traceBytes / trace.size());
            System.out.printf(Locale.ROOT, "%-30s %.0f MB%n", "heap used after GC", usedHeap / 1e6);
            System.out.printf(Locale.ROOT, "%-30s %.0f MB%n", "max heap (-Xmx)", runtime.maxMemory() / 1e6);
        } finally {
            Reference.reachabilityFence(simulation);
        }
    }

    /** Heap in use after a full collection, while the caller still holds the simulation. */
    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void print(String what, long value) {
        System.out.printf(Locale.ROOT, "%-30s %,d%n", what, value);
    }
}
