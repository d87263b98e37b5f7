package dsw.bench;

import dsw.model.Design;
import dsw.model.layout.LayeredLayout;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Auto layout of a large design: {@link LayeredLayout#arrange(Design)} on the {@link FramedDesign}
 * ({@value FramedDesign#COMPONENTS} components, {@value FramedDesign#LINKS} links,
 * {@value FramedDesign#FRAMES} frames). Scores are milliseconds per layout. Not thread-safe: JMH
 * runs it on one thread; JMH needs it public and not final.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class LayoutBench {
    private static final long SEED = 42;

    private Design design;

    @Setup(Level.Trial)
    public void build() {
        design = FramedDesign.of(SEED);
    }

    /** Arranges the whole design from scratch. */
    @Benchmark
    public Design arrange() {
        return LayeredLayout.arrange(design);
    }
}
