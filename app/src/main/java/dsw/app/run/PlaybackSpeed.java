package dsw.app.run;

import dsw.model.Design;
import dsw.model.Link;

/** The playback speed a design starts at, so that its messages visibly travel. Thread-safe. */
final class PlaybackSpeed {
    /** How long, in wall-clock seconds, a typical message should take to cross its link. */
    static final double CROSSING_SECONDS = 0.6;

    private PlaybackSpeed() {}

    /**
     * The speed at which a message on a link of median average latency takes about {@value
     * #CROSSING_SECONDS} s to arrive, rounded to a 1-2-5 step and kept within the allowed range.
     */
    static double suggested(Design design) {
        double[] latencies = design.links().stream()
                .map(Link::network)
                .mapToDouble(n -> n.latency().average())
                .filter(v -> v > 0)
                .sorted()
                .toArray();
        if (latencies.length == 0) {
            return 0.01;
        }
        double median = latencies[latencies.length / 2];
        double speed = median / 1_000_000.0 / CROSSING_SECONDS;
        return RunController.clampSpeed(roundToStep(speed));
    }

    /** The nearest of ..., 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, ... below or at {@code value}. */
    static double roundToStep(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        double best = decade;
        for (double step : new double[] {1, 2, 5}) {
            if (step * decade <= value * 1.0000001) {
                best = step * decade;
            }
        }
        return best;
    }
}
