package dsw.bench;

import dsw.app.animation.FlightList;
import dsw.app.animation.Flights;
import dsw.app.animation.ProcessStates;
import dsw.app.run.TraceSearch;
import dsw.model.Design;
import dsw.model.trace.Trace;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What the animation's indexes of a long run cost: a written trace ({@link SyntheticRun}) of about
 * 10 million events among 200 processes, indexed for flights and process states as the app does in
 * the background, then asked where the messages are and what state the processes are in at random
 * moments (as when the user scrubs):
 *
 * <pre>
 * java -Xmx3g -cp bench/target/benchmarks.jar dsw.bench.AnimationIndexBench [events [processes [inFlight]]]
 * </pre>
 *
 * Not thread-safe; a main program.
 */
public final class AnimationIndexBench {
    private AnimationIndexBench() {}

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int processes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        Design design = EditorDesign.of(processes, processes * 2, 8, 42);
        // About two events per message copy: sends per second x duration = events / 2.
        long duration = (long) (events / 2.0 / (inFlight / (double) SyntheticRun.MEAN_FLIGHT));
        long t0 = System.nanoTime();
        Trace trace = SyntheticRun.of(design, inFlight, duration, 42);
        System.out.printf(
                Locale.ROOT,
                "trace: %,d events, %,d messages, %d processes, %.1f s of virtual time (written in %.1f s)%n",
                trace.size(),
                trace.messageCount(),
                processes,
                duration / 1e6,
                (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        Flights flights = new Flights.Indexer(trace).index(trace.size());
        long t2 = System.nanoTime();
        ProcessStates states = new ProcessStates.Builder(trace, new int[0]).build(trace.size());
        long t3 = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "flights indexed in %.2f s (window %.1f ms, %d long flights, %d open); process states in %.2f s:"
                        + " a checkpoint every %,d events, %.1f MB%n",
                (t2 - t1) / 1e9,
                flights.window() / 1e3,
                flights.longFlightCount(),
                flights.openCount(),
                (t3 - t2) / 1e9,
                states.interval(),
                states.checkpointBytes() / 1e6);
        SplittableRandom random = new SplittableRandom(7);
        FlightList list = new FlightList();
        int rounds = 2000;
        long[] flightTimes = new long[rounds];
        long[] stateTimes = new long[rounds];
        long found = 0;
        for (int i = 0; i < rounds; i++) {
            long t = random.nextLong(duration);
            long a = System.nanoTime();
            flights.inFlight(t, list);
            long b = System.nanoTime();
            states.at(TraceSearch.countUpTo(trace, trace.size(), t));
            long c = System.nanoTime();
            flightTimes[i] = b - a;
            stateTimes[i] = c - b;
            found += list.size();
        }
        Arrays.sort(flightTimes);
        Arrays.sort(stateTimes);
        System.out.printf(
                Locale.ROOT,
                "at a random moment (%d of them): %,d copies in flight on average, found in %.2f ms (median),"
                        + " %.2f ms (p95); process states in %.2f ms (median), %.2f ms (p95)%n",
                rounds,
                found / rounds,
                flightTimes[rounds / 2] / 1e6,
                flightTimes[rounds * 95 / 100] / 1e6,
                stateTimes[rounds / 2] / 1e6,
                stateTimes[rounds * 95 / 100] / 1e6);
    }
}
