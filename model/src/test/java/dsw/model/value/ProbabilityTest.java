package dsw.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ProbabilityTest {
    @Test
    void aPercentageIsReadWithOrWithoutItsSign() {
        assertThat(Probability.parsePercent("Loss", "2%")).isEqualTo(0.02);
        assertThat(Probability.parsePercent("Loss", " 2 ")).isEqualTo(0.02);
        assertThat(Probability.parsePercent("Loss", "0.1 %")).isEqualTo(0.001);
        assertThat(Probability.parsePercent("Loss", "100%")).isEqualTo(1.0);
        assertThat(Probability.parsePercent("Loss", "0")).isEqualTo(0.0);
    }

    @Test
    void aPercentageIsWrittenWithoutNeedlessDigits() {
        assertThat(Probability.formatPercent(0.02)).isEqualTo("2%");
        assertThat(Probability.formatPercent(0.001)).isEqualTo("0.1%");
        assertThat(Probability.formatPercent(0)).isEqualTo("0%");
        assertThat(Probability.formatPercent(1)).isEqualTo("100%");
    }

    @Test
    void whatIsNotAPercentageSaysSo() {
        assertThatThrownBy(() -> Probability.parsePercent("Loss", "lots"))
                .hasMessage("Loss expects a percentage such as \"2%\" or \"0.5%\", got \"lots\"");
        assertThatThrownBy(() -> Probability.parsePercent("Loss", "150%"))
                .hasMessage("Loss must be from 0% to 100%, got 150%");
        assertThatThrownBy(() -> Probability.parsePercent("Loss", "-1"))
                .hasMessage("Loss must be from 0% to 100%, got -1%");
        assertThatThrownBy(() -> Probability.parsePercent("Loss", " "))
                .hasMessage("Loss expects a percentage such as \"2%\", got nothing");
    }

    @Property(tries = 300)
    void formatThenParseGivesTheSameProbability(@ForAll @DoubleRange(min = 0, max = 1) double p) {
        assertThat(Probability.parsePercent("p", Probability.formatPercent(p))).isEqualTo(p);
    }
}
