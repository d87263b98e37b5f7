package dsw.bench;

import dsw.model.Design;
import dsw.model.scenario.Scenario;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import dsw.simulation.behavior.Handlers;
import dsw.simulation.kernel.Handler;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Kernel throughput, each invocation a whole run from a fresh {@link Simulation}: the random mesh
 * (network model and Lamport clocks, trivial handlers), the tiered design on the standard
 * behaviours, and the bare heap loop doing the mesh run's queue work. Scores of {@code mesh} and
 * {@code bareHeap} are mesh trace events per second (for {@code bareHeap}: of a mesh run that
 * takes as long), so their ratio is the kernel's cost over the bare heap; the
 * {@code traceEvents} and {@code kernelEvents} counters are the events per second each run
 * really did. Not thread-safe: JMH runs it on one thread; JMH needs it public and not final.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class KernelBench {
    /** Trace events one mesh invocation records. */
    public static final int EVENTS = 1_000_000;

    /** Virtual seconds one run of the tiered design lasts. */
    public static final int TIERED_SECONDS = 2;

    private static final long SEED = 42;

    @Param("100")
    public int processes;

    @Param("1000")
    public int population;

    private Design mesh;
    private Scenario meshScenario;
    private Handler.Factory meshHandlers;
    private long meshKernelEvents;
    private Design tiered;
    private Design tieredResilient;

    /** Events each invocation ran, summed over an iteration and reported per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Events {
        public long traceEvents;
        public long kernelEvents;

        @Setup(Level.Iteration)
        public void reset() {
            traceEvents = 0;
            kernelEvents = 0;
        }
    }

    @Setup(Level.Trial)
    public void build() {
        mesh = MeshDesign.of(processes, SEED);
        meshScenario = MeshDesign.scenario(SEED, Micros.MAX);
        meshHandlers = MeshHandler.factory(population);
        Simulation probe = runMesh();
        meshKernelEvents = probe.kernelEvents();
        tiered = TieredDesign.forSeconds(SEED, TIERED_SECONDS);
        tieredResilient = TieredDesign.withResilience(tiered);
    }

    private Simulation runMesh() {
        Simulation simulation = Simulation.of(mesh, meshScenario, meshHandlers);
        simulation.runEvents(EVENTS, RunMonitor.NONE);
        return simulation;
    }

    /** Records {@link #EVENTS} trace events on the mesh. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long mesh(Events events) {
        Simulation simulation = runMesh();
        events.traceEvents += simulation.trace().size();
        events.kernelEvents += simulation.kernelEvents();
        return simulation.kernelEvents();
    }

    /** As many heap pops, over as many pending events, as a mesh invocation's kernel events. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long bareHeap(Events events) {
        long checksum = BareEventLoop.run(population, meshKernelEvents, SEED);
        events.kernelEvents += meshKernelEvents;
        return checksum;
    }

    /** Runs the tiered design on the standard behaviours for {@link #TIERED_SECONDS} virtual seconds. */
    @Benchmark
    public long standard(Events events) {
        return runTiered(tiered, events);
    }

    /** The same with timeouts, retries and circuit breakers on every call. */
    @Benchmark
    public long standardWithPatterns(Events events) {
        return runTiered(tieredResilient, events);
    }

    private static long runTiered(Design design, Events events) {
        Simulation simulation = Simulation.of(design, design.scenario(), Handlers.standard());
        simulation.runToEnd(RunMonitor.NONE);
        events.traceEvents += simulation.trace().size();
        events.kernelEvents += simulation.kernelEvents();
        return simulation.kernelEvents();
    }
}
