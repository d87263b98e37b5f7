package dsw.bench;

import dsw.model.Design;
import dsw.model.scenario.Scenario;
import dsw.model.trace.Trace;
import dsw.model.trace.VectorClocks;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import dsw.simulation.kernel.Handler;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Vector clocks over mesh traces of {@value #EVENTS} events at 10, 100 and 1,000 processes: computed
 * from a trace recorded beforehand ({@code vectorClocks}) and end to end, the run and then its
 * vector clocks ({@code simulateWithVectorClocks}). Scores are trace events per second. Not
 * thread-safe: JMH runs it on one thread; JMH needs it public and not final.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class VectorClockBench {
    /** Trace events in each trace. */
    public static final int EVENTS = 1_000_000;

    private static final long SEED = 42;

    @Param({"10", "100", "1000"})
    public int processes;

    @Param("1000")
    public int population;

    private Design mesh;
    private Scenario scenario;
    private Handler.Factory handlers;
    private Trace recorded;

    @Setup(Level.Trial)
    public void build() {
        mesh = MeshDesign.of(processes, SEED);
        scenario = MeshDesign.scenario(SEED, Micros.MAX);
        handlers = MeshHandler.factory(population);
        recorded = run().trace();
    }

    private Simulation run() {
        Simulation simulation = Simulation.of(mesh, scenario, handlers);
        simulation.runEvents(EVENTS, RunMonitor.NONE);
        return simulation;
    }

    /** The vector clocks of a recorded trace, with one entry of its last event read. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long vectorClocks() {
        return lastEntry(recorded);
    }

    /** A mesh run of {@link #EVENTS} trace events, then its vector clocks. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long simulateWithVectorClocks() {
        return lastEntry(run().trace());
    }

    private static long lastEntry(Trace trace) {
        VectorClocks clocks = VectorClocks.of(trace);
        return clocks.entry(trace.size() - 1, 0);
    }
}
