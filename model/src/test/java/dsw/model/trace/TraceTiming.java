package dsw.model.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Measures vector clocks and trace writing on a large random trace (sends between random
 * processes, so vectors are dense: a worst case for the size of {@code vc}); not a test, since wall
 * time depends on the machine. Run it by hand after {@code mvn -pl model test-compile}:
 *
 * <pre>
 * java -Xmx4g -cp model/target/classes:model/target/test-classes:$(cat cp.txt) dsw.model.trace.TraceTiming
 * </pre>
 *
 * where {@code cp.txt} comes from {@code mvn -pl model dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}. Optional arguments: events (1000000), processes (100), seed (11).
 * Not thread-safe.
 */
final class TraceTiming {
    private static final int WRITES = 10;
    private static final int QUESTIONS = 2000;

    private TraceTiming() {}

    public static void main(String[] args) throws IOException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int processes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 11;
        Random random = new Random(seed);
        Trace trace = RandomTraces.generate(random, processes, events);
        System.out.printf(
                Locale.ROOT,
                "%d events, %d messages at %d processes, seed %d; the trace holds %.0f MB%n",
                trace.size(),
                trace.messageCount(),
                processes,
                seed,
                trace.approximateBytes() / 1e6);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long start = System.nanoTime();
        VectorClocks clocks = VectorClocks.of(trace);
        System.out.printf(
                Locale.ROOT,
                "VectorClocks.of: %.2f s; checkpoints every %d events, %.1f MB%n",
                (System.nanoTime() - start) / 1e9,
                clocks.blockSize(),
                clocks.retainedBytes() / 1e6);
        long[] entry = new long[QUESTIONS];
        long[] vector = new long[QUESTIONS];
        for (int i = 0; i < QUESTIONS; i++) {
            int seq = processEvent(trace, random);
            long t0 = System.nanoTime();
            clocks.entry(seq, random.nextInt(processes));
            long t1 = System.nanoTime();
            clocks.vector(seq);
            entry[i] = t1 - t0;
            vector[i] = System.nanoTime() - t1;
        }
        System.out.printf(
                Locale.ROOT,
                "random access: entry median %.0f µs, vector median %.0f µs%n",
                median(entry) / 1e3,
                median(vector) / 1e3);

        long[] bytes = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        double best = 0;
        double bestCpu = 0;
        for (int i = 0; i < WRITES; i++) {
            bytes[0] = 0;
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            TraceJson.write(trace, sink);
            best = Math.max(best, trace.size() / ((System.nanoTime() - wall) / 1e9));
            bestCpu = Math.max(bestCpu, trace.size() / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9));
        }
        System.out.printf(
                Locale.ROOT,
                "TraceJson.write to a null stream, best of %d: %.2f M events/s (%.2f M per CPU second),"
                        + " %.0f bytes per line%n",
                WRITES,
                best / 1e6,
                bestCpu / 1e6,
                (double) bytes[0] / trace.size());
    }

    private static int processEvent(Trace trace, Random random) {
        while (true) {
            int seq = random.nextInt(trace.size());
            if (trace.type(seq).isProcessEvent()) {
                return seq;
            }
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
