package dsw.bench;

import dsw.diagrams.plantuml.DiagramException;
import dsw.diagrams.plantuml.Renderer;
import dsw.diagrams.sequence.SequenceDiagram;
import dsw.diagrams.sequence.SequenceOptions;
import dsw.diagrams.sequence.Timestamps;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.Workload;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A sequence diagram of {@value #MESSAGES} messages: its PlantUML text alone ({@code puml}), and
 * the text rendered by dsw's {@link Renderer} to SVG and to PNG. Two runs: {@code chain}, a client
 * calling a service that calls a database (3 participants), and {@code tiered}, the 100-process
 * {@link TieredDesign} (its first 500 messages involve 83 of its processes, a stress case). Scores are milliseconds per
 * diagram. Not thread-safe: JMH runs it on one thread; JMH needs it public and not final.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SequenceBench {
    /** Arrows in each diagram. */
    public static final int MESSAGES = 500;

    private static final long SEED = 42;

    @Param({"chain", "tiered"})
    public String design;

    @Param({"none", "both"})
    public String timestamps;

    private Design run;
    private Trace trace;
    private SequenceOptions options;
    private String puml;

    @Setup(Level.Trial)
    public void build() {
        run = design.equals("chain") ? chain() : TieredDesign.of(SEED, 50 * Micros.PER_MILLISECOND);
        Simulation simulation = Simulation.of(run);
        simulation.runToEnd(RunMonitor.NONE);
        trace = simulation.trace();
        options = SequenceOptions.whole()
                .withTimestamps(Timestamps.fromWireName(timestamps))
                .withMaxMessages(MESSAGES);
        SequenceDiagram diagram = SequenceDiagram.of(trace, run, options);
        if (diagram.messagesShown() != MESSAGES) {
            throw new IllegalStateException("the run has only " + diagram.messagesShown() + " messages");
        }
        puml = diagram.puml();
    }

    /** The PlantUML text from the trace. */
    @Benchmark
    public String puml() {
        return SequenceDiagram.of(trace, run, options).puml();
    }

    /** The text rendered to SVG. */
    @Benchmark
    public byte[] svg() throws DiagramException {
        return Renderer.svg(puml).bytes();
    }

    /** The text rendered to PNG (scaled down to fit 8192 px when taller). */
    @Benchmark
    public byte[] png() throws DiagramException {
        return Renderer.png(puml).bytes();
    }

    /** A client calls a service, which calls a database, 200 times a second for 1 s. */
    private static Design chain() {
        KindCatalog kinds = KindCatalog.standard();
        List<Component> components = List.of(
                Component.of("client", "Client", kinds.get("client")),
                Component.of("api", "API", kinds.get("service")),
                Component.of("db", "DB", kinds.get("database")));
        List<Link> links = List.of(Link.of("client-api", "client", "api"), Link.of("api-db", "api", "db"));
        Workload workload =
                new Workload("client", "api", new LoadModel.OpenLoop(200, false), 0.5, new KeySpace(10, 0), 0, -1, 100);
        return new Design(
                "Chain",
                "",
                components,
                links,
                List.of(),
                new Scenario(SEED, Micros.PER_SECOND, List.of(workload), List.of()));
    }
}
