package dsw.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.NetworkProfile;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the run controls write times and speeds, and the speed a design starts at. */
class RunTextTest {
    @Test
    void timesKeepAFixedNumberOfDecimalsInTheUnitThatReadsBest() {
        assertThat(TimeText.of(0)).isEqualTo("0 µs");
        assertThat(TimeText.of(772)).isEqualTo("772 µs");
        assertThat(TimeText.of(88_772)).isEqualTo("88.772 ms");
        assertThat(TimeText.of(12_345_678)).isEqualTo("12.345678 s");
        assertThat(TimeText.of(10 * Micros.PER_SECOND)).isEqualTo("10.000000 s");
    }

    @Test
    void speedsReadAsMultiples() {
        assertThat(TransportBar.speedLabel(0.05)).isEqualTo("0.05×");
        assertThat(TransportBar.speedLabel(1)).isEqualTo("1×");
        assertThat(TransportBar.speedLabel(250)).isEqualTo("250×");
    }

    @Test
    void aDesignStartsAtASpeedAtWhichItsTypicalMessageTakesAboutHalfASecond() {
        Design base = TestDesigns.example("three-tier-web.dsw.json");
        Design slow = withLatency(base, 200 * Micros.PER_MILLISECOND);
        // 200 ms in about 0.6 s of wall time: a third of real time, rounded down to a 1-2-5 step.
        assertThat(PlaybackSpeed.suggested(slow)).isEqualTo(0.2);
        Design wan = withLatency(base, 40 * Micros.PER_SECOND);
        assertThat(PlaybackSpeed.suggested(wan)).isEqualTo(50);
        Design lan = withLatency(base, 10);
        assertThat(PlaybackSpeed.suggested(lan)).isEqualTo(RunController.MIN_SPEED);
    }

    @Test
    void speedsRoundDownToOneTwoFiveSteps() {
        assertThat(PlaybackSpeed.roundToStep(0.33)).isEqualTo(0.2);
        assertThat(PlaybackSpeed.roundToStep(0.7)).isEqualTo(0.5);
        assertThat(PlaybackSpeed.roundToStep(1)).isEqualTo(1.0);
        assertThat(PlaybackSpeed.roundToStep(19)).isEqualTo(10.0);
    }

    private static Design withLatency(Design design, long micros) {
        List<Link> links = design.links().stream()
                .map(l -> l.withNetwork(new NetworkProfile(
                        new Distribution.Constant(micros),
                        l.network().loss(),
                        l.network().duplication(),
                        l.network().reorder(),
                        l.network().corruption(),
                        l.network().bandwidth())))
                .toList();
        return design.withLinks(links);
    }
}
