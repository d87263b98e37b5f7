package dsw.bench;

import dsw.simulation.check.Cancellation;
import dsw.simulation.check.CheckResult;
import dsw.simulation.check.ClientHistory;
import dsw.simulation.check.HistoryFormat;
import dsw.simulation.check.HistoryFormatException;
import dsw.simulation.check.LinearizabilityChecker;
import dsw.simulation.check.Model;
import dsw.simulation.check.Models;
import dsw.simulation.check.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Linearizability checking, warm: the Knossos histories ({@code knossos}: all of them by default,
 * or the ones {@code -p history=a.edn,b.edn} names, relative to the folder in the {@code
 * dsw.knossos} property, default {@code simulation/src/test/resources/knossos}, run from the repository root), and a generated key-value
 * history of {@code operations} operations by 10 clients ({@code keyValue}). Scores are the time
 * per check. Not thread-safe: JMH runs it on one thread; JMH needs it public and not final.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1)
@State(Scope.Benchmark)
public class LinearizabilityBench {
    /** A history with the model it is checked against and the verdict it must get. */
    private record Case(ClientHistory history, Model model, Verdict expected) {}

    @Param("all")
    public String history;

    @Param("10000")
    public int operations;

    @Param({"10", "1"})
    public int keys;

    private List<Case> knossos;
    private Case keyValue;

    @Setup(Level.Trial)
    public void load() throws IOException, HistoryFormatException {
        Path folder = Path.of(System.getProperty("dsw.knossos", "simulation/src/test/resources/knossos"));
        List<Path> files;
        if (history.equals("all")) {
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(file -> file.toString().endsWith(".edn"))
                        .sorted()
                        .toList();
            }
        } else {
            files = List.of(folder.resolve(history));
        }
        knossos = new ArrayList<>();
        for (Path file : files) {
            String model = file.getParent().getParent().getFileName().toString();
            Verdict expected =
                    file.getParent().getFileName().toString().equals("good") ? Verdict.OK : Verdict.VIOLATION;
            knossos.add(new Case(
                    HistoryFormat.EDN.read(file),
                    Models.named(model, Optional.empty()).orElseThrow(),
                    expected));
        }
        keyValue = new Case(
                SingleCopyKvHistory.generate(operations, 10, keys, 42),
                Models.named("kv", Optional.empty()).orElseThrow(),
                Verdict.OK);
    }

    /** Every chosen Knossos history once; fails if one gets the wrong verdict. */
    @Benchmark
    public long knossos() {
        long configurations = 0;
        for (Case one : knossos) {
            configurations += check(one).configurations();
        }
        return configurations;
    }

    /** The generated key-value history. */
    @Benchmark
    public long keyValue() {
        return check(keyValue).configurations();
    }

    private static CheckResult check(Case one) {
        CheckResult result = LinearizabilityChecker.check(one.history(), one.model(), Cancellation.never());
        if (result.verdict() != one.expected()) {
            throw new IllegalStateException("expected " + one.expected() + " but got " + result.verdict());
        }
        return result;
    }
}
