package dsw.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DistributionTextTest {
    private static final long MS = Micros.PER_MILLISECOND;

    @Test
    void everyTypeHasAReadableCanonicalForm() {
        assertThat(DistributionText.format(new Distribution.Constant(5 * MS))).isEqualTo("5ms");
        assertThat(DistributionText.format(new Distribution.Uniform(2 * MS, 8 * MS)))
                .isEqualTo("uniform 2ms..8ms");
        assertThat(DistributionText.format(new Distribution.Normal(20 * MS, 5 * MS)))
                .isEqualTo("normal mean 20ms stddev 5ms");
        assertThat(DistributionText.format(new Distribution.Exponential(10 * MS)))
                .isEqualTo("exponential mean 10ms");
        assertThat(DistributionText.format(new Distribution.LogNormal(5 * MS, 0.5)))
                .isEqualTo("lognormal median 5ms sigma 0.5");
        assertThat(DistributionText.format(new Distribution.LogNormal(5 * MS, 1)))
                .endsWith("sigma 1");
    }

    @Test
    void shorterFormsAreReadToo() {
        assertThat(DistributionText.parse(" 20 ms ")).isEqualTo(new Distribution.Constant(20 * MS));
        assertThat(DistributionText.parse("constant 1.5s")).isEqualTo(new Distribution.Constant(1_500 * MS));
        assertThat(DistributionText.parse("uniform min 2ms max 8ms"))
                .isEqualTo(new Distribution.Uniform(2 * MS, 8 * MS));
        assertThat(DistributionText.parse("Uniform max 8ms min 2ms"))
                .isEqualTo(new Distribution.Uniform(2 * MS, 8 * MS));
        assertThat(DistributionText.parse("2ms..8ms")).isEqualTo(new Distribution.Uniform(2 * MS, 8 * MS));
        assertThat(DistributionText.parse("normal 20ms ± 5ms")).isEqualTo(new Distribution.Normal(20 * MS, 5 * MS));
        assertThat(DistributionText.parse("20ms +- 5ms")).isEqualTo(new Distribution.Normal(20 * MS, 5 * MS));
        assertThat(DistributionText.parse("normal mean=20ms sd=5ms"))
                .isEqualTo(new Distribution.Normal(20 * MS, 5 * MS));
        assertThat(DistributionText.parse("exp 10ms")).isEqualTo(new Distribution.Exponential(10 * MS));
        assertThat(DistributionText.parse("lognormal 5ms 0.5")).isEqualTo(new Distribution.LogNormal(5 * MS, 0.5));
        assertThat(DistributionText.parse("log-normal sigma 0.5 median 5ms"))
                .isEqualTo(new Distribution.LogNormal(5 * MS, 0.5));
    }

    @Test
    void whatTheInspectorUsedToShowReadsBackToo() {
        for (Distribution d : List.of(
                new Distribution.Constant(250),
                new Distribution.Uniform(2 * MS, 8 * MS),
                new Distribution.Normal(20 * MS, 5 * MS),
                new Distribution.Exponential(10 * MS),
                new Distribution.LogNormal(5 * MS, 0.5))) {
            assertThat(DistributionText.parse(d.describe())).as(d.describe()).isEqualTo(d);
        }
    }

    @Test
    void mistakesAreExplainedWithAnExample() {
        assertThatThrownBy(() -> DistributionText.parse(""))
                .hasMessageStartingWith("expected a duration or a distribution such as \"5ms\"");
        assertThatThrownBy(() -> DistributionText.parse("5"))
                .hasMessage("value \"5\" needs a unit, such as \"5ms\" or \"5s\"");
        assertThatThrownBy(() -> DistributionText.parse("poisson 5ms"))
                .hasMessageStartingWith("unknown distribution \"poisson\": use constant, uniform, normal");
        assertThatThrownBy(() -> DistributionText.parse("uniform 2ms"))
                .hasMessage("a uniform distribution needs min and max (max is missing); for example"
                        + " \"uniform 2ms..8ms\"");
        assertThatThrownBy(() -> DistributionText.parse("normal median 5ms"))
                .hasMessage("a normal distribution has mean and stddev, not \"median\"; for example"
                        + " \"normal mean 20ms stddev 5ms\"");
        assertThatThrownBy(() -> DistributionText.parse("exponential 5ms 6ms"))
                .hasMessage("an exponential distribution has only a mean; \"6ms\" is one value too many");
        assertThatThrownBy(() -> DistributionText.parse("uniform 8ms..2ms"))
                .hasMessage("min (8ms) is greater than max (2ms)");
        assertThatThrownBy(() -> DistributionText.parse("lognormal median 5ms sigma 9"))
                .hasMessage("sigma must be a number from 0 to 5.0, got 9.0");
        assertThatThrownBy(() -> DistributionText.parse("lognormal median 5ms sigma 5ms"))
                .hasMessageStartingWith("sigma (the spread of a log-normal) is a number from 0 to 5 without a unit");
        assertThatThrownBy(() -> DistributionText.parse("normal mean 5ms mean 6ms stddev 1ms"))
                .hasMessage("mean is given twice");
        assertThatThrownBy(() -> DistributionText.parse("exponential mean"))
                .hasMessage("\"mean\" needs a value; for example \"exponential mean 10ms\"");
    }

    @Property(tries = 300)
    void formatThenParseGivesTheSameDistribution(@ForAll("distributions") Distribution distribution) {
        assertThat(DistributionText.parse(DistributionText.format(distribution)))
                .isEqualTo(distribution);
    }

    @Provide
    Arbitrary<Distribution> distributions() {
        Arbitrary<Long> micros = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 10_000_000),
                Arbitraries.longs().between(0, 1_000).map(n -> n * MS),
                Arbitraries.longs().between(0, Micros.MAX));
        Arbitrary<Double> sigma = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, Distribution.LogNormal.MAX_SIGMA),
                Arbitraries.doubles().between(0, 5).ofScale(2));
        return Arbitraries.oneOf(
                micros.map(Distribution.Constant::new),
                Combinators.combine(micros, micros)
                        .as((a, b) -> new Distribution.Uniform(Math.min(a, b), Math.max(a, b))),
                Combinators.combine(micros, micros).as(Distribution.Normal::new),
                micros.map(Distribution.Exponential::new),
                Combinators.combine(micros, sigma).as(Distribution.LogNormal::new));
    }
}
