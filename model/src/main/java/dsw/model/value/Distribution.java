package dsw.model.value;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A distribution of durations in virtual microseconds, used for link latency, service times and
 * think times. Immutable and thread-safe; sampling uses only the generator passed in, so a seeded
 * generator gives a reproducible sequence.
 */
public sealed interface Distribution {

    /** The names used in files and in the UI, in the order a menu shows them. */
    List<String> TYPES = List.of("constant", "uniform", "normal", "exponential", "lognormal");

    /** Draws one duration, never negative. */
    long sample(RandomGenerator random);

    /** The expected value (the mean) in microseconds. */
    double average();

    /** The name used in files: one of {@link #TYPES}. */
    String type();

    /** A compact reading for labels and tooltips, such as {@code normal 20ms ± 5ms}. */
    String describe();

    static Distribution constant(long micros) {
        return new Constant(micros);
    }

    /** Always the same duration. */
    record Constant(long micros) implements Distribution {
        public Constant {
            requireDuration("value", micros);
        }

        @Override
        public long sample(RandomGenerator random) {
            return micros;
        }

        @Override
        public double average() {
            return micros;
        }

        @Override
        public String type() {
            return "constant";
        }

        @Override
        public String describe() {
            return Micros.humanize(micros);
        }
    }

    /** Every duration in {@code [min, max]} equally likely. */
    record Uniform(long min, long max) implements Distribution {
        public Uniform {
            requireDuration("min", min);
            requireDuration("max", max);
            if (min > max) {
                throw new IllegalArgumentException(
                        "min (" + Micros.format(min) + ") is greater than max (" + Micros.format(max) + ")");
            }
        }

        @Override
        public long sample(RandomGenerator random) {
            return min == max ? min : random.nextLong(min, max + 1);
        }

        @Override
        public double average() {
            return (min + (double) max) / 2;
        }

        @Override
        public String type() {
            return "uniform";
        }

        @Override
        public String describe() {
            return Micros.humanize(min) + "–" + Micros.humanize(max);
        }
    }

    /** Gaussian around a mean; samples below zero are clipped to zero. */
    record Normal(long mean, long stddev) implements Distribution {
        public Normal {
            requireDuration("mean", mean);
            requireDuration("stddev", stddev);
        }

        @Override
        public long sample(RandomGenerator random) {
            return Math.max(0, Math.round(mean + stddev * random.nextGaussian()));
        }

        @Override
        public double average() {
            return mean;
        }

        @Override
        public String type() {
            return "normal";
        }

        @Override
        public String describe() {
            return Micros.humanize(mean) + " ± " + Micros.humanize(stddev);
        }
    }

    /** Memoryless: most samples short, a long tail; the inter-arrival time of a Poisson process. */
    record Exponential(long mean) implements Distribution {
        public Exponential {
            requireDuration("mean", mean);
        }

        @Override
        public long sample(RandomGenerator random) {
            return Math.round(random.nextExponential() * mean);
        }

        @Override
        public double average() {
            return mean;
        }

        @Override
        public String type() {
            return "exponential";
        }

        @Override
        public String describe() {
            return "exp, mean " + Micros.humanize(mean);
        }
    }

    /**
     * Log-normal with the given median and shape {@code sigma} (the standard deviation of the
     * logarithm): the usual shape of real service and network latency, with a heavy tail.
     */
    record LogNormal(long median, double sigma) implements Distribution {
        /** Beyond this shape the tail is so heavy that the mean is meaningless for a simulation. */
        public static final double MAX_SIGMA = 5.0;

        public LogNormal {
            requireDuration("median", median);
            if (!Double.isFinite(sigma) || sigma < 0 || sigma > MAX_SIGMA) {
                throw new IllegalArgumentException("sigma must be a number from 0 to " + MAX_SIGMA + ", got " + sigma);
            }
        }

        @Override
        public long sample(RandomGenerator random) {
            double value = median * Math.exp(sigma * random.nextGaussian());
            return Math.min(Micros.MAX, Math.round(value));
        }

        @Override
        public double average() {
            return median * Math.exp(sigma * sigma / 2);
        }

        @Override
        public String type() {
            return "lognormal";
        }

        @Override
        public String describe() {
            return "lognormal, median " + Micros.humanize(median) + ", σ " + sigma;
        }
    }

    private static void requireDuration(String field, long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + micros + "us");
        }
        if (micros > Micros.MAX) {
            throw new IllegalArgumentException(field + " is too long: " + micros + "us");
        }
    }
}
