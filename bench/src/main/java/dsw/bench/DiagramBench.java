package dsw.bench;

import dsw.diagrams.plantuml.DeploymentDiagram;
import dsw.diagrams.plantuml.DeploymentExport;
import dsw.diagrams.plantuml.DiagramException;
import dsw.diagrams.plantuml.Renderer;
import dsw.model.Design;
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
 * Deployment diagrams of a {@link DeploymentDesign}: writing the PlantUML text, and drawing it as
 * SVG and PNG in a warm JVM (the target: a 100-component SVG in under 300 ms). {@code export*}
 * includes the fallback to a flat diagram when smetana cannot lay out the frames (the generated
 * 100-component design in C4 style needs it, so that score is two layouts). Scores are milliseconds
 * per diagram. Not thread-safe: JMH runs it on one thread; JMH needs it public and not final.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class DiagramBench {
    @Param({"100"})
    public int components;

    @Param({"PLAIN", "C4"})
    public String style;

    private Design design;
    private DeploymentDiagram.Options options;
    private String text;

    @Setup(Level.Trial)
    public void build() {
        design = DeploymentDesign.of(components);
        options = DeploymentDiagram.Options.DEFAULT.withStyle(DeploymentDiagram.Style.valueOf(style));
        text = DeploymentDiagram.of(design, options);
    }

    /** The PlantUML text alone. */
    @Benchmark
    public String text() {
        return DeploymentDiagram.of(design, options);
    }

    /** The design drawn as SVG, falling back to a flat diagram if smetana fails on the frames. */
    @Benchmark
    public Renderer.Image exportSvg() throws DiagramException {
        return DeploymentExport.render(design, options, Renderer.Format.SVG);
    }

    /** The design drawn as PNG, falling back like {@link #exportSvg()}. */
    @Benchmark
    public Renderer.Image exportPng() throws DiagramException {
        return DeploymentExport.render(design, options, Renderer.Format.PNG);
    }

    /**
     * Smetana on the framed text as is: SVG when it lays it out, the time to fail otherwise. Not
     * {@code DeploymentExport}, so this is one layout.
     */
    @Benchmark
    public Object renderFramedSvg() {
        try {
            return Renderer.svg(text);
        } catch (DiagramException e) {
            return e;
        }
    }
}
