package dsw.model;

import dsw.model.value.Bandwidth;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.model.value.Probability;
import java.util.Objects;

/**
 * How the network on a link behaves: latency, and the probabilities that a message is lost,
 * duplicated, reordered (overtaken by later ones) or corrupted. Immutable, thread-safe.
 */
public record NetworkProfile(
        Distribution latency, double loss, double duplication, double reorder, double corruption, Bandwidth bandwidth) {

    /** A quiet local network: 1 ms, nothing lost, no bandwidth limit. */
    public static final NetworkProfile DEFAULT =
            new NetworkProfile(new Distribution.Constant(Micros.PER_MILLISECOND), 0, 0, 0, 0, Bandwidth.UNLIMITED);

    public NetworkProfile {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(bandwidth, "bandwidth");
        Probability.require("loss", loss);
        Probability.require("duplication", duplication);
        Probability.require("reorder", reorder);
        Probability.require("corruption", corruption);
    }

    public NetworkProfile withLatency(Distribution value) {
        return new NetworkProfile(value, loss, duplication, reorder, corruption, bandwidth);
    }

    public NetworkProfile withLoss(double value) {
        return new NetworkProfile(latency, value, duplication, reorder, corruption, bandwidth);
    }

    public NetworkProfile withDuplication(double value) {
        return new NetworkProfile(latency, loss, value, reorder, corruption, bandwidth);
    }

    public NetworkProfile withReorder(double value) {
        return new NetworkProfile(latency, loss, duplication, value, corruption, bandwidth);
    }

    public NetworkProfile withCorruption(double value) {
        return new NetworkProfile(latency, loss, duplication, reorder, value, bandwidth);
    }

    public NetworkProfile withBandwidth(Bandwidth value) {
        return new NetworkProfile(latency, loss, duplication, reorder, corruption, value);
    }

    /** True when nothing can go wrong on this link except latency. */
    public boolean isReliable() {
        return loss == 0 && duplication == 0 && reorder == 0 && corruption == 0;
    }
}
